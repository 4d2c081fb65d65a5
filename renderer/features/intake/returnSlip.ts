// What the return slip (tanda pengembalian berkas) says, fixed at the moment papers go back,
// so the slip on screen stays the same after a reload and whatever the draft becomes.
import { todayIn } from '../../../shared/dates/localDate';
import { letterheadOf, type Letterhead } from '../../../shared/office/letterhead';
import type { Office } from '../../../shared/standards/schema';
import type { RegionTable } from '../../../shared/validate';
import { addressText } from './addressText';
import { subjectOf } from './draftFacts';
import type { IntakeDraft } from './draft';
import { intakeLabels } from './labels';
import type { DraftReview } from './reviewDraft';

export interface SlipPaper {
  label: string;
  issuer?: string;
  copies?: string;
  notes: string[];
  anyOf: string[];
}

export interface ReturnSlipData {
  caseId: string;
  /** The office-local date the papers went back. */
  date: string;
  city: string;
  letterhead: Letterhead;
  service: string;
  subject: { name: string; nik?: string; address: string };
  /** Absent when the applicant is the subject. */
  applicant?: { name: string; relationship: string };
  missing: SlipPaper[];
  officer: string;
}

const labels = intakeLabels.papers;

export function returnSlipData(
  draft: IntakeDraft,
  review: DraftReview,
  context: {
    caseId: string;
    now: Date;
    office: Office & { emblem?: string };
    officer: string;
    regions?: Pick<RegionTable, 'lookup'>;
  },
): ReturnSlipData {
  const subject = subjectOf(draft);
  const address =
    draft.relationship === 'self' || draft.subjectSameAddress
      ? draft.applicant.address
      : subject.address;
  const { standard, profile } = review;
  const track = standard?.tracks.find((candidate) => candidate.id === draft.trackId);
  const service = [
    standard?.title,
    standard && standard.tracks.length > 1 ? track?.label : undefined,
  ]
    .filter(Boolean)
    .join(' — ');
  return {
    caseId: context.caseId,
    date: todayIn(context.office.timeZone, context.now),
    city: context.office.city,
    letterhead: letterheadOf(context.office),
    service,
    subject: {
      name: subject.name.trim(),
      ...(subject.nik.trim() && !(profile?.newborn && subject.noNik)
        ? { nik: subject.nik.trim() }
        : {}),
      address: addressText(address, context.regions),
    },
    ...(draft.relationship === 'self'
      ? {}
      : {
          applicant: {
            name: draft.applicant.name.trim(),
            relationship: intakeLabels.relationshipNouns[draft.relationship],
          },
        }),
    missing: review.missing.map((requirement) => ({
      label: requirement.label,
      ...(requirement.issuer ? { issuer: requirement.issuer } : {}),
      ...(requirement.copies
        ? {
            copies: requirement.perFamilyMember
              ? labels.copiesPerMember(requirement.copies)
              : labels.copies(requirement.copies),
          }
        : {}),
      notes: requirement.notes ?? [],
      anyOf: requirement.anyOf ?? [],
    })),
    officer: context.officer,
  };
}
