// Push bodies come gzip-compressed (`content-encoding: gzip`). This preParsing hook reads the
// compressed bytes up to the batch limit, inflates them with a cap on the output (so a small
// bomb cannot grow large) and hands the JSON on. Any failure is a refusal with its own code.
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const inflate = promisify(gunzip);

/** A refusal the app's error handler answers as `{ error: code, message }` with `statusCode`. */
export class BodyRefused extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface GunzipOptions {
  maxCompressedBytes: number;
  maxInflatedBytes: number;
  messages: { compressedTooLarge: string; tooLarge: string; encoding: string; corrupt: string };
}

async function readAll(payload: Readable, limit: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > limit) throw new BodyRefused(413, 'too-large', tooLarge);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

export function gunzipBody(options: GunzipOptions) {
  return async (request: FastifyRequest, _reply: FastifyReply, payload: Readable) => {
    const encoding = request.headers['content-encoding']?.trim().toLowerCase();
    if (encoding === undefined || encoding === 'identity') return payload;
    if (encoding !== 'gzip') {
      throw new BodyRefused(415, 'unsupported-encoding', options.messages.encoding);
    }
    const compressed = await readAll(
      payload,
      options.maxCompressedBytes,
      options.messages.compressedTooLarge,
    );
    let inflated: Buffer;
    try {
      inflated = await inflate(compressed, { maxOutputLength: options.maxInflatedBytes });
    } catch (error) {
      if (error instanceof RangeError) {
        throw new BodyRefused(413, 'too-large', options.messages.tooLarge);
      }
      throw new BodyRefused(400, 'malformed', options.messages.corrupt);
    }
    return Object.assign(Readable.from([inflated]), { receivedEncodedLength: compressed.length });
  };
}
