// Issuing a case's letter on the counter: take the next number of this device's block, sign
// the verification claim, render the PDF, and store number, letter row, PDF, outbox and audit
// rows in one transaction. The PDF is rendered before the transaction (IndexedDB cannot wait
// for it) with the number the transaction then takes; if another window took that number
// meanwhile, the letter is drawn up again with the next one.
import type { LetterIssuePayload } from '../../../shared/commands/letterIssue';
import { caseStandard } from '../../../shared/commands/standardOf';
import type { CommandError } from '../../../shared/commands/types';
import type { LetterRecord } from '../../../shared/cases/letterRecord';
import { todayIn } from '../../../shared/dates/localDate';
import { caseLetterOf, type CaseLetterSource } from '../../../shared/letters/fromCase';
import { renderLetterPdf } from '../../../shared/letters/render';
import type { OfficeKey } from '../../../shared/letters/verification/keys';
import { qrMatrix } from '../../../shared/letters/verification/qrMatrix';
import { signLetter } from '../../../shared/letters/verification/signLetter';
import { subjectHash } from '../../../shared/letters/verification/subjectHash';
import { formatLetterNumber, letterDateParts, takeNumber } from '../../../shared/numbering';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { LoketDb } from '../../db/database';
import { commandTables, executeCommand, type ExecuteContext } from '../../db/executeCommand';
import { loadCase } from '../../db/loadCase';
import { metaRow, readMeta } from '../../db/meta';
import { sha256Hex } from '../scans/sha256';
import { letterLabels } from './labels';
import { numberStateFor, officeKeyFor } from './letterSupply';

export interface IssueRequest {
  caseId: string;
  letterId: string;
  /** NIP of the profile's signer who will sign the paper. */
  signerNip: string;
}

type Refusal = { ok: false; errors: CommandError[] };

export type IssueOutcome =
  { ok: true; letter: LetterRecord; pdf: Uint8Array<ArrayBuffer> } | Refusal;

type Environment = Pick<CaseLetterSource, 'regions'> & { office: OfficeProfile };

const refused = (code: string, message: string): Refusal => ({
  ok: false,
  errors: [{ code, message }],
});

/** Another window took the number, or made the office key, after this letter was drawn. */
class DrawnTooEarly extends Error {}

/** What goes on the paper: the number `seq` with its verification mark, or the preview's blank. */
type Marking = { seq: number; key: OfficeKey } | 'preview';

/** The verification mark of a letter, signed with the office key. */
function markOf(
  key: OfficeKey,
  claim: { officeId: string; letterNumber: string; issuedOn: string },
  subject: { nik?: string; name: string },
) {
  return signLetter({ ...claim, subjectHash: subjectHash({ ...claim, ...subject }) }, key);
}

/**
 * The letter as it would be issued (`marking` with a number and key) or previewed (number
 * left blank, no verification mark); also the payload of `letter.issue`.
 */
async function draw(
  db: LoketDb,
  request: IssueRequest,
  context: ExecuteContext,
  environment: Environment,
  marking: 'preview',
): Promise<Refusal | { ok: true; pdf: Uint8Array<ArrayBuffer> }>;
async function draw(
  db: LoketDb,
  request: IssueRequest,
  context: ExecuteContext,
  environment: Environment,
  marking: Exclude<Marking, 'preview'>,
): Promise<Refusal | { ok: true; pdf: Uint8Array<ArrayBuffer>; payload: LetterIssuePayload }>;
async function draw(
  db: LoketDb,
  request: IssueRequest,
  context: ExecuteContext,
  environment: Environment,
  marking: Marking,
): Promise<Refusal | { ok: true; pdf: Uint8Array<ArrayBuffer>; payload?: LetterIssuePayload }> {
  const { office } = environment;
  const loaded = await loadCase(db, request.caseId);
  const record = loaded.current;
  if (!record) return refused('case-not-found', letterLabels.errors.caseMissing);
  const standard = caseStandard(context.catalog, record);
  if (!standard.ok) return refused(standard.error.code, standard.error.message);
  const signer = office.signers.find((candidate) => candidate.nip === request.signerNip);
  if (!signer) return refused('signer-unknown', letterLabels.errors.signerMissing);
  const persons = (
    await db.persons.bulkGet([...new Set([record.subjectId, record.applicantId])])
  ).flatMap((person) => (person ? [person] : []));

  const issuedOn = todayIn(office.timeZone, context.now);
  const number =
    marking === 'preview'
      ? ({ ok: true, value: letterLabels.previewNumber } as const)
      : formatLetterNumber(office.numbering, {
          seq: marking.seq,
          date: issuedOn,
          serviceCode: record.serviceCode,
        });
  if (!number.ok) return refused(number.error.code, number.error.message);
  const signed =
    marking === 'preview'
      ? undefined
      : markOf(
          marking.key,
          { officeId: office.id, letterNumber: number.value, issuedOn },
          { ...(record.subjectNik ? { nik: record.subjectNik } : {}), name: record.subjectName },
        );
  if (signed && !signed.ok) return refused(signed.error.code, signed.error.message);
  const letter = caseLetterOf({
    caseRecord: record,
    persons,
    profile: office,
    standard: standard.standard,
    number: number.value,
    issueDate: issuedOn,
    signer,
    ...(signed
      ? { verification: { code: signed.value.code, qr: qrMatrix(signed.value.qrText) } }
      : {}),
    ...(environment.regions ? { regions: environment.regions } : {}),
  });
  if (!letter.ok) return refused(letter.code, letter.message);
  const pdf = new Uint8Array(await renderLetterPdf(letter.document));
  if (!signed) return { ok: true as const, pdf };
  const payload = {
    caseId: record.id,
    letterId: request.letterId,
    kind: letter.kind,
    seq: marking === 'preview' ? 0 : marking.seq,
    number: number.value,
    issuedOn,
    addressee: letter.input.addressee,
    subject: letter.subject,
    signerNip: signer.nip,
    verification: signed.value,
    pdf: { sha256: await sha256Hex(pdf), size: pdf.byteLength },
  };
  return { ok: true as const, payload, pdf };
}

/**
 * Issues the case's letter. Resolves the refusal (Indonesian, with the command's codes) when
 * the case, the numbers or the command say no; nothing is stored then. Rejects on a storage
 * failure, with nothing stored either.
 */
export async function issueCaseLetter(
  db: LoketDb,
  request: IssueRequest,
  context: ExecuteContext,
  environment: Environment,
): Promise<IssueOutcome> {
  const { office } = environment;
  const ids = { officeId: office.id, deviceId: context.deviceId };
  const year = letterDateParts(todayIn(office.timeZone, context.now)).year;
  for (let attempt = 0; attempt < 3; attempt++) {
    const supply = await numberStateFor(db, ids, year);
    const next = takeNumber(supply, todayIn(office.timeZone, context.now));
    if (!next.ok) return refused(next.error.code, next.error.message);
    const key = await officeKeyFor(db, office.id, context.now);
    const drawn = await draw(db, request, context, environment, {
      seq: next.value.seq,
      key: key.key,
    });
    if (!drawn.ok) return drawn;
    const { payload } = drawn;
    try {
      return await db.transaction('rw', [...commandTables(db), db.blobs], async () => {
        const current = await numberStateFor(db, ids, year);
        const taken = takeNumber(current, todayIn(office.timeZone, context.now));
        if (!taken.ok || taken.value.seq !== payload.seq) throw new DrawnTooEarly();
        const storedKey = await readMeta(db, 'officeKey');
        if (key.created ? storedKey !== undefined : storedKey?.keyId !== key.key.keyId) {
          throw new DrawnTooEarly();
        }
        const result = await executeCommand(db, 'letter.issue', payload, context);
        if (!result.ok) return { ok: false as const, errors: result.errors };
        await db.blobs.put({
          id: payload.pdf.sha256,
          caseId: payload.caseId,
          mime: 'application/pdf',
          size: drawn.pdf.byteLength,
          data: new Blob([drawn.pdf], { type: 'application/pdf' }),
          createdAt: context.now.toISOString(),
        });
        await db.meta.put(metaRow('numberState', taken.value.state));
        if (key.created) {
          await db.meta.put(metaRow('officeKey', key.key));
          await db.meta.put(metaRow('keyring', key.keyring));
        }
        const letter = await db.letters.get(request.letterId);
        if (!letter) throw new Error('letter.issue stored no letter');
        return { ok: true as const, letter, pdf: drawn.pdf };
      });
    } catch (error) {
      if (!(error instanceof DrawnTooEarly)) throw error;
    }
  }
  return refused('number-contention', letterLabels.errors.numberContention);
}

/** The letter as it will look, unnumbered and without its verification mark, for the preview. */
export async function previewCaseLetter(
  db: LoketDb,
  request: IssueRequest,
  context: ExecuteContext,
  environment: Environment,
): Promise<{ ok: true; pdf: Uint8Array<ArrayBuffer> } | Refusal> {
  const drawn = await draw(db, request, context, environment, 'preview');
  return drawn.ok ? { ok: true, pdf: drawn.pdf } : drawn;
}
