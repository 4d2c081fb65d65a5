import { describe, expect, it } from 'vitest';
import { decodeBackup, type BackupExpectation, type BackupItem } from './decoder';
import { encodeBackup, type BackupRow } from './encoder';
import type { BackupHeader } from './format';
import { blobContent, isBlobContent } from './values';

const header: BackupHeader = {
  format: 'loket-backup',
  formatVersion: 1,
  dbVersion: 3,
  createdAt: '2026-12-01T10:15:00.000Z',
  office: 'dinsos-tanggamus',
  tables: ['cases', 'blobs', 'meta'],
};

const rows: BackupRow[] = [
  { table: 'cases', row: { id: 'c1', name: 'Siti Aminah', note: 'baris\nbaru "kutip" ✓' } },
  { table: 'blobs', row: { id: 'b1', data: blobContent('image/jpeg', Uint8Array.of(1, 2, 10)) } },
  { table: 'cases', row: { id: 'c2', name: 'Wayan Sudirta', rejection: undefined } },
];

async function* from<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

async function encoded(items = rows, head = header, chunkBytes?: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of encodeBackup(head, from(items), chunkBytes)) parts.push(chunk);
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** The bytes cut into pieces of `size`, as a file or IPC would hand them over. */
function* piecesOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size)
    yield bytes.subarray(start, start + size);
}

async function decoded(bytes: Uint8Array, expect?: BackupExpectation, size = 7) {
  const items: BackupItem[] = [];
  for await (const item of decodeBackup(from(piecesOf(bytes, size)), expect)) items.push(item);
  return items;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe('the backup stream', () => {
  it('is a header, one line per row and a trailer, in NDJSON', async () => {
    const lines = text(await encoded()).split('\n');
    expect(lines).toHaveLength(6);
    expect(JSON.parse(lines[0] ?? '')).toEqual(header);
    expect(JSON.parse(lines[1] ?? '')).toEqual({
      t: 'cases',
      r: { id: 'c1', name: 'Siti Aminah', note: 'baris\nbaru "kutip" ✓' },
    });
    expect(JSON.parse(lines[4] ?? '').end.rows).toEqual({ cases: 2, blobs: 1, meta: 0 });
    expect(lines[5]).toBe('');
  });

  it('decodes what it encoded, however the bytes are cut', async () => {
    const bytes = await encoded(rows, header, 16);
    for (const size of [1, 5, 64, bytes.length]) {
      const items = await decoded(
        bytes,
        { dbVersion: 3, tables: ['meta', 'cases', 'blobs'] },
        size,
      );
      expect(items.map((item) => item.kind)).toEqual(['header', 'row', 'row', 'row', 'end']);
      expect(items[3]).toEqual({ kind: 'row', table: 'cases', row: rows[2]?.row });
      const scan = items[2]?.kind === 'row' ? (items[2].row as { data: unknown }).data : null;
      expect(isBlobContent(scan) && [...scan.bytes]).toEqual([1, 2, 10]);
      expect(items[4]).toEqual({ kind: 'end', counts: { cases: 2, blobs: 1, meta: 0 } });
    }
  });

  it('hands out chunks of about the size asked for', async () => {
    const many = Array.from({ length: 200 }, (_, index) => ({
      table: 'cases',
      row: { id: `c${index}`, filler: 'x'.repeat(100) },
    }));
    const sizes: number[] = [];
    for await (const chunk of encodeBackup(header, from(many), 4096)) sizes.push(chunk.length);
    expect(sizes.slice(0, -1).every((size) => size >= 4096 && size < 4096 + 200)).toBe(true);
  });

  it('refuses to encode a row of a table the header does not list', async () => {
    await expect(encoded([{ table: 'secrets', row: {} }])).rejects.toMatchObject({
      code: 'unknown-table',
    });
  });

  it('refuses a file that is not a backup, or one from a newer Loket', async () => {
    await expect(decoded(bytesOf('{"hello":1}\n'))).rejects.toMatchObject({ code: 'not-backup' });
    await expect(decoded(bytesOf('%PDF-1.4\n'))).rejects.toMatchObject({ code: 'bad-line' });
    await expect(decoded(new Uint8Array())).rejects.toMatchObject({ code: 'truncated' });
    const newer = await encoded(rows, header);
    const bumped = bytesOf(text(newer).replace('"formatVersion":1', '"formatVersion":2'));
    await expect(decoded(bumped)).rejects.toMatchObject({
      code: 'format-too-new',
      message: expect.stringContaining('versi Loket yang lebih baru'),
    });
  });

  it('checks the database version and tables against what the reader expects', async () => {
    const bytes = await encoded();
    await expect(decoded(bytes, { dbVersion: 2 })).rejects.toMatchObject({
      code: 'db-too-new',
      message: expect.stringContaining('Perbarui aplikasi'),
    });
    await expect(decoded(bytes, { dbVersion: 4 })).rejects.toMatchObject({ code: 'db-too-old' });
    await expect(decoded(bytes, { tables: ['cases', 'blobs'] })).rejects.toMatchObject({
      code: 'tables-mismatch',
      message: expect.stringContaining('meta'),
    });
  });

  it('refuses a stream cut anywhere, including one without its trailer', async () => {
    const bytes = await encoded();
    for (let length = 0; length < bytes.length; length += 1) {
      await expect(decoded(bytes.subarray(0, length))).rejects.toMatchObject({
        code: 'truncated',
      });
    }
  });

  it('refuses any changed byte, a missing or extra row, and anything after the trailer', async () => {
    const bytes = await encoded();
    const lines = text(bytes).split('\n');
    for (let index = 0; index < bytes.length - 1; index += 1) {
      const changed = bytes.slice();
      changed[index] = (changed[index] ?? 0) ^ 0x01;
      await expect(decoded(changed), `byte ${index}`).rejects.toThrow();
    }
    const without = bytesOf([...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    await expect(decoded(without)).rejects.toMatchObject({ code: 'count-mismatch' });
    const twice = bytesOf([...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\n'));
    await expect(decoded(twice)).rejects.toMatchObject({ code: 'count-mismatch' });
    const swapped = bytesOf([lines[0], lines[3], lines[2], lines[1], ...lines.slice(4)].join('\n'));
    await expect(decoded(swapped)).rejects.toMatchObject({ code: 'hash-mismatch' });
    const extra = bytesOf(`${text(bytes)}{"t":"cases","r":{}}\n`);
    await expect(decoded(extra)).rejects.toMatchObject({ code: 'after-trailer' });
    const unknown = bytesOf([lines[0], '{"t":"secrets","r":{}}', ...lines.slice(1)].join('\n'));
    await expect(decoded(unknown)).rejects.toMatchObject({ code: 'unknown-table' });
  });
});
