// Letters waiting for the archive folder. When the folder cannot be written now (stick
// pulled out, disk full) the PDF is kept in the app's data folder with a list of what waits,
// and `retry` (on a timer, and when the settings change) archives it once the folder is back.
// Nothing waits on a letter that can never be archived (other bytes under its number): that
// is reported to a person instead.
import { join } from 'node:path';
import { z } from 'zod';
import type { ArchiveOutcome } from '../../shared/ipc';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { writeAtomically } from '../files/writeAtomically';
import { archiveMessages as m } from './messages';
import { createPdfArchive, type ArchiveResult, type ArchivedLetter } from './pdfArchive';

/**
 * Stored with its path; or not stored, with `problem` null when no archive folder is set (the
 * letter is only inside the app) and the reason when the PDF waits for the folder.
 */
export type StoreOutcome = ArchiveOutcome;

export interface RetryReport {
  archived: number;
  waiting: number;
  /** Letters taken off the list because they can never be archived, with the reason. */
  refused: string[];
}

export interface ArchiveQueue {
  store(letter: ArchivedLetter, pdf: Uint8Array): Promise<ArchiveResult<StoreOutcome>>;
  read(letter: ArchivedLetter): Promise<ArchiveResult<Uint8Array>>;
  retry(): Promise<RetryReport>;
}

const waitingSchema = z.array(
  z.strictObject({
    number: z.string(),
    issuedOn: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);

const noFolder = { ok: false, code: 'unreachable', retryable: false } as const;

export function createArchiveQueue(options: {
  /** The archive folder of the current settings; null when none is set. */
  archiveDir: () => string | null;
  /** A folder of the app's own (userData), where waiting PDFs are kept. */
  pendingDir: string;
  io?: FileIo;
}): ArchiveQueue {
  const io = options.io ?? nodeFileIo;
  const listPath = join(options.pendingDir, 'waiting.json');
  const pdfPath = (sha256: string) => join(options.pendingDir, `${sha256}.pdf`);

  async function waiting(): Promise<ArchivedLetter[]> {
    const bytes = await io.read(listPath);
    if (bytes === undefined) return [];
    return waitingSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
  }

  const saveWaiting = (letters: ArchivedLetter[]) =>
    writeAtomically(io, listPath, new TextEncoder().encode(JSON.stringify(letters)));

  async function keep(letter: ArchivedLetter, pdf: Uint8Array) {
    await io.mkdir(options.pendingDir);
    const list = await waiting();
    if (list.some((entry) => entry.sha256 === letter.sha256)) return;
    if ((await io.read(pdfPath(letter.sha256))) === undefined) {
      await writeAtomically(io, pdfPath(letter.sha256), pdf);
    }
    await saveWaiting([...list, letter]);
  }

  // One at a time: a retry and a new letter must not both rewrite the list.
  let turn: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };

  return {
    store: (letter, pdf) =>
      serial(async () => {
        const root = options.archiveDir();
        if (root === null) return { ok: true, value: { stored: false, path: null, problem: null } };
        const result = await createPdfArchive(root, io).store(letter, pdf);
        if (result.ok)
          return { ok: true, value: { stored: true, path: result.value.path, problem: null } };
        if (!result.retryable) return result;
        await keep(letter, pdf);
        return { ok: true, value: { stored: false, path: null, problem: result.message } };
      }),

    async read(letter) {
      const root = options.archiveDir();
      if (root === null) return { ...noFolder, message: m.missing(letter.number) };
      return createPdfArchive(root, io).read(letter);
    },

    retry: () =>
      serial(async () => {
        const list = await waiting();
        const root = options.archiveDir();
        if (list.length === 0 || root === null) {
          return { archived: 0, waiting: list.length, refused: [] };
        }
        const archive = createPdfArchive(root, io);
        const still: ArchivedLetter[] = [];
        const done: ArchivedLetter[] = [];
        const dropped: ArchivedLetter[] = [];
        const refused: string[] = [];
        for (const letter of list) {
          const pdf = await io.read(pdfPath(letter.sha256));
          if (pdf === undefined) {
            refused.push(m.waitingLost(letter.number));
            continue;
          }
          const result = await archive.store(letter, pdf);
          if (result.ok) done.push(letter);
          else if (result.retryable) still.push(letter);
          else {
            dropped.push(letter);
            refused.push(result.message);
          }
        }
        await saveWaiting(still);
        // The app's database still holds every PDF; the copy here was only for the archive.
        for (const letter of [...done, ...dropped]) await io.remove(pdfPath(letter.sha256));
        return { archived: done.length, waiting: still.length, refused };
      }),
  };
}
