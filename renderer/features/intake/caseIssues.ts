// Checks of the steps after the persons: papers, registry check, BPJS status, reason. The
// registry check, BPJS status and reason are also checked on their own in the case dialogs.
import { validateBpjsCardNumber } from '../../../shared/validate';
import type { CaseFacts } from '../../../shared/standards/conditions';
import { dateIssue } from './dateIssue';
import type { BpjsDraft, IntakeDraft, ReasonDraft, RegistryDraft } from './draft';
import { missingValue, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { missingMandatory, paperOf } from './paperStatus';
import { reasonFields } from './reasonFields';
import { bpjsFilled, faskesEntered, reasonEntered, registryFilled } from './sections';
import type { TrackProfile } from './trackProfile';

const messages = intakeLabels.issues;

type Check = (
  draft: IntakeDraft,
  profile: TrackProfile,
  today: string,
  facts: CaseFacts,
) => FieldIssue[];

const error = (field: string, message: string): FieldIssue => ({
  field,
  severity: 'error',
  message,
});

export const paperIssues: Check = (draft, profile, _today, facts) => {
  const issues = profile.papers
    .filter((requirement) => paperOf(draft, requirement.id).status === '')
    .map((requirement) => missingValue(`papers.${requirement.id}`, messages.paperUnmarked));
  const missing = missingMandatory(draft, profile.papers, facts).filter(
    (requirement) => paperOf(draft, requirement.id).status === 'missing',
  );
  if (missing.length > 0) {
    const labels = missing.map((requirement) => requirement.label).join('; ');
    issues.push(
      profile.canReturnPapers
        ? error('papers', messages.papersIncomplete(labels))
        : {
            field: 'papers',
            severity: 'warning',
            message: messages.papersIncompleteNoReturn(labels),
          },
    );
  }
  return issues;
};

/** The registry check as recorded, checked on its own (the wizard's step or the case dialog). */
export function registryCheckIssues(
  registry: RegistryDraft,
  profile: TrackProfile,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (registry.registry === '')
    issues.push(missingValue('registry.registry', messages.registryRequired));
  if (registry.listed === '') issues.push(missingValue('registry.listed', messages.listedRequired));
  const decile = registry.decile.trim();
  if (decile !== '' && !/^(10|[1-9])$/.test(decile)) {
    issues.push(error('registry.decile', messages.decileInvalid));
  } else if (decile === '' && registry.listed === 'yes' && profile.maxDecile !== undefined) {
    issues.push(missingValue('registry.decile', messages.decileRequired(profile.maxDecile)));
  }
  if (profile.asksDataMatches && registry.dataMatches === '') {
    issues.push(missingValue('registry.dataMatches', messages.dataMatchesRequired));
  }
  const checkedOn = dateIssue(registry.checkedOn, {
    field: 'registry.checkedOn',
    name: messages.checkedOn,
    today,
    required: true,
  });
  if (checkedOn) issues.push(checkedOn);
  if (registry.officer.trim() === '')
    issues.push(missingValue('registry.officer', messages.officerRequired));
  return issues;
}

export const registryIssues: Check = (draft, profile, today) =>
  profile.registryRequired || registryFilled(draft)
    ? registryCheckIssues(draft.registry, profile, today)
    : [];

/** The BPJS membership as recorded, checked on its own. */
export function bpjsStatusIssues(
  bpjs: BpjsDraft,
  profile: TrackProfile,
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (bpjs.segment === '') issues.push(missingValue('bpjs.segment', messages.segmentRequired));
  const registered = bpjs.segment !== 'belumTerdaftar';
  if (registered && bpjs.status === '')
    issues.push(missingValue('bpjs.status', messages.statusRequired));
  if (registered && bpjs.cardNumber.trim() !== '') {
    issues.push(...validateBpjsCardNumber(bpjs.cardNumber, { field: 'bpjs.cardNumber' }).issues);
  }
  if (registered) {
    const needsSince = bpjs.status === 'nonActive' && profile.nonActiveLessThanMonths !== undefined;
    const since = dateIssue(bpjs.since, {
      field: 'bpjs.since',
      name: messages.since,
      today,
      required: false,
    });
    if (since) issues.push(since);
    else if (needsSince && bpjs.since.trim() === '') {
      issues.push(
        missingValue('bpjs.since', messages.sinceRequired(profile.nonActiveLessThanMonths ?? 0)),
      );
    }
  }
  if (profile.asksFamilyScheme && bpjs.familyScheme === '') {
    issues.push(missingValue('bpjs.familyScheme', messages.familySchemeRequired));
  }
  return issues;
}

export const bpjsIssues: Check = (draft, profile, today) =>
  profile.bpjsRequired || bpjsFilled(draft) ? bpjsStatusIssues(draft.bpjs, profile, today) : [];

/**
 * The reason and the faskes letter, checked on their own. Where the standard asks for the
 * faskes statement its name and number are required; a reason not chosen is a warning until
 * something of the reason is filled in, unless the kind is `required` (the case dialog).
 */
export function reasonEntryIssues(
  reason: ReasonDraft,
  profile: TrackProfile,
  today: string,
  required = false,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const faskesRequired = profile.faskesPaper?.mandatory === true;
  if (reason.kind === '') {
    issues.push(
      required || reasonEntered(reason) || faskesRequired
        ? missingValue(reasonFields.kind, messages.reasonKindRequired)
        : { ...missingValue(reasonFields.kind, messages.reasonKindMissing), severity: 'warning' },
    );
  }
  if (faskesRequired || faskesEntered(reason)) {
    if (reason.faskesName.trim() === '') {
      issues.push(missingValue(reasonFields.faskesName, messages.faskesNameRequired));
    }
    if (reason.faskesLetterNumber.trim() === '') {
      issues.push(missingValue(reasonFields.faskesLetterNumber, messages.faskesNumberRequired));
    }
  }
  const letterDate = dateIssue(reason.faskesLetterDate, {
    field: reasonFields.faskesLetterDate,
    name: messages.letterDate,
    today,
    required: false,
  });
  if (letterDate) issues.push(letterDate);
  return issues;
}

export const reasonIssues: Check = (draft, profile, today) =>
  reasonEntryIssues(draft.reason, profile, today);
