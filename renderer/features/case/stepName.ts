import type { Station } from '../../../shared/workflow';
import { caseLabels } from './labels';

/**
 * A short name for a step, for tables and buttons: the published step text is a
 * whole sentence ("Verifikasi dokumen: berkas yang lengkap akan diterima …").
 */
export function stepName(station: Station): string {
  if (station.parafSlot) {
    const { position, index, count } = station.parafSlot;
    return caseLabels.steps.paraf(position, index + 1, count);
  }
  return caseLabels.steps.kinds[station.kind];
}
