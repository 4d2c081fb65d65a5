import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileIo, type FileIo } from '../files/fileIo';
import { archiveFileName, createPdfArchive, type ArchivedLetter } from './pdfArchive';

const pdfOf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const letterOf = (bytes: Uint8Array, number = '400.9.11/0001/Dinsos/2026'): ArchivedLetter => ({
  number,
  issuedOn: '2026-07-20',
  sha256: sha(bytes),
});

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'loket-archive-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the PDF archive', () => {
  it('stores a letter under year/month/number with a SHA256SUMS line, and reads it back', async () => {
    const bytes = pdfOf('surat satu');
    const archive = createPdfArchive(root);
    const stored = await archive.store(letterOf(bytes), bytes);
    expect(stored).toEqual({
      ok: true,
      value: { path: join(root, '2026', '07', '400.9.11-0001-Dinsos-2026.pdf'), written: true },
    });
    expect(await readdir(join(root, '2026', '07'))).toEqual([
      '400.9.11-0001-Dinsos-2026.pdf',
      'SHA256SUMS',
    ]);
    expect(await readFile(join(root, '2026', '07', 'SHA256SUMS'), 'utf8')).toBe(
      `${sha(bytes)}  400.9.11-0001-Dinsos-2026.pdf\n`,
    );
    const read = await archive.read(letterOf(bytes));
    expect(read.ok && Buffer.from(read.value).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(spawnSync('sha256sum', ['--version']).error !== undefined)(
    'keeps an index that sha256sum -c accepts',
    async () => {
      const archive = createPdfArchive(root);
      for (const n of [1, 2, 3]) {
        const bytes = pdfOf(`surat ${n}`);
        await archive.store(letterOf(bytes, `400.9.11/000${n}/Dinsos/2026`), bytes);
      }
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
        cwd: join(root, '2026', '07'),
        encoding: 'utf8',
      });
      expect(out.trim().split('\n')).toHaveLength(3);
    },
  );

  it('stores the same letter twice without writing again, and never overwrites another', async () => {
    const bytes = pdfOf('surat satu');
    const archive = createPdfArchive(root);
    await archive.store(letterOf(bytes), bytes);
    expect(await archive.store(letterOf(bytes), bytes)).toMatchObject({
      ok: true,
      value: { written: false },
    });
    const other = pdfOf('surat lain');
    expect(await archive.store(letterOf(other), other)).toMatchObject({
      ok: false,
      code: 'conflict',
      retryable: false,
    });
    const read = await archive.read(letterOf(bytes));
    expect(read.ok).toBe(true);
  });

  it('refuses bytes that are not the issued PDF, and names that are not letter numbers', async () => {
    const archive = createPdfArchive(root);
    const bytes = pdfOf('surat satu');
    expect(
      await archive.store({ ...letterOf(bytes), sha256: 'a'.repeat(64) }, bytes),
    ).toMatchObject({ ok: false, code: 'hash-mismatch' });
    const text = new TextEncoder().encode('bukan pdf');
    expect(await archive.store(letterOf(text), text)).toMatchObject({ ok: false, code: 'not-pdf' });
    expect(await archive.store(letterOf(bytes, '../../etc/passwd'), bytes)).toMatchObject({
      ok: false,
      code: 'bad-number',
    });
    expect(
      await archive.store({ ...letterOf(bytes), issuedOn: '2026-13-01' }, bytes),
    ).toMatchObject({ ok: false, code: 'bad-date' });
    expect(archiveFileName('400.9.11/0001/Dinsos/2026')).toBe('400.9.11-0001-Dinsos-2026.pdf');
    expect(await readdir(root)).toEqual([]);
  });

  it('says a changed or missing archive file is not the issued letter', async () => {
    const bytes = pdfOf('surat satu');
    const archive = createPdfArchive(root);
    await archive.store(letterOf(bytes), bytes);
    const file = join(root, '2026', '07', '400.9.11-0001-Dinsos-2026.pdf');
    await writeFile(file, pdfOf('surat diubah'));
    expect(await archive.read(letterOf(bytes))).toMatchObject({ ok: false, code: 'altered' });
    await rm(file);
    expect(await archive.read(letterOf(bytes))).toMatchObject({ ok: false, code: 'missing' });
  });

  it('reports a pulled-out stick without creating the folder on the local disk', async () => {
    const gone = join(root, 'flashdisk');
    const bytes = pdfOf('surat satu');
    expect(await createPdfArchive(gone).store(letterOf(bytes), bytes)).toMatchObject({
      ok: false,
      code: 'unreachable',
      retryable: true,
    });
    expect(await readdir(root)).toEqual([]);
  });

  it('on a full disk reports it, keeps what was stored, leaves no partial file, and succeeds later', async () => {
    const first = pdfOf('surat satu');
    const second = pdfOf('surat dua');
    let full = false;
    const io: FileIo = {
      ...nodeFileIo,
      async writeNew(path, bytes) {
        if (!full) return nodeFileIo.writeNew(path, bytes);
        // The way a full disk fails: the file is created, then the write runs out of space.
        await writeFile(path, bytes.subarray(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      },
    };
    const archive = createPdfArchive(root, io);
    await archive.store(letterOf(first), first);
    full = true;
    const refused = await archive.store(letterOf(second, '400.9.11/0002/Dinsos/2026'), second);
    expect(refused).toMatchObject({ ok: false, code: 'disk-full', retryable: true });
    expect(await readdir(join(root, '2026', '07'))).toEqual([
      '400.9.11-0001-Dinsos-2026.pdf',
      'SHA256SUMS',
    ]);
    expect((await archive.read(letterOf(first))).ok).toBe(true);
    full = false;
    expect(
      await archive.store(letterOf(second, '400.9.11/0002/Dinsos/2026'), second),
    ).toMatchObject({ ok: true, value: { written: true } });
    expect(
      (await readFile(join(root, '2026', '07', 'SHA256SUMS'), 'utf8')).split('\n'),
    ).toHaveLength(3);
  });
});
