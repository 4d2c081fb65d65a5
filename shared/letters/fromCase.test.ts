import { describe, expect, it } from 'vitest';
import { bulukumbaKabid } from './fixtures.test-helpers';
import { letterCases, sourceOf } from './letterCases.test-helpers';
import { caseLetterInputOf, caseLetterOf } from './fromCase';

describe('caseLetterInputOf', () => {
  it('takes kind, addressee, legal basis and paraf chain from the case standard version', () => {
    const built = caseLetterInputOf(sourceOf(letterCases.bulukumbaV2()));
    if (!built.ok) throw new Error(built.message);
    expect(built.kind).toBe('keteranganReaktivasi');
    expect(built.input).toMatchObject({
      addressee: 'Kepala BPJS Kesehatan',
      nature: 'segera',
      attachment: '-',
      parafPositions: ['Penyuluh Sosial', 'Kepala Bidang', 'Sekretaris Dinas Sosial'],
      tembusan: ['Yang bersangkutan', 'Arsip'],
      standard: { serviceCode: 'REAKTIVASI-PBI', version: 2 },
      signer: {
        name: 'Andi Muhammad Rusli, S.Sos., M.Si.',
        nip: '19700101 199503 1 001',
        rank: 'Pembina Utama Muda (IV/c)',
        position: 'Kepala Dinas Sosial',
      },
      office: { city: 'Bulukumba', region: 'Kabupaten Bulukumba', paperSize: 'F4' },
    });
    expect(built.input.legalBasis.map((basis) => basis.number)).toEqual(['4', '3']);
    expect(built.input.subject.address).toContain('Kelurahan Matekko, Kecamatan Gantarang');
  });

  it('keeps the legal basis of the version the case was opened under', () => {
    const built = caseLetterInputOf(sourceOf(letterCases.bulukumbaV1()));
    if (!built.ok) throw new Error(built.message);
    expect(built.input.standard.version).toBe(1);
    expect(built.input.legalBasis).toEqual([]);
    expect(built.input.nature).toBe('biasa');
  });

  it('prints "a.n." for a deputy of the published signing posts', () => {
    const built = caseLetterInputOf(
      sourceOf(letterCases.bulukumbaV2(), { signer: bulukumbaKabid }),
    );
    if (!built.ok) throw new Error(built.message);
    expect(built.input.signer.onBehalfOf).toBe('Kepala Dinas Sosial');
  });

  it('uses the office paraf posts when the track has no paraf step', () => {
    const built = caseLetterInputOf(sourceOf(letterCases.tanggamus(true), { worst: true }));
    if (!built.ok) throw new Error(built.message);
    expect(built.input.parafPositions).toHaveLength(3);
    expect(built.input.applicant?.relationship).toBe('child');
  });

  it('refuses a standard other than the case version', () => {
    const source = sourceOf(letterCases.bulukumbaV1());
    const v2 = sourceOf(letterCases.bulukumbaV2()).standard;
    expect(caseLetterInputOf({ ...source, standard: v2 })).toMatchObject({
      ok: false,
      code: 'standard-mismatch',
    });
  });
});

describe('caseLetterOf', () => {
  it('addresses a Solok newborn by the family scheme', () => {
    const pbi = caseLetterInputOf(sourceOf(letterCases.solokNewborn('PBI-APBN')));
    const jkss = caseLetterInputOf(sourceOf(letterCases.solokNewborn('JKSS')));
    expect(pbi.ok && pbi.input.addressee).toBe('Kepala BPJS Kesehatan');
    expect(jkss.ok && jkss.input.addressee).toBe('Kepala Dinas Kesehatan Kota Solok');
    expect(caseLetterOf(sourceOf(letterCases.solokNewborn('JKSS')))).toMatchObject({
      ok: true,
      kind: 'rekomendasiBayiBaruLahir',
    });
  });

  it('asks for the family scheme before a newborn letter can be addressed', () => {
    const letterCase = letterCases.solokNewborn('PBI-APBN');
    const source = sourceOf(letterCase);
    const { facts } = source.caseRecord.workflow;
    const withoutScheme = {
      ...source.caseRecord,
      workflow: { ...source.caseRecord.workflow, facts: { ...facts, 'family.scheme': undefined } },
    };
    expect(caseLetterOf({ ...source, caseRecord: withoutScheme })).toMatchObject({
      ok: false,
      code: 'fact-missing',
    });
  });

  it('asks for the faskes letter under Permensos 3/2026', () => {
    const letterCase = letterCases.bulukumbaV2();
    const source = sourceOf(letterCase);
    const caseRecord = { ...source.caseRecord, reason: { kind: 'emergency' as const } };
    expect(caseLetterOf({ ...source, caseRecord })).toMatchObject({
      ok: false,
      code: 'faskes-required',
      message: expect.stringContaining('faskes'),
    });
  });

  it('refuses a case whose subject is not among the persons', () => {
    const source = sourceOf(letterCases.padangPanjang());
    expect(caseLetterOf({ ...source, persons: [] })).toMatchObject({
      ok: false,
      code: 'person-missing',
    });
  });
});
