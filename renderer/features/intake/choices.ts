// The choices of step 1 and what they sensibly set further on. Pure.
import { isNewbornTrack } from '../../../shared/cases/papers';
import type { Priority, Reason } from '../../../shared/cases/records';
import type { ServiceStandard } from '../../../shared/standards/schema';
import type { IntakeDraft } from './draft';

/** A service with one track takes it at once; a newborn cannot apply for itself. */
export function chooseService(draft: IntakeDraft, standard: ServiceStandard): IntakeDraft {
  if (draft.serviceCode === standard.serviceCode) return draft;
  const only = standard.tracks.length === 1 ? standard.tracks[0]?.id : undefined;
  const next = { ...draft, serviceCode: standard.serviceCode, trackId: '' };
  return only ? chooseTrack(next, standard, only) : next;
}

export function chooseTrack(
  draft: IntakeDraft,
  standard: ServiceStandard,
  trackId: string,
): IntakeDraft {
  const next = { ...draft, trackId };
  if (isNewbornTrack(standard, trackId) && next.relationship === 'self') {
    return { ...next, relationship: 'parent' };
  }
  return next;
}

const reasonForPriority: Partial<Record<Priority, Reason['kind']>> = {
  emergency: 'emergency',
  childbirth: 'childbirth',
  chronic: 'chronic',
};

/** An urgent priority also names the reason, unless the clerk already chose one. */
export function choosePriority(draft: IntakeDraft, priority: Priority): IntakeDraft {
  const kind = reasonForPriority[priority];
  const untouched =
    draft.reason.kind === '' || draft.reason.kind === reasonForPriority[draft.priority || 'none'];
  return {
    ...draft,
    priority,
    reason: untouched ? { ...draft.reason, kind: kind ?? '' } : draft.reason,
  };
}
