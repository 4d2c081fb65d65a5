import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { createHarness, fo, personInput, registerPayload, staff } from './harness.test-helpers';
import { solokCase } from './scenarios.test-helpers';

const bulukumba = (start = '2026-07-20T09:00:00+08:00') => createHarness('dinsos-bulukumba', start);
const payload = (overrides: Record<string, unknown> = {}) =>
  registerPayload('dinsos-bulukumba', 'REAKTIVASI-PBI', '730201', overrides);

describe('case.register', () => {
  it('writes the persons, the paper checklist and the case with its worklist fields', () => {
    const h = bulukumba();
    const sent = payload({
      applicant: personInput('730201', { nik: '7302 0152 0385 0001', phone: '+62 812 3456 7890' }),
    });
    const result = h.must('case.register', sent, fo);
    expect(result.caseId).toBe(sent.caseId);
    expect(result.changes.persons).toEqual([
      expect.objectContaining({
        id: sent.applicantId,
        officeId: 'dinsos-bulukumba',
        nik: '7302015203850001',
        phone: '+6281234567890',
        nameKey: 'siti aminah',
      }),
    ]);
    expect(result.changes.documents).toHaveLength(4);
    expect(h.caseOf(sent.caseId)).toMatchObject({
      serviceCode: 'REAKTIVASI-PBI',
      standardVersion: 2,
      subjectNik: '7302015203850001',
      subjectKk: expect.stringMatching(/^\d{16}$/),
      createdBy: 'fo-ani',
      notes: [],
      status: 'open',
      stationId: 'cekDtsen',
      turnRole: 'fo',
    });
  });

  it('takes the version in force on the office-local date, not the one in force today', () => {
    const h = bulukumba('2026-03-31T23:30:00+08:00');
    const sent = payload();
    h.must('case.register', sent, fo);
    expect(h.caseOf(sent.caseId)).toMatchObject({ standardVersion: 1, stationId: 'cekDtks' });
    expect(h.documentsOf(sent.caseId).map((d) => d.requirementId)).toContain(
      'keteranganStatusBpjs',
    );
  });

  it('files the case under the office-local month', () => {
    const h = bulukumba('2026-08-01T00:30:00+08:00');
    const sent = payload();
    h.must('case.register', sent, fo);
    expect(h.caseOf(sent.caseId)).toMatchObject({
      createdAt: '2026-07-31T16:30:00.000Z',
      month: '2026-08',
    });
  });

  it('reports every NIK, KK and phone problem in Indonesian, on its field', () => {
    const h = bulukumba();
    const applicantId = uuidv7();
    const result = h.run(
      'case.register',
      payload({
        applicantId,
        subjectId: uuidv7(),
        relationship: 'parent',
        applicant: personInput('730201', { phone: '12345' }),
        subject: personInput('730201', {
          nik: '7302015203850001',
          birthDate: '2010-05-04',
          sex: 'male',
          kk: '7302011306150000',
        }),
      }),
      fo,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'phone.invalid',
          field: 'applicant.phone',
          message:
            'Nomor telepon tidak valid. Contoh yang benar: 0812-3456-7890 atau (021) 555-1234.',
        },
        {
          code: 'nik.sexMismatch',
          field: 'subject.nik',
          message: 'Jenis kelamin tidak sesuai dengan NIK: menurut NIK, pemiliknya perempuan.',
        },
        {
          code: 'nik.birthDateMismatch',
          field: 'subject.nik',
          message:
            'Tanggal lahir tidak sesuai dengan NIK: menurut NIK, tanggal lahirnya 12-03-85 (HH-BB-TT).',
        },
        {
          code: 'kk.serialZero',
          field: 'subject.kk',
          message: 'Nomor urut KK (4 digit terakhir) tidak boleh 0000.',
        },
      ],
    });
    expect(h.cases.size).toBe(0);
  });

  it('lets a newborn on a newborn track go without a NIK, but nobody else', () => {
    const baby = personInput('137201', {
      nik: undefined,
      name: 'Bayi Ny. Siti Aminah',
      birthDate: '2026-07-15',
      sex: 'male',
    });
    const parent = { relationship: 'parent', subjectId: uuidv7(), subject: baby };
    const newborn = solokCase('bayiBaruLahir', parent);
    const record = newborn.h.caseOf(newborn.caseId);
    expect(record.subjectNik).toBeUndefined();
    expect(record.stationId).toBe('serahkanBerkas');
    expect(newborn.h.documentsOf(newborn.caseId).map((d) => d.requirementId)).toEqual([
      'fotokopiKk',
      'keteranganKelahiran',
    ]);

    const h = createHarness('dinsos-solok', '2026-07-20T08:00:00+07:00');
    const refused = h.run(
      'case.register',
      registerPayload('dinsos-solok', 'REK-BPJS-GRATIS', '137201', {
        trackId: 'reaktivasi',
        ...parent,
      }),
      fo,
    );
    expect(refused).toEqual({
      ok: false,
      errors: [{ code: 'nik.required', field: 'subject.nik', message: 'NIK wajib diisi.' }],
    });
  });

  it('asks for the faskes letter where Permensos 3/2026 requires it, and rejects a birth date in the future', () => {
    const result = bulukumba().run(
      'case.register',
      payload({
        reason: { kind: 'illness' },
        applicant: personInput('730201', { birthDate: '2026-07-21', nik: undefined }),
      }),
      fo,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { code: 'birthDate-future', field: 'applicant.birthDate' },
        { code: 'nik.required', field: 'applicant.nik' },
        {
          code: 'faskes-required',
          field: 'reason.faskes',
          message:
            'Standar layanan kasus ini mensyaratkan "Surat keterangan layak membutuhkan layanan kesehatan dari fasilitas kesehatan (faskes)": isi nama faskes dan nomor suratnya.',
        },
      ],
    });
  });

  it('refuses a reviewer, another office, an unknown service or track, and a malformed payload', () => {
    const h = bulukumba();
    expect(h.run('case.register', payload(), staff('rina', ['reviewer']))).toEqual({
      ok: false,
      errors: [
        {
          code: 'role-required',
          message:
            'Pembukaan kasus hanya dapat dicatat oleh petugas front office atau petugas back office.',
        },
      ],
    });
    expect(h.run('case.register', payload({ officeId: 'dinsos-solok' }), fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'office-mismatch', field: 'officeId' }],
    });
    expect(h.run('case.register', payload({ serviceCode: 'REK-JKSS' }), fo)).toEqual({
      ok: false,
      errors: [
        {
          code: 'standard-not-found',
          field: 'serviceCode',
          message: 'Layanan "REK-JKSS" tidak ada pada kantor "dinsos-bulukumba".',
        },
      ],
    });
    expect(h.run('case.register', payload({ trackId: 'bayi' }), fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'unknown-track', field: 'trackId' }],
    });
    expect(h.run('case.register', payload({ priority: 'urgent', caseId: 'x' }), fo)).toMatchObject({
      ok: false,
      errors: [
        { code: 'payload.invalid_format', field: 'caseId', message: 'UUID tidak valid' },
        { code: 'payload.invalid_value', field: 'priority' },
      ],
    });
  });

  it('keeps applicant and subject apart unless the applicant applies for themselves', () => {
    const h = bulukumba();
    const same = uuidv7();
    expect(h.run('case.register', payload({ subjectId: uuidv7() }), fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'subject-not-self', field: 'subjectId' }],
    });
    expect(
      h.run('case.register', payload({ subject: personInput('730201', { name: 'Lain' }) }), fo),
    ).toMatchObject({ ok: false, errors: [{ code: 'subject-not-self', field: 'subject' }] });
    expect(
      h.run(
        'case.register',
        payload({ relationship: 'child', applicantId: same, subjectId: same }),
        fo,
      ),
    ).toMatchObject({ ok: false, errors: [{ code: 'subject-is-applicant', field: 'subjectId' }] });
    expect(
      h.run('case.register', payload({ relationship: 'child', subjectId: uuidv7() }), fo),
    ).toMatchObject({ ok: false, errors: [{ code: 'subject-required', field: 'subject' }] });
  });

  it('records a replayed registration once and refuses a reused case id', () => {
    const h = bulukumba();
    const sent = payload();
    h.must('case.register', sent, fo);
    const before = h.caseOf(sent.caseId);
    expect(h.run('case.register', sent, fo)).toMatchObject({
      ok: true,
      changes: {},
      warnings: [{ code: 'already-registered' }],
    });
    expect(h.caseOf(sent.caseId)).toBe(before);
    const other = { ...payload(), caseId: sent.caseId };
    expect(h.run('case.register', other, fo)).toMatchObject({
      ok: false,
      errors: [{ code: 'case-id-taken', field: 'caseId' }],
    });
  });
});
