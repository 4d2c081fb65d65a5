import type { CommandError } from '../../../shared/commands/types';

/** What every action dialog gets from the case screen. */
export interface DialogProps {
  errors: readonly CommandError[];
  busy: boolean;
  onSubmit(payload: Record<string, unknown>): void;
  onClose(): void;
}
