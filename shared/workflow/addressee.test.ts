import { describe, expect, it } from 'vitest';
import { resolveAddressee } from './addressee';
import { seedStandard } from './flows/fixtures';

describe('resolveAddressee', () => {
  it('uses the unconditional rule of a single-track standard', () => {
    const standard = seedStandard('dinsos-mentawai', 'REK-BPJS-APBD');
    expect(resolveAddressee(standard, 'utama', {})).toMatchObject({
      ok: true,
      to: 'Kepala BPJS Kesehatan',
      product: { id: 'suratRekomendasi' },
    });
  });

  it('says so when the track produces no letter', () => {
    const standard = seedStandard('dinsos-mentawai', 'REK-BPJS-APBD');
    const withoutLetters = {
      ...standard,
      products: standard.products.filter((product) => product.kind !== 'letter'),
    };
    expect(resolveAddressee(withoutLetters, 'utama', {})).toEqual({
      ok: false,
      error: { code: 'no-addressee', message: 'Alur "utama" tidak menghasilkan surat.' },
    });
  });
});
