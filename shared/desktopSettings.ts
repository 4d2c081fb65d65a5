// The desktop's own settings as data: what main keeps in its settings file (archive and
// backup folders, printers, sync server) and the renderer shows and edits through IPC.
import { z } from 'zod';
import { letterKindSchema } from './standards/schema';

const folder = z.string().min(1).max(500).nullable();

export const desktopSettingsSchema = z.strictObject({
  version: z.literal(1),
  /** Where issued letters are archived as PDFs; null: only inside the app. */
  archiveDir: folder,
  backup: z.strictObject({
    /** A folder or a USB stick; null: no scheduled backup. */
    dir: folder,
    schedule: z.enum(['daily', 'weekly', 'off']),
    keepDaily: z.number().int().min(1).max(31),
    keepWeekly: z.number().int().min(0).max(52),
    /**
     * The office's recovery key (age public key `age1…`): every backup can also be opened with
     * its secret half, which the admin keeps on paper, on another laptop. Null: none made yet.
     */
    recoveryRecipient: z
      .string()
      .regex(/^age1[02-9ac-hj-np-z]{58}$/)
      .nullable()
      .default(null),
  }),
  /** The printer per letter kind; a kind not listed prints on `defaultPrinter`. */
  printers: z.partialRecord(letterKindSchema, z.string().min(1).max(200)),
  defaultPrinter: z.string().min(1).max(200).nullable(),
  /** The sync server; null until the device is enrolled. */
  serverUrl: z.url({ protocol: /^https?$/ }).nullable(),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const defaultSettings: DesktopSettings = {
  version: 1,
  archiveDir: null,
  backup: { dir: null, schedule: 'daily', keepDaily: 7, keepWeekly: 4, recoveryRecipient: null },
  printers: {},
  defaultPrinter: null,
  serverUrl: null,
};
