import { describe, expect, it } from 'vitest';
import type { NumberBlock } from './blocks';
import {
  addBlock,
  createDeviceNumberState,
  deviceNumberStateSchema,
  markUsedThrough,
  unusedRanges,
} from './deviceState';

const block = (start: number, end: number, year = 2026): NumberBlock => ({
  officeId: 'kantor-a',
  year,
  deviceId: 'loket-1',
  start,
  end,
});

const empty = createDeviceNumberState('kantor-a', 'loket-1');

describe('addBlock', () => {
  it('adds a block without touching the previous state', () => {
    const frozen = Object.freeze({ ...empty, blocks: Object.freeze([]) });
    const next = addBlock(frozen, block(1, 50));
    expect(next.blocks).toEqual([block(1, 50)]);
    expect(frozen.blocks).toEqual([]);
  });

  it('ignores the same block received twice', () => {
    const once = addBlock(empty, block(1, 50));
    expect(addBlock(once, block(1, 50))).toBe(once);
  });

  it('refuses a block of another device or office', () => {
    expect(() => addBlock(empty, { ...block(1, 50), deviceId: 'loket-2' })).toThrow(
      'Blok nomor 1–50 milik kantor atau perangkat lain dan tidak dapat dipakai di perangkat ini.',
    );
    expect(() => addBlock(empty, { ...block(1, 50), officeId: 'kantor-b' })).toThrow(
      'milik kantor',
    );
  });

  it('refuses a block overlapping one the device already holds, and an invalid block', () => {
    const held = addBlock(empty, block(1, 50));
    expect(() => addBlock(held, block(40, 60))).toThrow('bertumpang tindih');
    expect(() => addBlock(held, block(70, 60))).toThrow('Blok nomor 70–60 tidak valid');
  });
});

describe('markUsedThrough', () => {
  it('moves the last used number forward, never back', () => {
    const held = addBlock(addBlock(empty, block(1, 10)), block(21, 30));
    const restored = markUsedThrough(held, 2026, 23);
    expect(unusedRanges(restored, 2026)).toEqual([{ from: 24, to: 30 }]);
    expect(markUsedThrough(restored, 2026, 5)).toBe(restored);
    expect(unusedRanges(restored, 2027)).toEqual([]);
  });

  it('refuses a sequence below 1', () => {
    expect(() => markUsedThrough(empty, 2026, 0)).toThrow('Nomor urut 0 tidak valid');
  });
});

describe('deviceNumberStateSchema', () => {
  it('round-trips a state through JSON, as it is stored', () => {
    const state = markUsedThrough(addBlock(empty, block(1, 10)), 2026, 3);
    expect(deviceNumberStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
