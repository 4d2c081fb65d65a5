import { describe, expect, it } from 'vitest';
import { basisFor, logPulled } from './pullBasis';

describe('pull basis', () => {
  it('names the last page applied before the op ran', () => {
    const log = [
      { afterSeq: 0, cursor: 'a' },
      { afterSeq: 4, cursor: 'b' },
      { afterSeq: 9, cursor: 'c' },
    ];
    expect(basisFor(log, 1)).toBe('a');
    expect(basisFor(log, 4)).toBe('a');
    expect(basisFor(log, 5)).toBe('b');
    expect(basisFor(log, 10)).toBe('c');
    expect(basisFor([{ afterSeq: 3, cursor: 'a' }], 2)).toBeUndefined();
  });

  it('keeps one entry per outbox seq, the latest page', () => {
    const log = logPulled([{ afterSeq: 4, cursor: 'a' }], { afterSeq: 4, cursor: 'b' }, 5);
    expect(log).toEqual([{ afterSeq: 4, cursor: 'b' }]);
  });

  it('forgets what no waiting op can ask for', () => {
    const log = [
      { afterSeq: 1, cursor: 'a' },
      { afterSeq: 4, cursor: 'b' },
      { afterSeq: 6, cursor: 'c' },
    ];
    expect(logPulled(log, { afterSeq: 8, cursor: 'd' }, 5)).toEqual([
      { afterSeq: 4, cursor: 'b' },
      { afterSeq: 6, cursor: 'c' },
      { afterSeq: 8, cursor: 'd' },
    ]);
    expect(logPulled(log, { afterSeq: 8, cursor: 'd' }, undefined)).toEqual([
      { afterSeq: 8, cursor: 'd' },
    ]);
    expect(logPulled(log, { afterSeq: 8, cursor: 'd' }, 1)).toEqual([
      ...log,
      { afterSeq: 8, cursor: 'd' },
    ]);
  });
});
