// A route scope that takes bytes only (blobs, USB bundles): the app's JSON and text parsers do
// not apply, and a body refused for its size or its type is answered in the scope's own words;
// anything else goes on to the app's error handler.
import type { FastifyInstance } from 'fastify';

export function acceptBytesOnly(
  scope: FastifyInstance,
  messages: { tooLarge: string; unsupported: string },
): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
  scope.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    if (error.statusCode === 413) {
      return reply.code(413).send({ error: 'too-large', message: messages.tooLarge });
    }
    if (error.statusCode === 415) {
      return reply
        .code(415)
        .send({ error: 'unsupported-media-type', message: messages.unsupported });
    }
    throw error;
  });
}
