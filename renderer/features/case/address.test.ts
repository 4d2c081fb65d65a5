import { describe, expect, it } from 'vitest';
import type { Region } from '../../../shared/validate';
import { addressLines } from './address';

const regions: Record<string, Region> = {
  '1806012001': { code: '1806012001', name: 'Baros', level: 'village', parentCode: '180601' },
  '180601': { code: '180601', name: 'Kota Agung', level: 'district', parentCode: '1806' },
  '1806': { code: '1806', name: 'Kabupaten Tanggamus', level: 'regency', parentCode: '18' },
  '18': { code: '18', name: 'Lampung', level: 'province', parentCode: '' },
};
const lookup = (code: string) => regions[code.replaceAll('.', '')];

describe('addressLines', () => {
  const address = {
    street: 'Jl. Merdeka No. 12',
    rt: '003',
    rw: '001',
    villageCode: '18.06.01.2001',
  };

  it('names the village, district, regency and province from the region table', () => {
    expect(addressLines(address, { lookup })).toEqual([
      'Jl. Merdeka No. 12, RT 003 / RW 001',
      'Baros, Kec. Kota Agung',
      'Kabupaten Tanggamus, Lampung',
    ]);
  });

  it('shows the village code while the table is not there, or does not know the code', () => {
    expect(addressLines({ street: 'Dusun II', villageCode: '18.06.01.2001' })).toEqual([
      'Dusun II',
      'Kode wilayah 18.06.01.2001',
    ]);
    expect(addressLines({ ...address, villageCode: '99.99.99.9999' }, { lookup })[1]).toBe(
      'Kode wilayah 99.99.99.9999',
    );
  });
});
