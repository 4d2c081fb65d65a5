// The argument schema of every platform method (shared/ipc.ts): main checks each call's
// arguments against these before its handler runs, so a renderer that is wrong or has been
// tampered with gets a refusal instead of reaching the file system or a printer.
import { z } from 'zod';
import { desktopSettingsSchema } from './desktopSettings';
import type { LoketMethod, LoketMethods } from './ipc';
import { letterKindSchema } from './standards/schema';

const bytes = z.instanceof(Uint8Array);
const id = z.string().regex(/^[0-9a-f-]{8,64}$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

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
  storeDeviceToken: z.tuple([z.string().min(16).max(512)]),
  deviceStatus: z.tuple([]),
  setBusy: z.tuple([z.boolean()]),
  installUpdate: z.tuple([]),
} satisfies ArgumentSchemas;
