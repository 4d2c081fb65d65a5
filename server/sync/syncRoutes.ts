// The sync endpoints a device calls with its token: POST /v1/push, GET /v1/pull and
// POST /v1/number-blocks and POST /v1/keys.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseWith } from '../../shared/letters/verification/parseWith';
import { MAX_BATCH_GZIP_BYTES, MAX_BATCH_OPS, pushRequestSchema } from '../../shared/sync/push';
import { deviceOf, requireDevice } from '../auth';
import type { Database } from '../db/database';
import { serverMessages } from '../messages';
import { gunzipBody } from './gunzipBody';
import { numberBlockRequestSchema, takeNumberBlock } from './numberBlocks';
import { deviceKeySchema } from './deviceKey';
import { registerDeviceKey } from '../officeKeys';
import { decodeCursor, openPull, type PullQuery } from './pull';
import { pushBatch } from './push';

const m = serverMessages;

/** A batch inflated: 200 ops of a few KB each stay far below this. */
const MAX_PUSH_JSON_BYTES = 8 * 1024 * 1024;

const malformed = (reply: FastifyReply, message: string) =>
  reply.code(400).send({ error: 'malformed', message });

export function registerSyncRoutes(app: FastifyInstance, deps: { db: Database }): void {
  const authenticated = requireDevice(deps.db);

  app.post('/v1/push', {
    bodyLimit: MAX_PUSH_JSON_BYTES,
    preParsing: gunzipBody({
      maxCompressedBytes: MAX_BATCH_GZIP_BYTES,
      maxInflatedBytes: MAX_PUSH_JSON_BYTES,
      messages: {
        compressedTooLarge: m.push.compressedTooLarge(MAX_BATCH_GZIP_BYTES),
        tooLarge: m.request.tooLarge,
        encoding: m.push.unsupportedEncoding,
        corrupt: m.request.malformed,
      },
    }),
    onRequest: authenticated,
    handler: async (request, reply) => {
      const device = deviceOf(request);
      const parsed = pushRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        const issues = parsed.error.issues;
        if (issues.some((issue) => issue.message === 'batch-unordered')) {
          return reply.code(400).send({ error: 'batch-unordered', message: m.push.batchUnordered });
        }
        if (issues.some((issue) => issue.code === 'too_big' && issue.path.join('.') === 'ops')) {
          return reply
            .code(413)
            .send({ error: 'batch-too-large', message: m.push.batchTooLarge(MAX_BATCH_OPS) });
        }
        const details = parseWith(pushRequestSchema, request.body);
        return malformed(reply, m.push.malformed(details.ok ? '' : details.details));
      }
      if (parsed.data.deviceId !== device.deviceId) {
        return reply.code(403).send({ error: 'device-mismatch', message: m.push.deviceMismatch });
      }
      const { ops, basis, answers } = parsed.data;
      const position = basis === undefined ? null : decodeCursor(basis);
      if (position === undefined) return malformed(reply, m.push.basisInvalid);
      return pushBatch(deps.db, device, ops, request.log, {
        basis: position,
        ...(answers ? { answers } : {}),
      });
    },
  });

  app.post('/v1/number-blocks', {
    onRequest: authenticated,
    handler: async (request, reply) => {
      const parsed = parseWith(numberBlockRequestSchema, request.body);
      if (!parsed.ok) return malformed(reply, m.numberBlocks.malformed(parsed.details));
      const answer = await takeNumberBlock(deps.db, deviceOf(request), parsed.value);
      if (!answer.ok) {
        return reply.code(409).send({
          error: answer.code,
          message: m.numberBlocks.taken(answer.taken.start, answer.taken.end),
        });
      }
      return reply.code(answer.created ? 201 : 200).send(answer.block);
    },
  });

  app.post('/v1/keys', {
    onRequest: authenticated,
    handler: async (request, reply) => {
      const parsed = parseWith(deviceKeySchema, request.body);
      if (!parsed.ok) return malformed(reply, m.keys.malformed(parsed.details));
      const outcome = await registerDeviceKey(deps.db, deviceOf(request), parsed.value);
      return reply.code(outcome === 'registered' ? 201 : 200).send({ keyId: parsed.value.keyId });
    },
  });

  app.get<{ Querystring: PullQuery }>('/v1/pull', {
    onRequest: authenticated,
    handler: async (request, reply) => {
      const pull = await openPull(deps.db, deviceOf(request), request.query, {
        log: request.log,
      });
      if (!pull.ok) {
        return reply.code(400).send({ error: pull.code, message: m.pull[pull.code] });
      }
      return reply.type('application/x-ndjson; charset=utf-8').send(pull.stream);
    },
  });
}
