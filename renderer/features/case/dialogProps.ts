import type { CommandError } from '../../../shared/commands/types';
import type { BlobRow } from '../../db/rows';

/** What every action dialog gets from the case screen. */
export interface DialogProps {
  errors: readonly CommandError[];
  busy: boolean;
  /** Saves the action; `blobs` are the scans it names, stored with it. */
  onSubmit(payload: Record<string, unknown>, blobs?: readonly BlobRow[]): void;
  onClose(): void;
}
