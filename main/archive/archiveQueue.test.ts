import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onePagePdf } from '../../test-support/onePagePdf';
import { createArchiveQueue } from './archiveQueue';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let stick: string;
let pending: string;
let archiveDir: string | null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-queue-'));
  stick = join(dir, 'stick');
  pending = join(dir, 'userData', 'archive-waiting');
  archiveDir = stick;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pdfFor = (text: string) => new TextEncoder().encode(onePagePdf(595, 842, text));
const letterOf = (number: string, pdf: Uint8Array) => ({
  number,
  issuedOn: '2026-12-01',
  sha256: sha(pdf),
});

describe('the archive queue', () => {
  it('archives at once when the folder is there', async () => {
    await mkdir(stick);
    const queue = createArchiveQueue({ archiveDir: () => archiveDir, pendingDir: pending });
    const pdf = pdfFor('Surat 1');
    const stored = await queue.store(letterOf('400/0001/2026', pdf), pdf);
    expect(stored).toEqual({
      ok: true,
      value: { stored: true, path: join(stick, '2026', '12', '400-0001-2026.pdf'), problem: null },
    });
    expect(await queue.read(letterOf('400/0001/2026', pdf))).toEqual({ ok: true, value: pdf });
  });

  it('keeps the letter only in the app when no folder is set', async () => {
    archiveDir = null;
    const queue = createArchiveQueue({ archiveDir: () => archiveDir, pendingDir: pending });
    const pdf = pdfFor('Surat 1');
    expect(await queue.store(letterOf('400/0001/2026', pdf), pdf)).toEqual({
      ok: true,
      value: { stored: false, path: null, problem: null },
    });
    expect(await queue.retry()).toEqual({ archived: 0, waiting: 0, refused: [] });
  });

  it('keeps letters while the stick is out and archives them when it is back', async () => {
    const queue = createArchiveQueue({ archiveDir: () => archiveDir, pendingDir: pending });
    const first = pdfFor('Surat 1');
    const second = pdfFor('Surat 2');
    const waiting = await queue.store(letterOf('400/0001/2026', first), first);
    expect(waiting.ok && waiting.value).toMatchObject({ stored: false, path: null });
    expect(waiting.ok && waiting.value.problem).toMatch(/flashdisk dicabut/);
    await queue.store(letterOf('400/0002/2026', second), second);
    await queue.store(letterOf('400/0002/2026', second), second);
    expect(await queue.retry()).toEqual({ archived: 0, waiting: 2, refused: [] });

    await mkdir(stick);
    expect(await queue.retry()).toEqual({ archived: 2, waiting: 0, refused: [] });
    expect(await readFile(join(stick, '2026', '12', '400-0002-2026.pdf'))).toEqual(
      Buffer.from(second),
    );
    expect(await readdir(pending)).toEqual(['waiting.json']);
  });

  it('reports a waiting letter whose number the archive already holds with other bytes', async () => {
    const queue = createArchiveQueue({ archiveDir: () => archiveDir, pendingDir: pending });
    const pdf = pdfFor('Surat asli');
    await queue.store(letterOf('400/0001/2026', pdf), pdf);
    await mkdir(stick);
    const other = pdfFor('Surat lain');
    await queue.store(letterOf('400/0001/2026', other), other);
    const report = await queue.retry();
    expect(report.archived).toBe(0);
    expect(report.waiting).toBe(0);
    expect(report.refused[0]).toMatch(/sudah berisi surat lain/);
    expect(await readFile(join(stick, '2026', '12', '400-0001-2026.pdf'))).toEqual(
      Buffer.from(other),
    );
  });

  it('refuses bytes that are not the letter and keeps nothing', async () => {
    await mkdir(stick);
    const queue = createArchiveQueue({ archiveDir: () => archiveDir, pendingDir: pending });
    const pdf = pdfFor('Surat 1');
    const result = await queue.store(letterOf('400/0001/2026', pdfFor('Surat lain')), pdf);
    expect(result).toMatchObject({ ok: false, code: 'hash-mismatch', retryable: false });
    await expect(readdir(pending)).rejects.toThrow(/ENOENT/);
  });
});
