import { z } from 'zod';
import { daysBetween } from '../cases/dateSpans';
import { indexFields } from '../cases/indexFields';
import { documentId, isNewbornTrack, newbornWindowDays, paperRequirements } from '../cases/papers';
import {
  personInputSchema,
  prioritySchema,
  reasonSchema,
  relationshipSchema,
  type CaseRecord,
  type DocumentRecord,
  type PersonInput,
} from '../cases/records';
import { todayIn } from '../dates/localDate';
import type { CaseFacts } from '../standards/conditions';
import type { ServiceStandard } from '../standards/schema';
import { commandError, fail, fromWorkflow } from './errors';
import { idSchema } from './fields';
import { commandMessages } from './messages';
import { openCase } from './openCase';
import { parsePayload } from './parsePayload';
import { personRecord } from './personRecord';
import { cleanReason, reasonErrors } from './reasonRules';
import { standardForNewCase } from './standardOf';
import type { CommandDefinition, CommandError, CommandResult } from './types';

export const caseRegisterSchema = z.strictObject({
  caseId: idSchema,
  applicantId: idSchema,
  subjectId: idSchema,
  officeId: z.string().min(1),
  serviceCode: z.string().min(1),
  trackId: z.string().min(1),
  priority: prioritySchema,
  relationship: relationshipSchema,
  /** The person at the counter. */
  applicant: personInputSchema,
  /** The person to be covered; left out (or the same as the applicant) when relationship is `self`. */
  subject: personInputSchema.optional(),
  reason: reasonSchema.optional(),
});
export type CaseRegisterPayload = z.infer<typeof caseRegisterSchema>;

/**
 * Opens a case under the standard in force on the office-local date: validates
 * both persons (a newborn on a newborn track may have no NIK yet), opens the
 * workflow with the citizen's arrival already recorded, and writes the persons,
 * an empty paper checklist for the track and the case.
 */
export const caseRegister: CommandDefinition<CaseRegisterPayload> = {
  type: 'case.register',
  schema: caseRegisterSchema,
  needs: (payload) => ({ caseId: payload.caseId }),
  run(input, context) {
    const parsed = parsePayload(caseRegisterSchema, input.payload);
    if (!parsed.ok) return parsed;
    const payload = parsed.payload;
    const { office, now, actor } = context;
    if (payload.officeId !== office.id) {
      return fail(
        commandError(
          'office-mismatch',
          commandMessages.registerOfficeMismatch(office.id),
          'officeId',
        ),
      );
    }
    if (input.current) return replay(input.current, payload);
    const subjectInput = subjectOf(payload);
    if ('error' in subjectInput) return fail(subjectInput.error);
    const today = todayIn(office.timeZone, now);
    const found = standardForNewCase(
      context.catalog,
      office.id,
      payload.serviceCode,
      payload.trackId,
      today,
    );
    if (!found.ok) return fail(found.error);
    const { standard, workflow } = found;
    const opened = openCase(
      workflow,
      actor,
      now,
      intakeFacts(standard, payload.trackId, subjectInput.person, today),
    );
    if (!opened.ok) return fail(fromWorkflow(opened.error));

    const common = { officeId: office.id, today, now };
    const applicantCheck = personRecord(payload.applicant, {
      ...common,
      id: payload.applicantId,
      field: 'applicant',
      nikRequired: true,
    });
    const subjectCheck = subjectInput.same
      ? applicantCheck
      : personRecord(subjectInput.person, {
          ...common,
          id: payload.subjectId,
          field: 'subject',
          nikRequired: !isNewbornTrack(standard, payload.trackId),
        });
    const checks = subjectInput.same ? [applicantCheck] : [applicantCheck, subjectCheck];
    const reason = payload.reason ? cleanReason(payload.reason) : undefined;
    const errors = [
      ...checks.flatMap((check) => check.errors),
      ...(reason ? reasonErrors(reason, standard, payload.trackId, today) : []),
    ];
    const applicant = applicantCheck.record;
    const subject = subjectCheck.record;
    if (errors.length > 0 || !applicant || !subject) return { ok: false, errors };

    const at = now.toISOString();
    const documents = paperRequirements(standard, payload.trackId).map(
      (requirement): DocumentRecord => ({
        id: documentId(payload.caseId, requirement.id),
        caseId: payload.caseId,
        requirementId: requirement.id,
        status: 'missing',
        blobIds: [],
        updatedAt: at,
      }),
    );
    const fields = indexFields(opened.state, at, {
      standard,
      workflow,
      office,
      now,
      ...(context.holidays ? { holidays: context.holidays } : {}),
    });
    const record: CaseRecord = {
      id: payload.caseId,
      officeId: office.id,
      serviceCode: standard.serviceCode,
      standardVersion: standard.version,
      trackId: payload.trackId,
      priority: payload.priority,
      applicantId: payload.applicantId,
      subjectId: payload.subjectId,
      relationship: payload.relationship,
      ...(subject.nik ? { subjectNik: subject.nik } : {}),
      ...(subject.kk ? { subjectKk: subject.kk } : {}),
      subjectNameKey: subject.nameKey,
      subjectName: subject.name,
      ...(reason ? { reason } : {}),
      workflow: opened.state,
      notes: [],
      createdAt: at,
      createdBy: actor.userId,
      ...fields,
    };
    return {
      ok: true,
      caseId: payload.caseId,
      changes: {
        cases: [record],
        persons: subjectInput.same ? [applicant] : [applicant, subject],
        documents,
      },
      warnings: checks.flatMap((check) => check.warnings),
    };
  },
};

/** A registration sent again (a retried sync, a double click) is recorded once. */
function replay(current: CaseRecord, payload: CaseRegisterPayload): CommandResult {
  const same =
    current.officeId === payload.officeId &&
    current.serviceCode === payload.serviceCode &&
    current.trackId === payload.trackId &&
    current.applicantId === payload.applicantId &&
    current.subjectId === payload.subjectId;
  if (!same) return fail(commandError('case-id-taken', commandMessages.caseIdTaken, 'caseId'));
  return {
    ok: true,
    caseId: current.id,
    changes: {},
    warnings: [commandError('already-registered', commandMessages.alreadyRegistered)],
  };
}

/** The person to be covered, and whether it is the applicant. */
function subjectOf(
  payload: CaseRegisterPayload,
): { person: PersonInput; same: boolean } | { error: CommandError } {
  const { applicant, subject, relationship, applicantId, subjectId } = payload;
  if (relationship === 'self') {
    if (subjectId !== applicantId) {
      return { error: commandError('subject-not-self', commandMessages.selfSameId, 'subjectId') };
    }
    if (subject && JSON.stringify(subject) !== JSON.stringify(applicant)) {
      return { error: commandError('subject-not-self', commandMessages.selfSameData, 'subject') };
    }
    return { person: applicant, same: true };
  }
  if (subjectId === applicantId) {
    return {
      error: commandError('subject-is-applicant', commandMessages.otherPersonId, 'subjectId'),
    };
  }
  if (!subject) {
    return { error: commandError('subject-required', commandMessages.subjectRequired, 'subject') };
  }
  return { person: subject, same: false };
}

/** What is known at intake: whether the subject is a newborn, where the standard sets a window. */
function intakeFacts(
  standard: ServiceStandard,
  trackId: string,
  subject: PersonInput,
  today: string,
): CaseFacts {
  const window = newbornWindowDays(standard, trackId);
  if (window === undefined) return {};
  const age = daysBetween(subject.birthDate, today);
  return { 'subject.isNewborn': age >= 0 && age <= window };
}
