import { describe, expect, it } from 'vitest';
import { checkNip, formatNip } from './nip';

describe('checkNip', () => {
  it('accepts 18 digits, with or without the printed spaces', () => {
    expect(checkNip('197001012000031001')).toEqual({ ok: true, value: '197001012000031001' });
    expect(checkNip('19700101 200003 2 001')).toEqual({ ok: true, value: '197001012000032001' });
  });

  it.each([
    ['19700101200003100', 'NIP harus 18 angka.'],
    ['1970010120000310011', 'NIP harus 18 angka.'],
    ['19700101-200003-1-001', 'NIP hanya boleh berisi angka (spasi boleh).'],
    [
      '197013012000031001',
      'NIP tidak sah: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal).',
    ],
    [
      '197002302000031001',
      'NIP tidak sah: 8 angka pertama harus tanggal lahir (tahun, bulan, tanggal).',
    ],
    ['197001012000131001', 'NIP tidak sah: angka ke-9 s.d. 14 harus tahun dan bulan pengangkatan.'],
    ['197001012000033001', 'NIP tidak sah: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan).'],
    ['197001012000031000', 'NIP tidak sah: 3 angka terakhir tidak boleh 000.'],
  ])('refuses %s', (nip, message) => {
    expect(checkNip(nip)).toEqual({ ok: false, message });
  });
});

describe('formatNip', () => {
  it('prints the NIP in its four groups', () => {
    expect(formatNip('197001012000031001')).toBe('19700101 200003 1 001');
  });
});
