import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../standards/seeds';
import { addressLine, letterheadOf, withContact } from './letterhead';
import { profileFromCatalog } from './profile';

const catalog = seedCatalog();
const office = (id: string) => {
  const found = catalog.offices.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('letterheadOf', () => {
  it('gives the kop surat of Bulukumba from its profile', () => {
    const profile = profileFromCatalog(office('dinsos-bulukumba'));
    expect(letterheadOf({ ...profile, emblem: 'data:image/png;base64,AAAA' })).toEqual({
      government: 'Pemerintah Kabupaten Bulukumba',
      officeName: 'Dinas Sosial',
      unit: undefined,
      address: 'Jl. Serikaya No. 11, Bulukumba 92511',
      phone: '082190653434',
      email: 'pengaduandinsosbulukumba@gmail.com',
      website: 'http://dinasosialkabbulukumba.odoo.com/',
      emblem: 'data:image/png;base64,AAAA',
    });
  });

  it('leaves the address empty until the office sets its street', () => {
    expect(addressLine({ address: {}, city: 'Solok' })).toBe('');
    expect(
      addressLine({
        address: { street: 'Jl. Kapten Bahar', locality: 'Kel. Nan Balimo', postalCode: '27315' },
        city: 'Solok',
      }),
    ).toBe('Jl. Kapten Bahar, Kel. Nan Balimo, Solok 27315');
  });
});

describe('withContact', () => {
  const contacts = [
    { kind: 'phone' as const, value: '0411 1234' },
    { kind: 'instagram' as const, value: 'dinsos' },
  ];

  it('replaces, adds and removes one kind, keeping the others', () => {
    expect(withContact(contacts, 'phone', ' 0411 5678 ')).toEqual([
      { kind: 'phone', value: '0411 5678' },
      { kind: 'instagram', value: 'dinsos' },
    ]);
    expect(withContact(contacts, 'email', 'a@b.id')).toEqual([
      ...contacts,
      { kind: 'email', value: 'a@b.id' },
    ]);
    expect(withContact(contacts, 'phone', '')).toEqual([{ kind: 'instagram', value: 'dinsos' }]);
    expect(withContact(contacts, 'website', '')).toBe(contacts);
  });
});
