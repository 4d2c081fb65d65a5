import { describe, expect, it } from 'vitest';
import { createRegionTable } from '../../../shared/validate';
import { testRegionAsset } from '../../../shared/validate/regionFixture';
import { addressText } from './addressText';

const table = createRegionTable(testRegionAsset);
const address = {
  provinceCode: '11',
  regencyCode: '1101',
  districtCode: '110101',
  villageCode: '1101012002',
  street: ' Jl. Merdeka 5 ',
  rt: '002',
  rw: '',
};

describe('addressText', () => {
  it('names every level, desa or kelurahan by the village code', () => {
    expect(addressText(address, table)).toBe(
      'Jl. Merdeka 5, RT 002, Desa Ujong Mangki, Kec. Bakongan, Kabupaten Aceh Selatan, Prov. Aceh',
    );
  });

  it('falls back to the code without the region table', () => {
    expect(addressText({ ...address, rw: '3' })).toBe('Jl. Merdeka 5, RT 002/RW 3, 11.01.01.2002');
  });
});
