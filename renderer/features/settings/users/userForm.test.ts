import { describe, expect, it } from 'vitest';
import { checkUserForm, emptyUserForm, userFormValues } from './userForm';

const known = [
  'Penyuluh Sosial',
  'Kepala Bidang',
  'Sekretaris Dinas Sosial',
  'Kepala Dinas Sosial',
];

describe('user form', () => {
  it('builds the details of a reviewer from ticked and typed posts', () => {
    expect(
      checkUserForm({
        ...emptyUserForm,
        name: ' Andi Baso ',
        roles: ['reviewer'],
        positions: ['Kepala Bidang'],
        otherPositions: 'Plt. Sekretaris, ',
        nip: '123',
      }),
    ).toEqual({
      ok: true,
      details: {
        name: 'Andi Baso',
        roles: ['reviewer'],
        positions: ['Kepala Bidang', 'Plt. Sekretaris'],
      },
    });
  });

  it('asks a signer for NIP and rank, in place', () => {
    expect(
      checkUserForm({
        ...emptyUserForm,
        name: 'Andi',
        roles: ['signer'],
        positions: ['Kepala Dinas Sosial'],
        nip: '1970',
      }),
    ).toEqual({
      ok: false,
      errors: {
        nip: 'NIP harus 18 angka.',
        rank: 'Pangkat/golongan wajib dipilih untuk penandatangan.',
      },
    });
  });

  it('says what is missing on an empty form', () => {
    expect(checkUserForm(emptyUserForm)).toEqual({
      ok: false,
      errors: { name: 'Nama wajib diisi.', roles: 'Pilih paling sedikit satu peran.' },
    });
  });

  it('splits an account back into ticked and other posts', () => {
    expect(
      userFormValues(
        {
          name: 'Andi',
          roles: ['signer', 'reviewer'],
          positions: ['Kepala Dinas Sosial', 'Plt. Sekretaris'],
          nip: '197001011995031001',
          rank: 'IV/c',
        },
        known,
      ),
    ).toEqual({
      name: 'Andi',
      roles: ['signer', 'reviewer'],
      positions: ['Kepala Dinas Sosial'],
      otherPositions: 'Plt. Sekretaris',
      nip: '197001011995031001',
      rank: 'IV/c',
    });
  });
});
