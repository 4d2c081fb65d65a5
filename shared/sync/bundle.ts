// Sync by USB stick, for a counter that never gets a link: the outbox (and its scans) written
// to a file, imported at the office (`npm run server -- import-bundle`), and the return file
// carrying the answers and the pull back. A bundle is JSON: a header naming the office and the
// device, the gzip-compressed content in base64url, and an HMAC-SHA256 over both whose key is the
// SHA-256 of the device token (the counter has the token, the server keeps only its hash), so
// a changed byte, another device's bundle or a made-up one is refused before anything is read.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { decodeBase64url, encodeBase64url } from '../letters/verification/base64url';
import { pulledRecordShape, type PullPage } from './pull';
import { opEnvelopeSchema, pushResponseSchema, type OpEnvelope, type OpResult } from './push';

export const BUNDLE_FORMAT = 'loket-sync-bundle';
export const BUNDLE_VERSION = 1;
/** The largest bundle a counter that is online hands on to the server (`POST /v1/bundles`). */
export const MAX_RELAYED_BUNDLE_BYTES = 100 * 1024 * 1024;

export type BundleKind = 'outbox' | 'return';

export interface OutboxContent {
  ops: OpEnvelope[];
  /** Scans and letter PDFs the server does not have yet; `data` in base64url. */
  blobs: { sha256: string; data: string }[];
  /** The counter's pull cursor when it wrote the bundle: the return file's pull starts there. */
  cursor?: string;
}

export interface ReturnContent {
  results: OpResult[];
  /** The cursor the pull started from: a counter that has moved on since applies no pages. */
  fromCursor?: string;
  pages: PullPage[];
  /** Blobs the server has now, of those the outbox bundle carried. */
  blobs: string[];
  serverTime: string;
}

interface Contents {
  outbox: OutboxContent;
  return: ReturnContent;
}

const headerSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  kind: z.enum(['outbox', 'return']),
  officeId: z.string().min(1).max(100),
  deviceId: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type BundleHeader = z.infer<typeof headerSchema>;

const envelopeSchema = headerSchema.extend({ content: z.string(), mac: z.string() });

const pageSchema = z.object({
  changes: z.array(pulledRecordShape),
  cursor: z.string(),
  more: z.boolean(),
});

const contentSchemas = {
  outbox: z.object({
    ops: z.array(opEnvelopeSchema),
    cursor: z.string().optional(),
    blobs: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), data: z.string() })),
  }),
  return: z.object({
    results: pushResponseSchema.shape.results,
    fromCursor: z.string().optional(),
    pages: z.array(pageSchema),
    blobs: z.array(z.string()),
    serverTime: z.iso.datetime({ offset: true }),
  }),
};

export type BundleErrorCode = 'not-a-bundle' | 'bundle-too-new' | 'bad-signature' | 'wrong-kind';

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    readonly code: BundleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The key both sides derive: SHA-256 of the device token, as the server stores it. */
export const bundleKeyOfToken = (token: string): Uint8Array => sha256(strToU8(token));

const macOf = (key: Uint8Array, header: BundleHeader, content: string) =>
  encodeBase64url(hmac(sha256, key, strToU8(`${JSON.stringify(header)}\n${content}`)));

function equalText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) {
    difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  }
  return difference === 0;
}

export function sealBundle<K extends BundleKind>(
  header: Omit<BundleHeader, 'format' | 'version' | 'kind'> & { kind: K },
  content: Contents[K],
  key: Uint8Array,
): Uint8Array {
  // Field by field: the signature covers the header as text, in this order.
  const full: BundleHeader = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    kind: header.kind,
    officeId: header.officeId,
    deviceId: header.deviceId,
    createdAt: header.createdAt,
  };
  const packed = encodeBase64url(gzipSync(strToU8(JSON.stringify(content)), { level: 9 }));
  return strToU8(JSON.stringify({ ...full, content: packed, mac: macOf(key, full, packed) }));
}

/** The header alone, unchecked: who the bundle says it is from, to find its key. */
export function bundleHeaderOf(bytes: Uint8Array, messages: BundleMessages): BundleHeader {
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw new BundleError('not-a-bundle', messages.notABundle);
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    throw new BundleError('bundle-too-new', messages.tooNew);
  }
  const parsed = envelopeSchema.safeParse(value);
  if (!parsed.success) throw new BundleError('not-a-bundle', messages.notABundle);
  const { format, version: known, kind, officeId, deviceId, createdAt } = parsed.data;
  return { format, version: known, kind, officeId, deviceId, createdAt };
}

export interface BundleMessages {
  notABundle: string;
  tooNew: string;
  badSignature: string;
  wrongKind: string;
}

/** Checks the signature with `key`, then reads the content; throws `BundleError` otherwise. */
export function openBundle<K extends BundleKind>(
  bytes: Uint8Array,
  kind: K,
  key: Uint8Array,
  messages: BundleMessages,
): { header: BundleHeader; content: Contents[K] } {
  const header = bundleHeaderOf(bytes, messages);
  const { content: packed, mac } = envelopeSchema.parse(JSON.parse(strFromU8(bytes)));
  if (!equalText(macOf(key, header, packed), mac)) {
    throw new BundleError('bad-signature', messages.badSignature);
  }
  if (header.kind !== kind) throw new BundleError('wrong-kind', messages.wrongKind);
  const zipped = decodeBase64url(packed);
  let content: unknown;
  try {
    content = zipped ? JSON.parse(strFromU8(gunzipSync(zipped))) : undefined;
  } catch {
    throw new BundleError('not-a-bundle', messages.notABundle);
  }
  const parsed = contentSchemas[kind].safeParse(content);
  if (!parsed.success) throw new BundleError('not-a-bundle', messages.notABundle);
  return { header, content: parsed.data as Contents[K] };
}
