import { z } from 'zod';
import { letterPdfSchema } from '../cases/letterRecord';
import { letterKindSchema, isoDateSchema } from '../standards/schema';
import { signedLetterSchema } from '../letters/verification/signedLetter';
import { subjectHash } from '../letters/verification/subjectHash';
import { formatLetterNumber } from '../numbering/formatLetterNumber';
import { officeProfileSchema } from '../office/profile';
import { resolveAddressee } from '../workflow/addressee';
import type { StaffRole, Station } from '../workflow/types';
import { defineCaseCommand } from './caseCommand';
import { caseUpdated } from './caseUpdate';
import { commandError, fail, fromWorkflow, notOpen } from './errors';
import type { CommandError } from './types';
import { caseIdShape, idSchema } from './fields';
import { commandMessages } from './messages';

export const letterIssueSchema = z.strictObject({
  ...caseIdShape,
  letterId: idSchema,
  kind: letterKindSchema,
  /** Taken from this device's number block in the same transaction (`takeNumber`). */
  seq: z.number().int().positive(),
  number: z.string().min(1).max(80),
  issuedOn: isoDateSchema,
  addressee: z.string().min(1).max(200),
  /** The letter's perihal, as printed (the dispatch book lists it). */
  subject: z.string().min(1).max(200),
  /** The official who signs, by NIP, from the office profile's signers. */
  signerNip: z.string().regex(/^\d{18}$/),
  verification: signedLetterSchema,
  pdf: letterPdfSchema,
});
export type LetterIssuePayload = z.infer<typeof letterIssueSchema>;

const m = commandMessages.letter;

/**
 * Whether a user with `roles` may issue the letter of a case standing at `stationId`: from
 * the workflow's signature station on, by the back office, a signer or the track's drafter.
 * The letter panel asks the same question before it offers the button.
 */
export function letterIssueGate(
  stations: readonly Station[],
  stationId: string | null,
  roles: readonly StaffRole[],
): { ok: true; signStation: Station } | { ok: false; error: CommandError } {
  const signIndex = stations.findIndex((station) => station.kind === 'sign');
  const signStation = stations[signIndex];
  if (!signStation) return { ok: false, error: commandError('no-letter', m.noSignature) };
  const here = stations.findIndex((station) => station.id === stationId);
  if (here < signIndex) {
    return { ok: false, error: commandError('letter-too-early', m.tooEarly(signStation.label)) };
  }
  const drafter = stations.find((station) => station.kind === 'draft')?.actor;
  if (!roles.some((role) => role === 'signer' || role === 'bo' || role === drafter)) {
    return { ok: false, error: commandError('role-required', m.roleRequired) };
  }
  return { ok: true, signStation };
}

/**
 * Issues the case's letter: its number (from the device's block), today's date, the
 * addressee the standard's product rules give, a signer of the profile who may sign at
 * the track's signature step, the signed verification claim for this letter and person,
 * and the hash of the PDF frozen at that moment. Once per case.
 */
export const letterIssue = defineCaseCommand({
  type: 'letter.issue',
  schema: letterIssueSchema,
  decide(env) {
    const { payload, current, workflow, standard, context } = env;
    const refused = notOpen(current.workflow);
    if (refused) return fail(fromWorkflow(refused));
    if (current.letterNumber !== undefined) {
      return fail(commandError('letter-already-issued', m.alreadyIssued(current.letterNumber)));
    }
    const profile = officeProfileSchema.safeParse(context.office);
    if (!profile.success) return fail(commandError('profile-required', m.profileRequired));

    const gate = letterIssueGate(
      workflow.stations,
      current.workflow.stationId,
      context.actor.roles,
    );
    if (!gate.ok) return fail(gate.error);
    const { signStation } = gate;

    const addressee = resolveAddressee(standard, current.trackId, current.workflow.facts);
    if (!addressee.ok) return fail(fromWorkflow(addressee.error));
    if (addressee.product.letterKind !== payload.kind) {
      return fail(commandError('letter-kind', m.wrongKind(addressee.product.label), 'kind'));
    }
    if (addressee.to !== payload.addressee) {
      return fail(commandError('addressee', m.wrongAddressee(addressee.to), 'addressee'));
    }
    if (payload.issuedOn !== env.today) {
      return fail(commandError('issued-on', m.notToday(env.today), 'issuedOn'));
    }
    const number = formatLetterNumber(profile.data.numbering, {
      seq: payload.seq,
      date: payload.issuedOn,
      serviceCode: current.serviceCode,
    });
    if (!number.ok) return fail(commandError(number.error.code, number.error.message, 'number'));
    if (number.value !== payload.number) {
      return fail(commandError('letter-number', m.numberMismatch(number.value), 'number'));
    }
    const signer = profile.data.signers.find((candidate) => candidate.nip === payload.signerNip);
    if (!signer) return fail(commandError('signer-unknown', m.signerUnknown, 'signerNip'));
    if (signStation.signers && !signStation.signers.includes(signer.position)) {
      return fail(
        commandError('signer-position', m.signerPosition(signStation.signers), 'signerNip'),
      );
    }

    const { claim } = payload.verification;
    const expectedHash = subjectHash({
      officeId: current.officeId,
      letterNumber: payload.number,
      ...(current.subjectNik ? { nik: current.subjectNik } : {}),
      name: current.subjectName,
    });
    if (
      claim.officeId !== current.officeId ||
      claim.letterNumber !== payload.number ||
      claim.issuedOn !== payload.issuedOn ||
      claim.subjectHash !== expectedHash
    ) {
      return fail(commandError('verification-mismatch', m.verificationMismatch, 'verification'));
    }

    const result = caseUpdated(env, { letterNumber: payload.number });
    if (!result.ok) return result;
    const letter = {
      id: payload.letterId,
      officeId: current.officeId,
      caseId: current.id,
      kind: payload.kind,
      number: payload.number,
      seq: payload.seq,
      issuedOn: payload.issuedOn,
      issuedAt: context.now.toISOString(),
      issuedBy: context.actor.userId,
      addressee: payload.addressee,
      subject: payload.subject,
      signer,
      verification: payload.verification,
      pdf: payload.pdf,
    };
    return { ...result, changes: { ...result.changes, letters: [letter] } };
  },
});
