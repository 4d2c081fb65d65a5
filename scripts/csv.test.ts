import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv';

function toCsv(rows: string[][]): string {
  const quote = (field: string) =>
    /[",\r\n]/.test(field) || field === '' ? `"${field.replaceAll('"', '""')}"` : field;
  return rows.map((row) => row.map(quote).join(',')).join('\r\n');
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'code,name\n35.29.22,"Ra""as"\n12.07.28.1007,"Lubuk Pakam I,II"\n1,"two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'name'],
      ['35.29.22', 'Ra"as'],
      ['12.07.28.1007', 'Lubuk Pakam I,II'],
      ['1', 'two\nlines'],
    ]);
  });

  it('handles CRLF, a missing final newline, empty fields and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n,\r\nc,')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['c', ''],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects malformed input with the line number', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(/unterminated quote on line 2/);
    expect(() => parseCsv('a,b\nx"y,c\n')).toThrow(/stray quote on line 2/);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/unexpected character .* line 1/);
    expect(() => parseCsv('a\rb')).toThrow(/unexpected character/);
  });

  it('reads back whatever a conforming writer writes', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é') });
    const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (table) => {
        expect(parseCsv(toCsv(table))).toEqual(table);
      }),
    );
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by column, whatever the header order', () => {
    expect(parseCsvRecords('name,code\nAceh,11\n', ['code', 'name'])).toEqual([
      { code: '11', name: 'Aceh' },
    ]);
  });

  it('insists on the expected header and full rows', () => {
    expect(() => parseCsvRecords('code\n11\n', ['code', 'name'])).toThrow(/expected columns/);
    expect(() => parseCsvRecords('code,name,extra\n', ['code', 'name'])).toThrow(
      /expected columns/,
    );
    expect(() => parseCsvRecords('code,name\n11\n', ['code', 'name'])).toThrow(
      /row 2 has 1 fields/,
    );
  });
});
