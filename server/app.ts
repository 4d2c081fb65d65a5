// The sync server's HTTP app (Fastify). This first part answers `GET /health`; enrolment,
// push, pull, blobs and verification come next (issue 7). Every response carries the request
// id (taken from `x-request-id` when a proxy sent one), and pino logs every request with it.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Database } from './db/database';

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
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
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  app.get('/health', async (_request, reply) => {
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

  return app;
}
