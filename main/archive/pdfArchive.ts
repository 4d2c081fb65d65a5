// The office's archive of issued letters on disk: `<root>/<year>/<month>/<number>.pdf`, each
// month with a SHA256SUMS index (the format `sha256sum -c` reads). Files are written
// atomically (temporary file, fsync, rename, fsync of the folder) and never overwritten; a
// re-print reads the file back and checks it against the letter's recorded SHA-256.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { writeAtomically } from '../files/writeAtomically';
import { archiveMessages as m } from './messages';

export interface ArchivedLetter {
  /** The letter number, e.g. `400.9.11/0001/Dinsos/2026`. */
  number: string;
  /** `YYYY-MM-DD`: the folder is the issue date's year and month. */
  issuedOn: string;
  /** The SHA-256 recorded when the letter was issued, lower-case hex. */
  sha256: string;
}

export type ArchiveErrorCode =
  | 'hash-mismatch'
  | 'not-pdf'
  | 'bad-number'
  | 'bad-date'
  | 'conflict'
  | 'missing'
  | 'altered'
  | 'disk-full'
  | 'unreachable'
  | 'denied'
  | 'failed';

export type ArchiveFailure = {
  ok: false;
  code: ArchiveErrorCode;
  message: string;
  /** Whether the same call may succeed later (disk freed, stick back in). */
  retryable: boolean;
};
export type ArchiveResult<T> = { ok: true; value: T } | ArchiveFailure;

const fail = (code: ArchiveErrorCode, message: string, retryable = false): ArchiveFailure => ({
  ok: false,
  code,
  message,
  retryable,
});

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const isPdf = (bytes: Uint8Array) =>
  bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/** `400.9.11/0001/Dinsos/2026` → `400.9.11-0001-Dinsos-2026.pdf`; null for any other character. */
export function archiveFileName(number: string): string | null {
  const name = number.trim().replaceAll('/', '-');
  return /^[0-9A-Za-z][0-9A-Za-z.\-_]{0,99}$/.test(name) ? `${name}.pdf` : null;
}

/** The letter's place under the archive root: `2026/07/400.9.11-0001-Dinsos-2026.pdf`. */
export function archivePathOf(
  letter: Pick<ArchivedLetter, 'number' | 'issuedOn'>,
): ArchiveResult<{ folder: string; file: string }> {
  const date = /^(\d{4})-(0[1-9]|1[0-2])-\d{2}$/.exec(letter.issuedOn);
  if (!date) return fail('bad-date', m.badDate(letter.issuedOn));
  const file = archiveFileName(letter.number);
  if (!file) return fail('bad-number', m.badNumber(letter.number));
  return { ok: true, value: { folder: join(date[1] ?? '', date[2] ?? ''), file } };
}

const indexName = 'SHA256SUMS';

function parseIndex(bytes: Uint8Array | undefined): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of new TextDecoder().decode(bytes ?? new Uint8Array()).split('\n')) {
    const entry = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (entry?.[1] && entry[2]) entries.set(entry[2], entry[1]);
  }
  return entries;
}

const formatIndex = (entries: Map<string, string>) =>
  new TextEncoder().encode(
    [...entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, sha]) => `${sha}  ${file}\n`)
      .join(''),
  );

function failureOf(error: unknown, root: string): ArchiveFailure {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return fail('disk-full', m.diskFull, true);
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'EIO' || code === 'ENXIO') {
    return fail('unreachable', m.unreachable(root), true);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return fail('denied', m.denied(root), true);
  }
  return fail('failed', m.failed(error instanceof Error ? error.message : String(error)), true);
}

export interface PdfArchive {
  readonly root: string;
  /**
   * Archives the letter's PDF once. Storing the same bytes again changes nothing
   * (`written: false`); other bytes under the same number are refused, never overwritten.
   */
  store(
    letter: ArchivedLetter,
    bytes: Uint8Array,
  ): Promise<ArchiveResult<{ path: string; written: boolean }>>;
  /** The archived PDF, checked against the letter's SHA-256 and the month's index. */
  read(letter: ArchivedLetter): Promise<ArchiveResult<Uint8Array>>;
}

/** The archive under `root`; the root folder itself must exist (a stick that is plugged in). */
export function createPdfArchive(root: string, io: FileIo = nodeFileIo): PdfArchive {
  async function store(letter: ArchivedLetter, bytes: Uint8Array) {
    if (!isPdf(bytes)) return fail('not-pdf', m.notPdf);
    if (sha256Hex(bytes) !== letter.sha256) return fail('hash-mismatch', m.hashMismatch);
    const place = archivePathOf(letter);
    if (!place.ok) return place;
    const folder = join(root, place.value.folder);
    const path = join(folder, place.value.file);
    try {
      if (!(await io.isDirectory(root))) return fail('unreachable', m.unreachable(root), true);
      await io.mkdir(folder);
      const index = parseIndex(await io.read(join(folder, indexName)));
      const existing = await io.read(path);
      if (existing !== undefined && sha256Hex(existing) !== letter.sha256) {
        return fail('conflict', m.conflict(path));
      }
      if (existing === undefined) await writeAtomically(io, path, bytes);
      // A crash between the PDF and the index leaves the PDF unlisted; the next store lists it.
      if (index.get(place.value.file) !== letter.sha256) {
        index.set(place.value.file, letter.sha256);
        await writeAtomically(io, join(folder, indexName), formatIndex(index));
      }
      return { ok: true as const, value: { path, written: existing === undefined } };
    } catch (error) {
      return failureOf(error, root);
    }
  }

  async function read(letter: ArchivedLetter): Promise<ArchiveResult<Uint8Array>> {
    const place = archivePathOf(letter);
    if (!place.ok) return place;
    const folder = join(root, place.value.folder);
    try {
      const bytes = await io.read(join(folder, place.value.file));
      if (bytes === undefined) return fail('missing', m.missing(letter.number));
      const indexed = parseIndex(await io.read(join(folder, indexName))).get(place.value.file);
      const actual = sha256Hex(bytes);
      if (actual !== letter.sha256 || (indexed !== undefined && indexed !== actual)) {
        return fail('altered', m.altered(letter.number));
      }
      return { ok: true, value: bytes };
    } catch (error) {
      return failureOf(error, root);
    }
  }

  return { root, store, read };
}
