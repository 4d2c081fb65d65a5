import { describe, expect, it } from 'vitest';
import { newDraft } from './draft';
import { createIntakeStore } from './intakeStore';

/** localStorage as the browser gives it, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const fresh = () => newDraft({ regencyCode: '73.02', today: '2026-04-02', officer: 'Rina' });
const scan = { id: 'a'.repeat(64), mime: 'image/jpeg', size: 10, name: 'kk.jpg' };

describe('intake store', () => {
  it('keeps each user’s draft under their own key, typed-but-invalid values included', () => {
    const storage = memoryStorage();
    const rina = createIntakeStore('u-rina', storage);
    rina.getState().start(fresh());
    rina.getState().setPerson('applicant', { nik: '73020157', birthDate: '31-02-1980' });
    rina.getState().setStep('persons');

    const reloaded = createIntakeStore('u-rina', storage);
    expect(reloaded.getState().draft?.applicant).toMatchObject({
      nik: '73020157',
      birthDate: '31-02-1980',
    });
    expect(reloaded.getState().draft?.step).toBe('persons');
    expect(reloaded.getState().draft?.visited).toEqual(['service']);
    expect(createIntakeStore('u-andi', storage).getState().draft).toBeNull();
    expect(storage.getItem('loket.intake.u-rina')).toContain('73020157');
  });

  it('forgets a command error once its field is edited, never the value', () => {
    const store = createIntakeStore('u-1', memoryStorage());
    store.getState().start(fresh());
    store.getState().setPerson('applicant', { nik: '7302015705800001' });
    store.getState().setCommandIssues([
      { field: 'applicant.nik', severity: 'error', message: 'NIK ditolak' },
      { field: 'reason.faskes.name', severity: 'error', message: 'Isi nama faskes' },
    ]);
    store.getState().setReason({ faskesName: 'RSUD' });
    expect(store.getState().commandIssues.map((issue) => issue.field)).toEqual(['applicant.nik']);
    store.getState().setPerson('applicant', { nik: '7302015705800002' });
    expect(store.getState().commandIssues).toEqual([]);
    expect(store.getState().draft?.applicant.nik).toBe('7302015705800002');
  });

  it('says when a removed scan is no longer used by any paper', () => {
    const store = createIntakeStore('u-2', memoryStorage());
    store.getState().start(fresh());
    store.getState().addScan('fotokopiKk', scan);
    store.getState().addScan('fotokopiKk', scan);
    store.getState().addScan('fotokopiKtp', scan);
    expect(store.getState().draft?.papers.fotokopiKk?.scans).toHaveLength(1);
    expect(store.getState().removeScan('fotokopiKk', scan.id)).toBe(false);
    expect(store.getState().removeScan('fotokopiKtp', scan.id)).toBe(true);
  });

  it('ends the draft and keeps the return slip until it is closed', () => {
    const storage = memoryStorage();
    const store = createIntakeStore('u-3', storage);
    store.getState().start(fresh());
    const progress = { caseId: 'c', applicantId: 'a', subjectId: 's' };
    store.getState().setProgress(progress);
    expect(store.getState().draft?.progress).toEqual(progress);
    store.getState().setProgress(undefined);
    expect(store.getState().draft && 'progress' in store.getState().draft!).toBe(false);
    const slip = { caseId: 'c' } as never;
    store.getState().finish(slip);
    expect(createIntakeStore('u-3', storage).getState()).toMatchObject({ draft: null, slip });
    store.getState().clear();
    expect(createIntakeStore('u-3', storage).getState().slip).toBeNull();
  });
});
