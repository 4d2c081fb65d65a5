// `HEAD/PUT/GET /v1/blobs/:sha256`: scans and letter PDFs, named by their sha256 and kept per
// office. PUT takes the whole blob, or a chunk of it with `Content-Range: bytes s-e/total`
// that must start where the upload stands (HEAD and every refusal say where, in
// `upload-offset`), so a counter on a bad link resumes instead of starting over.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deviceOf, requireDevice } from '../auth';
import type { Database } from '../db/database';
import { serverMessages } from '../messages';
import { acceptBytesOnly } from '../octetStream';
import {
  blobState,
  maxChunkBytes,
  putChunk,
  readBlob,
  sha256Pattern,
  type BlobKey,
  type Chunk,
} from './blobStore';

const m = serverMessages.blobs;

interface BlobRoute {
  Params: { sha256: string };
}

const url = '/v1/blobs/:sha256';
const rangePattern = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/;

async function wellFormedName(request: FastifyRequest<BlobRoute>, reply: FastifyReply) {
  if (!sha256Pattern.test(request.params.sha256)) {
    return reply.code(400).send({ error: 'malformed', message: m.malformedName });
  }
}

function keyOf(request: FastifyRequest<BlobRoute>): BlobKey {
  return { officeId: deviceOf(request).officeId, sha256: request.params.sha256 };
}

/** The chunk a PUT carries; undefined when its Content-Range does not describe its bytes. */
function chunkOf(range: string | undefined, bytes: Buffer): Chunk | undefined {
  if (range === undefined) return { start: 0, total: bytes.length, bytes };
  const match = rangePattern.exec(range);
  if (!match) return undefined;
  const [start, end, total] = [match[1], match[2], match[3]].map(Number) as [
    number,
    number,
    number,
  ];
  return end - start + 1 === bytes.length && end < total ? { start, total, bytes } : undefined;
}

/** A blob never changes under its name, so a client may keep it for good. */
function blobHeaders(reply: FastifyReply, sha256: string): FastifyReply {
  return reply
    .header('content-type', 'application/octet-stream')
    .header('etag', `"${sha256}"`)
    .header('cache-control', 'private, max-age=31536000, immutable');
}

export function registerBlobRoutes(app: FastifyInstance, deps: { db: Database }): void {
  // The token is checked before a body is read, so a revoked device sends no bytes for nothing.
  const onRequest = requireDevice(deps.db);
  const preHandler = wellFormedName;

  app.register(async (scope) => {
    acceptBytesOnly(scope, { tooLarge: m.chunkTooLarge, unsupported: m.unsupported });

    scope.head<BlobRoute>(url, { onRequest, preHandler }, async (request, reply) => {
      const key = keyOf(request);
      const state = await blobState(deps.db, key);
      if (!state.complete) return reply.code(404).header('upload-offset', state.offset).send();
      return blobHeaders(reply, key.sha256).header('content-length', state.size).send();
    });

    scope.get<BlobRoute>(
      url,
      { onRequest, preHandler, exposeHeadRoute: false },
      async (request, reply) => {
        const key = keyOf(request);
        const data = await readBlob(deps.db, key);
        if (!data) {
          return reply.code(404).send({ error: 'blob-unknown', message: m['blob-unknown'] });
        }
        return blobHeaders(reply, key.sha256).send(data);
      },
    );

    scope.put<BlobRoute & { Body: Buffer | undefined }>(
      url,
      { onRequest, preHandler, bodyLimit: maxChunkBytes },
      async (request, reply) => {
        const bytes = request.body ?? Buffer.alloc(0);
        if (bytes.length === 0)
          return reply.code(400).send({ error: 'malformed', message: m.empty });
        const chunk = chunkOf(request.headers['content-range'], bytes);
        if (!chunk) {
          return reply.code(400).send({ error: 'malformed', message: m.malformedRange });
        }
        const { officeId, deviceId } = deviceOf(request);
        const { sha256 } = request.params;
        const put = await putChunk(deps.db, { officeId, deviceId, sha256 }, chunk);
        switch (put.outcome) {
          case 'stored':
            request.log.info({ officeId, deviceId, sha256, size: put.size }, 'blob stored');
            return reply.code(201).send({ sha256, size: put.size });
          case 'exists':
            return reply.code(200).send({ sha256, size: put.size });
          case 'partial':
            return reply
              .code(202)
              .header('upload-offset', put.offset)
              .send({ sha256, offset: put.offset });
          case 'offset-mismatch':
            return reply
              .code(409)
              .header('upload-offset', put.offset)
              .send({ error: 'offset-mismatch', message: m['offset-mismatch'](put.offset) });
          case 'hash-mismatch':
            return reply.code(422).send({ error: 'hash-mismatch', message: m['hash-mismatch'] });
          case 'too-large':
            return reply.code(413).send({ error: 'too-large', message: m['too-large'] });
        }
      },
    );
  });
}
