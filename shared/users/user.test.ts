import { describe, expect, it } from 'vitest';
import { actorOf, hasRole, userDetailsSchema, userRecordSchema, type UserRecord } from './user';
import { rankLabel } from './ranks';

function messagesOf(input: unknown): Record<string, string[]> {
  const result = userDetailsSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '(form)';
    (byField[key] ??= []).push(issue.message);
  }
  return byField;
}

describe('userDetailsSchema', () => {
  it('accepts a front-office clerk with no position', () => {
    expect(userDetailsSchema.parse({ name: '  Rina Wati ', roles: ['fo'], positions: [] })).toEqual(
      { name: 'Rina Wati', roles: ['fo'], positions: [] },
    );
  });

  it('accepts a signer with NIP and rank, and drops the NIP spaces', () => {
    const signer = userDetailsSchema.parse({
      name: 'Drs. Andi Muh. Amiruddin, M.Si.',
      roles: ['signer'],
      positions: ['Kepala Dinas Sosial'],
      nip: '19700101 199503 1 001',
      rank: 'IV/c',
    });
    expect(signer.nip).toBe('197001011995031001');
    expect(rankLabel(signer.rank ?? 'I/a')).toBe('Pembina Utama Muda (IV/c)');
  });

  it('asks signers for NIP, rank and position, and reviewers for a position', () => {
    expect(messagesOf({ name: 'Andi', roles: ['signer'], positions: [] })).toEqual({
      positions: [expect.stringContaining('wajib punya jabatan')],
      nip: ['NIP wajib diisi untuk penandatangan.'],
      rank: ['Pangkat/golongan wajib dipilih untuk penandatangan.'],
    });
    expect(messagesOf({ name: 'Andi', roles: ['reviewer'], positions: [] })).toEqual({
      positions: [expect.stringContaining('wajib punya jabatan')],
    });
  });

  it('says what is wrong with each field, in Indonesian', () => {
    expect(
      messagesOf({
        name: ' ',
        roles: [],
        positions: ['Kepala Bidang', 'Kepala Bidang'],
        nip: '123',
        rank: 'V/a',
      }),
    ).toEqual({
      name: ['Nama wajib diisi.'],
      roles: ['Pilih paling sedikit satu peran.'],
      positions: ['Jabatan yang sama tercantum dua kali.'],
      nip: ['NIP harus 18 angka.'],
      rank: ['Pangkat/golongan tidak dikenal.'],
    });
    expect(messagesOf({ name: 'Rina', roles: ['fo', 'fo', 'boss'], positions: [] })).toEqual({
      'roles.2': ['Peran tidak dikenal.'],
    });
  });
});

describe('userRecordSchema', () => {
  const record: UserRecord = {
    id: '0190f5a2-0000-7000-8000-000000000001',
    name: 'Rina Wati',
    roles: ['fo', 'bo'],
    positions: [],
    pin: {
      algorithm: 'PBKDF2-SHA256',
      iterations: 210_000,
      salt: 'a'.repeat(32),
      hash: 'b'.repeat(64),
    },
    failedAttempts: 0,
    lockedUntil: null,
    active: true,
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
  };

  it('parses a stored account and refuses unknown keys', () => {
    expect(userRecordSchema.parse(record)).toEqual(record);
    expect(userRecordSchema.safeParse({ ...record, pinPlain: '482915' }).success).toBe(false);
  });

  it('gives the workflow engine its actor', () => {
    expect(actorOf(record)).toEqual({ userId: record.id, roles: ['fo', 'bo'], positions: [] });
    expect(hasRole(record, 'bo')).toBe(true);
    expect(hasRole(record, 'admin', 'signer')).toBe(false);
    expect(hasRole(null, 'fo')).toBe(false);
  });
});
