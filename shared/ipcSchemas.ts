// The argument schema of every platform method (shared/ipc.ts): main checks each call's
// arguments against these before its handler runs, so a renderer that is wrong or has been
// tampered with gets a refusal instead of reaching the file system or a printer.
import { z } from 'zod';
import { desktopSettingsSchema } from './desktopSettings';
import type { LoketMethod, LoketMethods } from './ipc';
import { instantSchema, keyIdSchema } from './letters/verification/fields';
import { letterYearSchema } from './numbering/blocks';
import { letterKindSchema } from './standards/schema';
import { BLOB_CHUNK_BYTES } from './sync/engine';
import { enrollRequestSchema, serverUrlSchema } from './sync/enroll';
import { MAX_RELAYED_BUNDLE_BYTES } from './sync/bundle';
import { MAX_BATCH_GZIP_BYTES } from './sync/push';

const bytes = z.instanceof(Uint8Array);
const id = z.string().regex(/^[0-9a-f-]{8,64}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The most records one pull over IPC holds (about 1 MB of JSON per 1000): main reads a whole
 * response before it answers, so this bounds what it holds and hands over at once.
 */
export const MAX_IPC_PULL_LIMIT = 5_000;
/** The largest blob a counter uploads in chunks (the server takes 20 MB). */
const MAX_BLOB_BYTES = 100 * 1024 * 1024;

const syncEnrolRequestSchema = z.strictObject({
  serverUrl: serverUrlSchema,
  code: enrollRequestSchema.shape.code,
  label: enrollRequestSchema.shape.label,
  officeId: z.string().min(1).max(100).nullable(),
});

const blockNumber = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const numberBlockRequestSchema = z.union([
  z.strictObject({ year: letterYearSchema, size: z.number().int().min(1).max(100_000) }),
  z.strictObject({ year: letterYearSchema, start: blockNumber, end: blockNumber }),
]);

const putBlobSchema = z
  .tuple([
    sha256,
    bytes.refine((chunk) => chunk.byteLength > 0 && chunk.byteLength <= BLOB_CHUNK_BYTES),
    z.number().int().min(0).max(MAX_BLOB_BYTES),
    z.number().int().min(1).max(MAX_BLOB_BYTES),
  ])
  .refine(([, chunk, start, total]) => start + chunk.byteLength <= total, {
    message: 'the chunk ends beyond the blob',
  });

const archivedLetterSchema = z.strictObject({
  number: z.string().min(1).max(120),
  issuedOn: z.iso.date(),
  sha256,
});

const printRequestSchema = z.strictObject({
  pdf: bytes.refine((pdf) => pdf.byteLength > 0 && pdf.byteLength <= 50 * 1024 * 1024),
  letterKind: letterKindSchema,
  copies: z.number().int().min(1).max(20),
  title: z.string().regex(/^[^\p{Cc}]{1,255}$/u),
  dialog: z.boolean(),
});

type ArgumentSchemas = {
  [K in LoketMethod]: z.ZodType<Parameters<LoketMethods[K]>>;
};

export const loketArgumentSchemas = {
  appInfo: z.tuple([]),
  loadSettings: z.tuple([]),
  saveSettings: z.tuple([desktopSettingsSchema]),
  chooseFolder: z.tuple([z.enum(['archive', 'backup'])]),
  listPrinters: z.tuple([]),
  printPdf: z.tuple([printRequestSchema]),
  archiveLetter: z.tuple([archivedLetterSchema, bytes]),
  readArchivedLetter: z.tuple([archivedLetterSchema]),
  backupBegin: z.tuple([z.string().regex(/^[A-Za-z0-9-]{1,40}$/)]),
  backupChunk: z.tuple([id, bytes.refine((chunk) => chunk.byteLength <= 8 * 1024 * 1024)]),
  backupFinish: z.tuple([id]),
  backupAbort: z.tuple([id]),
  listBackups: z.tuple([]),
  openRestore: z.tuple([z.string().min(1).max(200), z.string().min(1).max(200).nullable()]),
  readRestoreChunk: z.tuple([id]),
  closeRestore: z.tuple([id]),
  createRecoveryKey: z.tuple([]),
  deviceStatus: z.tuple([]),
  syncEnrol: z.tuple([syncEnrolRequestSchema]),
  syncPush: z.tuple([
    bytes.refine((body) => body.byteLength > 0 && body.byteLength <= MAX_BATCH_GZIP_BYTES),
  ]),
  syncPull: z.tuple([
    z.strictObject({
      cursor: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,80}$/)
        .optional(),
      limit: z.number().int().min(1).max(MAX_IPC_PULL_LIMIT).optional(),
    }),
  ]),
  syncNumberBlock: z.tuple([numberBlockRequestSchema]),
  syncBlobState: z.tuple([sha256]),
  syncPutBlob: putBlobSchema,
  syncRegisterKey: z.tuple([
    z.strictObject({
      keyId: keyIdSchema,
      publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
      createdAt: instantSchema,
    }),
  ]),
  syncProbe: z.tuple([]),
  syncBundleKey: z.tuple([]),
  syncGetBlob: z.tuple([sha256]),
  syncRelayBundle: z.tuple([
    bytes.refine((body) => body.byteLength > 0 && body.byteLength <= MAX_RELAYED_BUNDLE_BYTES),
  ]),
  setBusy: z.tuple([z.boolean()]),
  installUpdate: z.tuple([]),
} satisfies ArgumentSchemas;
