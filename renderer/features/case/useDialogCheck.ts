import { useState } from 'react';
import { hasError, type PlacedMessage } from '../../components/form/fieldMessage';

/** A finding of a dialog's own check; `missing` ones wait for the first try to save. */
export type DialogIssue = PlacedMessage & { missing?: boolean };

/**
 * What a dialog shows of its own check: mistakes in what was typed at once, empty required
 * fields only after a first try to save, so a fresh form is not a wall of red.
 */
export function useDialogCheck(issues: readonly DialogIssue[]) {
  const [tried, setTried] = useState(false);
  return {
    shown: issues.filter((issue) => !issue.missing || tried),
    /** Marks the first try; true when nothing blocks saving. */
    passes(): boolean {
      setTried(true);
      return !hasError(issues);
    },
  };
}
