import { describe, expect, it } from 'vitest';
import { hasError, isAtOrUnder, messagesAt, rebase } from './fieldMessage';

describe('field paths', () => {
  it('knows a field and the fields under it, not its namesakes', () => {
    expect(isAtOrUnder('applicant.address.rt', 'applicant')).toBe(true);
    expect(isAtOrUnder('applicant', 'applicant')).toBe(true);
    expect(isAtOrUnder('applicantId', 'applicant')).toBe(false);
  });

  it('moves a payload path under the form’s own root', () => {
    const place = rebase('check', 'registry');
    expect(place('check.decile')).toBe('registry.decile');
    expect(place('check')).toBe('registry');
    expect(place('caseId')).toBeUndefined();
  });

  it('picks a field’s messages and tells errors from warnings', () => {
    const messages = [
      { field: 'bpjs.since', severity: 'warning' as const, message: 'a' },
      { field: 'bpjs.segment', severity: 'error' as const, message: 'b' },
      { field: 'reason.kind', severity: 'error' as const, message: 'c' },
    ];
    expect(messagesAt(messages, 'bpjs').map((m) => m.message)).toEqual(['a', 'b']);
    expect(hasError(messagesAt(messages, 'bpjs.since'))).toBe(false);
    expect(hasError(messagesAt(messages, 'bpjs'))).toBe(true);
  });
});
