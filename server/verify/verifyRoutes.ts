// `GET /v1/verify/:code`: public, no token. Anyone holding a letter types its code (or opens it
// from the QR) and gets the verdict: a page in Bahasa Indonesia, or JSON for a client that asks
// for it. Every verdict is an answer (200), a mistyped code included; only a client checking too
// often is refused (429), per IP, in the format it asked for.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { serverMessages as m } from '../messages';
import { verifyLetter } from './verifyLetter';
import { rateLimitedPage, verifyPage } from './verifyPage';

export interface VerifyRateLimit {
  max: number;
  timeWindowMs: number;
}

export interface VerifyDeps {
  db: Database;
  /** Default: 30 requests a minute per IP. */
  verifyRateLimit?: VerifyRateLimit;
}

const defaultRateLimit: VerifyRateLimit = { max: 30, timeWindowMs: 60_000 };

const html = 'text/html; charset=utf-8';

/** On every answer of the route, the 429 included. */
const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // A verdict changes when a key is revoked; and the answer depends on Accept.
  'cache-control': 'no-store',
  vary: 'accept',
};

type VerifyRequest = FastifyRequest<{
  Params: { code: string };
  Querystring: { format?: string | string[] };
}>;

/** The quality a client gave a media type in its Accept header (0 when not named). */
function qualityOf(accept: string, type: string): number {
  for (const range of accept.split(',')) {
    const [media, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    if (media !== type) continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    return q === undefined ? 1 : Number(q.slice(2)) || 0;
  }
  return 0;
}

/** JSON for `?format=json` or an Accept that names JSON at least as high as HTML. */
function wantsJson(request: VerifyRequest): boolean {
  if (request.query.format === 'json') return true;
  const accept = request.headers.accept ?? '';
  const json = qualityOf(accept, 'application/json');
  return json > 0 && json >= qualityOf(accept, 'text/html');
}

/** What the rate limiter throws; answered by the scope's error handler. */
class RateLimited extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

export function registerVerifyRoutes(app: FastifyInstance, deps: VerifyDeps): void {
  const { db, verifyRateLimit = defaultRateLimit } = deps;
  app.register(async (scope) => {
    await scope.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, { ttl }) => new RateLimited(Math.ceil(ttl / 1000)),
    });
    scope.addHook('onRequest', async (_request, reply) => {
      reply.headers(securityHeaders);
    });
    // Anything but a rate limit goes on to the app's handler (thrown again).
    scope.setErrorHandler((error, request: VerifyRequest, reply) => {
      if (!(error instanceof RateLimited)) throw error;
      reply.code(429);
      return wantsJson(request)
        ? reply.send({
            error: 'rate-limited',
            message: m.verify.rateLimited(error.retryAfterSeconds),
          })
        : reply.type(html).send(rateLimitedPage(error.retryAfterSeconds));
    });
    scope.get(
      '/v1/verify/:code',
      {
        config: {
          rateLimit: { max: verifyRateLimit.max, timeWindow: verifyRateLimit.timeWindowMs },
        },
      },
      async (request: VerifyRequest, reply) => {
        const verdict = await verifyLetter(db, request.params.code);
        return wantsJson(request)
          ? verdict
          : reply.type(html).send(verifyPage(request.params.code, verdict));
      },
    );
  });
}
