// Everything the wizard shows about a draft, computed in one place from the draft alone:
// the standard and track profile, the facts, the issues per field, the eligibility findings.
import type { CaseFacts } from '../../../shared/standards/conditions';
import {
  evaluateEligibility,
  type EligibilityFinding,
} from '../../../shared/standards/eligibility';
import type { Requirement, ServiceStandard } from '../../../shared/standards/schema';
import type { RegionCheck } from '../../../shared/validate';
import { bpjsIssues, paperIssues, reasonIssues, registryIssues } from './caseIssues';
import type { IntakeDraft } from './draft';
import { draftFacts } from './draftFacts';
import { missingValue, type FieldIssue } from './fieldIssue';
import { intakeLabels } from './labels';
import { missingMandatory } from './paperStatus';
import { personIssues } from './personIssues';
import { trackProfile, type TrackProfile } from './trackProfile';

const messages = intakeLabels.issues;

export interface IntakeSetting {
  /** The office-local date (`YYYY-MM-DD`). */
  today: string;
  /** The services in force today that the office offers. */
  services: readonly ServiceStandard[];
  regions?: RegionCheck;
}

export interface DraftReview {
  standard?: ServiceStandard;
  profile?: TrackProfile;
  facts: CaseFacts;
  issues: FieldIssue[];
  findings: EligibilityFinding[];
  /** Mandatory papers not marked present. */
  missing: Requirement[];
}

export function reviewDraft(draft: IntakeDraft, setting: IntakeSetting): DraftReview {
  const { today, regions } = setting;
  const standard = setting.services.find((service) => service.serviceCode === draft.serviceCode);
  const track = standard?.tracks.find((candidate) => candidate.id === draft.trackId);
  const profile = standard && track ? trackProfile(standard, track.id) : undefined;
  const issues: FieldIssue[] = [];
  const error = (field: string, message: string) =>
    issues.push({ field, severity: 'error', message });

  if (draft.serviceCode === '') issues.push(missingValue('serviceCode', messages.serviceRequired));
  else if (!standard) error('serviceCode', messages.serviceGone);
  else if (!track) issues.push(missingValue('trackId', messages.trackRequired));
  if (draft.priority === '') issues.push(missingValue('priority', messages.priorityRequired));

  const self = draft.relationship === 'self';
  issues.push(
    ...personIssues(draft.applicant, {
      field: 'applicant',
      today,
      nikOptional: false,
      checkAddress: true,
      wantsPhone: true,
      ...(regions ? { regions } : {}),
    }),
  );
  if (!self) {
    issues.push(
      ...personIssues(draft.subject, {
        field: 'subject',
        today,
        nikOptional: profile?.newborn ?? false,
        checkAddress: !draft.subjectSameAddress,
        wantsPhone: false,
        ...(regions ? { regions } : {}),
      }),
    );
  }
  if (!profile)
    return { issues, facts: {}, findings: [], missing: [], ...(standard ? { standard } : {}) };

  const facts = draftFacts(draft, profile, today);
  for (const check of [paperIssues, registryIssues, bpjsIssues, reasonIssues]) {
    issues.push(...check(draft, profile, today, facts));
  }
  return {
    standard: profile.standard,
    profile,
    facts,
    issues,
    findings: evaluateEligibility(profile.standard, profile.trackId, facts),
    missing: missingMandatory(draft, profile.papers, facts),
  };
}
