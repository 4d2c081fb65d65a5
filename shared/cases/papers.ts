import { evaluateCondition, type CaseFacts } from '../standards/conditions';
import type { Requirement, ServiceStandard } from '../standards/schema';
import type { DocumentRecord } from './records';

/** The id of a case's checklist entry for one requirement. */
export const documentId = (caseId: string, requirementId: string) => `${caseId}:${requirementId}`;

/**
 * The papers (requirements of kind `document`) the citizen brings for a track.
 * Registry and condition requirements are not papers: the registry check and the
 * BPJS status record them as facts.
 */
export function paperRequirements(standard: ServiceStandard, trackId: string): Requirement[] {
  return standard.requirements.filter(
    (requirement) =>
      requirement.kind === 'document' &&
      (requirement.track === undefined || requirement.track === trackId),
  );
}

/**
 * The mandatory papers not present on the checklist. A requirement that applies
 * only under a condition is left out once the facts say it does not apply; while
 * undecided it is still asked for.
 */
export function missingPapers(
  requirements: readonly Requirement[],
  documents: readonly DocumentRecord[],
  facts: CaseFacts,
): Requirement[] {
  return requirements.filter((requirement) => {
    if (!requirement.mandatory) return false;
    if (requirement.appliesWhen && evaluateCondition(requirement.appliesWhen, facts) === false) {
      return false;
    }
    const document = documents.find((candidate) => candidate.requirementId === requirement.id);
    return document?.status !== 'present';
  });
}

/** The track's paper of a given type, e.g. the faskes statement of Permensos 3/2026. */
export function paperOfType(
  standard: ServiceStandard,
  trackId: string,
  documentType: NonNullable<Requirement['documentType']>,
): Requirement | undefined {
  return paperRequirements(standard, trackId).find(
    (requirement) => requirement.documentType === documentType,
  );
}

const birthPapers: ReadonlyArray<Requirement['documentType']> = [
  'aktaKelahiran',
  'keteranganLahir',
];

/**
 * Whether a track serves newborns (who may have no NIK yet): the standard or the
 * track sets a newborn window, or the track alone asks for a birth certificate or
 * birth statement (Solok's newborn track).
 */
export function isNewbornTrack(standard: ServiceStandard, trackId: string): boolean {
  if (newbornWindowDays(standard, trackId) !== undefined) return true;
  return standard.requirements.some(
    (requirement) =>
      requirement.track === trackId && birthPapers.includes(requirement.documentType),
  );
}

/** The published newborn window in days (track rule first), if any. */
export function newbornWindowDays(standard: ServiceStandard, trackId: string): number | undefined {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  return track?.eligibility?.newbornWithinDays ?? standard.eligibility.newbornWithinDays;
}
