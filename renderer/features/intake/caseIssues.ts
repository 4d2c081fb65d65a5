// Checks of the steps after the persons: papers, registry check, BPJS status, reason.
import { validateBpjsCardNumber } from '../../../shared/validate';
import type { CaseFacts } from '../../../shared/standards/conditions';
import { dateIssue } from './dateIssue';
import type { IntakeDraft } from './draft';
import { missingValue, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { missingMandatory, paperOf } from './paperStatus';
import { reasonFields } from './reasonFields';
import { bpjsFilled, faskesFilled, reasonFilled, registryFilled } from './sections';
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

export const registryIssues: Check = (draft, profile, today) => {
  if (!profile.registryRequired && !registryFilled(draft)) return [];
  const { registry } = draft;
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
};

export const bpjsIssues: Check = (draft, profile, today) => {
  if (!profile.bpjsRequired && !bpjsFilled(draft)) return [];
  const { bpjs } = draft;
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
};

export const reasonIssues: Check = (draft, profile, today) => {
  const { reason } = draft;
  const issues: FieldIssue[] = [];
  const faskesRequired = profile.faskesPaper?.mandatory === true;
  if (reason.kind === '') {
    issues.push(
      reasonFilled(draft) || faskesRequired
        ? missingValue(reasonFields.kind, messages.reasonKindRequired)
        : { ...missingValue(reasonFields.kind, messages.reasonKindMissing), severity: 'warning' },
    );
  }
  if (faskesRequired || faskesFilled(draft)) {
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
};
