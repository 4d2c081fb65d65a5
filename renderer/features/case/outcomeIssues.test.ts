import { describe, expect, it } from 'vitest';
import { outcomeIssues, outcomePayload } from './outcomeIssues';

const accepted = { kind: 'accepted' as const, cardNumber: '', activeFrom: '', reason: '' };

describe('the BPJS answer as typed', () => {
  it('asks for the card and the date, both only once the clerk tries to save', () => {
    const issues = outcomeIssues(accepted);
    expect(issues.map((issue) => [issue.field, issue.missing])).toEqual([
      ['outcome.cardNumber', true],
      ['outcome.activeFrom', true],
    ]);
  });

  it('takes a card written with spaces and a date still to come', () => {
    const draft = { ...accepted, cardNumber: '0001 2345 67890', activeFrom: '01-12-2099' };
    expect(outcomeIssues(draft)).toEqual([]);
    expect(outcomePayload(draft)).toEqual({
      kind: 'accepted',
      cardNumber: '0001234567890',
      activeFrom: '2099-12-01',
    });
  });

  it('needs the reason of a rejection', () => {
    const rejected = { ...accepted, kind: 'rejected' as const };
    expect(outcomeIssues(rejected)).toHaveLength(1);
    expect(outcomeIssues({ ...rejected, reason: 'Data ganda' })).toEqual([]);
    expect(outcomePayload({ ...rejected, reason: ' Data ganda ' })).toEqual({
      kind: 'rejected',
      reason: 'Data ganda',
    });
  });
});
