import { describe, expect, it } from 'vitest';
import { newDraft } from './draft';
import { missingValue, type FieldIssue } from './fieldIssue';
import { stepStates, visibleIssues } from './visibleIssues';

const draft = newDraft({ regencyCode: '73.02', today: '2026-04-02', officer: 'Rina' });
const issues: FieldIssue[] = [
  missingValue('applicant.name', 'Nama lengkap wajib diisi.'),
  { field: 'applicant.nik', severity: 'error', message: 'NIK harus 16 digit, yang diisi 7 digit.' },
  missingValue('priority', 'Pilih prioritas.'),
];

describe('visibleIssues', () => {
  it('shows typing mistakes at once and empty fields once the step was left', () => {
    const onPersons = { ...draft, step: 'persons' as const, visited: ['service' as const] };
    expect(visibleIssues(onPersons, issues).map((issue) => issue.field)).toEqual([
      'applicant.nik',
      'priority',
    ]);
    const atSummary = { ...onPersons, step: 'summary' as const };
    expect(visibleIssues(atSummary, issues)).toHaveLength(3);
  });

  it('gives each step its count of errors shown', () => {
    const onPersons = { ...draft, step: 'persons' as const, visited: ['service' as const] };
    const states = stepStates(onPersons, visibleIssues(onPersons, issues), undefined);
    expect(states.service).toEqual({ errors: 1, done: false, optional: false });
    expect(states.persons.errors).toBe(1);
    expect(states.papers).toEqual({ errors: 0, done: false, optional: false });
  });
});
