// Test-only: a Bulukumba office profile with its signer, an office key, and the payload a
// counter sends to issue a case's letter (numbered, signed, its PDF named by hash).
import { generateOfficeKey, type OfficeKey } from '../letters/verification/keys';
import { signLetter } from '../letters/verification/signLetter';
import { subjectHash } from '../letters/verification/subjectHash';
import { formatLetterNumber } from '../numbering/formatLetterNumber';
import { profileFromCatalog, type OfficeProfile } from '../office/profile';
import { officeById } from '../standards/catalog';
import { catalog } from './harness.test-helpers';
import type { Opened } from './scenarios.test-helpers';

const officeId = 'dinsos-bulukumba';
const pack = catalog.packs.find((candidate) => candidate.office.id === officeId);

export const kepalaDinas = {
  name: 'Drs. Andi Makkasau, M.Si.',
  nip: '197001011995031001',
  rank: 'IV/c' as const,
  position: 'Kepala Dinas Sosial',
};

export const letterProfile: OfficeProfile = {
  ...profileFromCatalog(officeById(catalog, officeId), pack?.standards),
  signers: [kepalaDinas],
};

export const letterKey: OfficeKey = generateOfficeKey(officeId, new Date('2026-01-02T00:00:00Z'));

/** The payload the counter sends for the case's letter, numbered `seq`, dated `issuedOn`. */
export function issuePayload(
  opened: Opened,
  seq = 7,
  issuedOn = '2026-07-20',
  letterId = '0196f0a0-0000-7000-8000-0000000000aa',
) {
  const record = opened.h.caseOf(opened.caseId);
  const number = formatLetterNumber(letterProfile.numbering, { seq, date: issuedOn });
  if (!number.ok) throw new Error(number.error.message);
  const signed = signLetter(
    {
      officeId,
      letterNumber: number.value,
      issuedOn,
      subjectHash: subjectHash({
        officeId,
        letterNumber: number.value,
        nik: record.subjectNik,
        name: record.subjectName,
      }),
    },
    letterKey,
  );
  if (!signed.ok) throw new Error(signed.error.message);
  return {
    caseId: opened.caseId,
    letterId,
    kind: 'keteranganReaktivasi',
    seq,
    number: number.value,
    issuedOn,
    addressee: 'Kepala BPJS Kesehatan',
    subject: 'Surat Keterangan Pengaktifan Kembali PBI Jaminan Kesehatan',
    signerNip: kepalaDinas.nip,
    verification: signed.value,
    pdf: { sha256: 'c'.repeat(64), size: 48_211 },
  };
}
