// The sync server's HTTP app (Fastify): `GET /health`, `POST /v1/enroll`, and the routes of
// sync (push, pull), blobs and letter verification. Every response carries the request id
// (taken from `x-request-id` when a proxy sent one), and pino logs every request with it.
import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { parseWith } from '../shared/letters/verification/parseWith';
import { enrollRequestSchema, type EnrollErrorCode } from '../shared/sync/enroll';
import type { Database } from './db/database';
import { enroll } from './enrolment';
import { serverMessages as m } from './messages';
import { registerBundleRoutes } from './sync/bundleRoutes';
import { registerBlobRoutes } from './blobs/blobRoutes';
import { registerVerifyRoutes } from './verify/verifyRoutes';
import { BodyRefused } from './sync/gunzipBody';
import { registerSyncRoutes } from './sync/syncRoutes';

const enrollStatus: Record<Exclude<EnrollErrorCode, 'malformed'>, number> = {
  'unknown-code': 401,
  'code-used': 409,
  'code-expired': 410,
};

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  /** The reverse proxy's address(es): then `request.ip` is the client's, for the rate limits. */
  trustProxy?: string;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    // genReqId reads the header itself, so a malformed one is replaced.
    requestIdHeader: false,
    // A proxy's id is kept only when it looks like one; anything else gets a fresh one.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });

  // Every refusal in the same shape, `{ error, message }`, with a code a client can act on.
  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    if (error instanceof BodyRefused) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.code(413).send({ error: 'too-large', message: m.request.tooLarge });
    }
    if (status === 415) {
      return reply
        .code(415)
        .send({ error: 'unsupported-media-type', message: m.request.unsupported });
    }
    if (status >= 400 && status < 500) {
      return reply.code(400).send({ error: 'malformed', message: m.request.malformed });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: m.request.internal });
  });

  // Answers (the pull stream above all) go gzip-compressed to a client that accepts it, at
  // level 1: about 9:1 on pull pages for half the CPU of the default level. Push bodies are
  // inflated by the push route itself, with its own limits.
  void app.register(compress, {
    globalDecompression: false,
    threshold: 1024,
    customTypes: /^text\/|^application\/(?:json|x-ndjson)(?:;|$)/u,
    encodings: ['gzip'],
    zlibOptions: { level: 1 },
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // The routes live in a plugin registered after compress, so its hooks apply to them.
  void app.register(async (routes) => {
    routes.get('/health', async (_request, reply) => {
      try {
        const { rows } = await options.db.query<{ migrations: number }>(
          'SELECT count(*)::int AS migrations FROM schema_migrations',
        );
        return { status: 'ok', database: options.db.kind, migrations: rows[0]?.migrations ?? 0 };
      } catch (error) {
        app.log.error({ err: error }, 'health check: database unreachable');
        return reply.code(503).send({ status: 'unavailable', database: options.db.kind });
      }
    });

    routes.post('/v1/enroll', async (request, reply) => {
      const parsed = parseWith(enrollRequestSchema, request.body);
      if (!parsed.ok) {
        return reply
          .code(400)
          .send({ error: 'malformed', message: m.enroll.malformed(parsed.details) });
      }
      const enrolled = await enroll(options.db, parsed.value);
      if (!enrolled.ok) {
        return reply
          .code(enrollStatus[enrolled.code])
          .send({ error: enrolled.code, message: m.enroll[enrolled.code] });
      }
      request.log.info(
        { officeId: enrolled.value.officeId, deviceId: enrolled.value.deviceId },
        'enrolled',
      );
      return reply.code(201).send(enrolled.value);
    });

    registerSyncRoutes(routes, { db: options.db });
    registerBlobRoutes(routes, { db: options.db });
    registerBundleRoutes(routes, { db: options.db });
    registerVerifyRoutes(routes, { db: options.db });
  });

  return app;
}
