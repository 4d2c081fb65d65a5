// What the chosen track of a standard asks of the intake, read from the published data only:
// which papers, which checks, whether it serves newborns, whether papers can go back.
import {
  isNewbornTrack,
  newbornWindowDays,
  paperOfType,
  paperRequirements,
} from '../../../shared/cases/papers';
import type { FactName } from '../../../shared/standards/conditions';
import type {
  BpjsSegment,
  Eligibility,
  RegistryName,
  Requirement,
  ServiceStandard,
} from '../../../shared/standards/schema';
import { missingFacts } from '../../../shared/workflow/branches';

export interface TrackProfile {
  standard: ServiceStandard;
  trackId: string;
  /** Papers the citizen brings (requirements of kind `document`). */
  papers: Requirement[];
  /** Registry checks and conditions the officer establishes, not papers. */
  checks: Requirement[];
  newborn: boolean;
  newbornWindowDays?: number;
  /** Registries whose listing counts; empty when the standard names none. */
  registries: RegistryName[];
  registryRequired: boolean;
  maxDecile?: number;
  /** The track's steps branch on whether the registry data match the papers (Solok). */
  asksDataMatches: boolean;
  /** The track's letter or steps depend on the family's scheme (Solok newborns). */
  asksFamilyScheme: boolean;
  bpjsRequired: boolean;
  bpjsSegments?: BpjsSegment[];
  nonActiveLessThanMonths?: number;
  /** The faskes statement of Permensos 3/2026, when the track asks for it. */
  faskesPaper?: Requirement;
  /** The track has a paper check (or a branch) that may give incomplete papers back. */
  canReturnPapers: boolean;
}

/** Every fact the track's branches, letters and conditional requirements read. */
function factsRead(standard: ServiceStandard, trackId: string): Set<FactName> {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  const conditions = [
    ...(track?.steps.flatMap((step) => step.branches?.map((branch) => branch.when) ?? []) ?? []),
    ...standard.products
      .filter((product) => product.track === undefined || product.track === trackId)
      .flatMap(
        (product) => product.addressee?.flatMap((rule) => (rule.when ? [rule.when] : [])) ?? [],
      ),
    ...standard.requirements.flatMap((requirement) =>
      requirement.appliesWhen ? [requirement.appliesWhen] : [],
    ),
  ];
  return new Set(conditions.flatMap((condition) => missingFacts(condition, {})));
}

function merged(standard: ServiceStandard, trackId: string): Eligibility {
  const track = standard.tracks.find((candidate) => candidate.id === trackId)?.eligibility ?? {};
  const base = standard.eligibility;
  const registry = track.registry ?? base.registry;
  const bpjs = base.bpjs || track.bpjs ? { ...base.bpjs, ...track.bpjs } : undefined;
  return { ...(registry ? { registry } : {}), ...(bpjs ? { bpjs } : {}) };
}

export function trackProfile(standard: ServiceStandard, trackId: string): TrackProfile {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  const facts = factsRead(standard, trackId);
  const rules = merged(standard, trackId);
  const applies = (requirement: Requirement) =>
    requirement.track === undefined || requirement.track === trackId;
  const window = newbornWindowDays(standard, trackId);
  const asksFamilyScheme = facts.has('family.scheme');
  const asksDataMatches = facts.has('registry.dataMatches');
  const faskesPaper = paperOfType(standard, trackId, 'keteranganFaskes');
  return {
    standard,
    trackId,
    papers: paperRequirements(standard, trackId),
    checks: standard.requirements.filter(
      (requirement) => requirement.kind !== 'document' && applies(requirement),
    ),
    newborn: isNewbornTrack(standard, trackId),
    ...(window !== undefined ? { newbornWindowDays: window } : {}),
    registries: rules.registry?.accepted ?? [],
    registryRequired: rules.registry !== undefined || asksDataMatches,
    ...(rules.registry?.maxDecile !== undefined ? { maxDecile: rules.registry.maxDecile } : {}),
    asksDataMatches,
    asksFamilyScheme,
    bpjsRequired: rules.bpjs !== undefined || asksFamilyScheme,
    ...(rules.bpjs?.segments ? { bpjsSegments: rules.bpjs.segments } : {}),
    ...(rules.bpjs?.nonActiveLessThanMonths !== undefined
      ? { nonActiveLessThanMonths: rules.bpjs.nonActiveLessThanMonths }
      : {}),
    ...(faskesPaper ? { faskesPaper } : {}),
    canReturnPapers:
      track?.steps.some(
        (step) =>
          step.kind === 'checkPapers' ||
          step.branches?.some((branch) => branch.then === 'returnPapers'),
      ) ?? false,
  };
}
