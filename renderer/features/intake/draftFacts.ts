// The case facts the draft already establishes, for the live eligibility findings. The
// commands record the same facts when the case is registered.
import { daysBetween, wholeMonthsBetween } from '../../../shared/cases/dateSpans';
import type { CaseFacts } from '../../../shared/standards/conditions';
import type { IntakeDraft } from './draft';
import { missingMandatory } from './paperStatus';
import type { TrackProfile } from './trackProfile';
import { isoOf } from '../../components/form/typedDate';

/** The person to be covered: the applicant when applying for themself. */
export const subjectOf = (draft: IntakeDraft) =>
  draft.relationship === 'self' ? draft.applicant : draft.subject;

export function draftFacts(draft: IntakeDraft, profile: TrackProfile, today: string): CaseFacts {
  const facts: CaseFacts = {};
  const { registry, bpjs } = draft;
  if (registry.registry) facts['registry.name'] = registry.registry;
  if (registry.listed) facts['registry.listed'] = registry.listed === 'yes';
  const decile = Number(registry.decile);
  if (registry.listed === 'yes' && Number.isInteger(decile) && decile >= 1 && decile <= 10) {
    facts['registry.decile'] = decile;
  }
  if (registry.dataMatches) facts['registry.dataMatches'] = registry.dataMatches === 'yes';
  if (bpjs.segment) facts['bpjs.segment'] = bpjs.segment;
  const status = bpjs.segment === 'belumTerdaftar' ? 'nonActive' : bpjs.status;
  if (status) facts['bpjs.status'] = status;
  const since = isoOf(bpjs.since);
  if (status === 'nonActive' && since && since <= today) {
    facts['bpjs.nonActiveMonths'] = wholeMonthsBetween(since, today);
  }
  if (bpjs.familyScheme) facts['family.scheme'] = bpjs.familyScheme;
  const born = isoOf(subjectOf(draft).birthDate);
  if (profile.newbornWindowDays !== undefined && born) {
    const age = daysBetween(born, today);
    facts['subject.isNewborn'] = age >= 0 && age <= profile.newbornWindowDays;
  }
  facts['papers.complete'] = missingMandatory(draft, profile.papers, facts).length === 0;
  if (profile.faskesPaper) {
    facts['faskes.letterPresent'] = draft.papers[profile.faskesPaper.id]?.status === 'present';
  }
  return facts;
}
