import { describe, expect, it } from 'vitest';
import { longestRegions, regions } from './fixtures.test-helpers';
import { regionOf } from './office';
import { addressText } from './people';

describe('addressText', () => {
  const address = {
    street: 'Jl. Serikaya No. 3',
    rt: '002',
    rw: '001',
    villageCode: '73.02.01.1001',
  };

  it('writes street, RT/RW, kelurahan or desa, kecamatan, regency and province', () => {
    expect(addressText(address, regions)).toBe(
      'Jl. Serikaya No. 3, RT 002/RW 001, Kelurahan Matekko, Kecamatan Gantarang, Kabupaten Bulukumba, Provinsi Sulawesi Selatan',
    );
    expect(addressText({ ...address, villageCode: '13.09.01.2008' }, regions)).toContain(
      'Desa Silabu, Kecamatan Pagai Utara',
    );
  });

  it('leaves out what the region table does not know, and RT/RW when not recorded', () => {
    expect(addressText({ street: 'Dusun Sinaka', villageCode: '13.09.01.2008' })).toBe(
      'Dusun Sinaka',
    );
    expect(addressText(address, longestRegions)).toContain(
      'Kelurahan Kampuang Tanjuang Koto Mambang Sungai Durian',
    );
  });
});

describe('regionOf', () => {
  it('drops "Pemerintah" from the government name', () => {
    expect(regionOf('Pemerintah Kabupaten Kepulauan Mentawai')).toBe(
      'Kabupaten Kepulauan Mentawai',
    );
    expect(regionOf('Pemerintah Daerah Kota Solok')).toBe('Kota Solok');
  });
});
