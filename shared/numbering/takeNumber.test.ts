import { describe, expect, it } from 'vitest';
import type { NumberBlock } from './blocks';
import { addBlock, createDeviceNumberState, type DeviceNumberState } from './deviceState';
import { canDraftLetter, takeNumber } from './takeNumber';

const block = (start: number, end: number, year = 2026): NumberBlock => ({
  officeId: 'kantor-a',
  year,
  deviceId: 'loket-1',
  start,
  end,
});

const holding = (...blocks: NumberBlock[]): DeviceNumberState =>
  blocks.reduce(addBlock, createDeviceNumberState('kantor-a', 'loket-1'));

const take = (state: DeviceNumberState, date: string) => {
  const taken = takeNumber(state, date);
  if (!taken.ok) throw new Error(taken.error.message);
  return taken.value;
};

const exhausted2026 = {
  ok: false,
  error: {
    code: 'numbers-exhausted',
    message:
      'Nomor surat untuk tahun 2026 di perangkat ini sudah habis. Sambungkan perangkat ke server untuk meminta blok nomor baru sebelum membuat surat.',
  },
};

describe('takeNumber', () => {
  it('takes numbers in order across blocks, skipping the gap between them', () => {
    let state = holding(block(31, 32), block(1, 2));
    const seqs: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const taken = take(state, '2026-05-02');
      seqs.push(taken.seq);
      state = taken.state;
    }
    expect(seqs).toEqual([1, 2, 31, 32]);
    expect(takeNumber(state, '2026-05-02')).toEqual(exhausted2026);
  });

  it('never changes the state it was given', () => {
    const state = holding(block(1, 5));
    const snapshot = structuredClone(state);
    const taken = take(state, '2026-01-01');
    expect(state).toEqual(snapshot);
    expect(take(state, '2026-01-01').seq).toBe(taken.seq);
    expect(take(taken.state, '2026-01-01').seq).toBe(2);
  });

  it('restarts with the first block of the new year and never carries 2026 blocks into 2027', () => {
    const end2026 = take(holding(block(101, 200), block(1, 50, 2027)), '2026-12-31');
    expect(end2026).toMatchObject({ year: 2026, seq: 101 });
    const newYear = take(end2026.state, '2027-01-01');
    expect(newYear).toMatchObject({ year: 2027, seq: 1 });
    expect(takeNumber(holding(block(1, 50)), '2027-01-01')).toMatchObject({
      ok: false,
      error: { code: 'numbers-exhausted', message: expect.stringContaining('tahun 2027') },
    });
  });
});

describe('canDraftLetter', () => {
  it('says which number the letter will get and how many are left', () => {
    expect(canDraftLetter(holding(block(11, 20)), '2026-03-01')).toEqual({
      ok: true,
      value: { year: 2026, nextSeq: 11, left: 10 },
    });
  });

  it('refuses before drafting once the last number is gone', () => {
    const last = take(holding(block(7, 7)), '2026-08-17');
    expect(last.seq).toBe(7);
    expect(canDraftLetter(last.state, '2026-08-17')).toEqual(exhausted2026);
    expect(canDraftLetter(createDeviceNumberState('kantor-a', 'loket-1'), '2026-08-17')).toEqual(
      exhausted2026,
    );
  });

  it('does not take the number', () => {
    const state = holding(block(1, 1));
    expect(canDraftLetter(state, '2026-01-02').ok).toBe(true);
    expect(take(state, '2026-01-02').seq).toBe(1);
  });
});
