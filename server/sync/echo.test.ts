import { describe, expect, it } from 'vitest';
import { echoesDevice, seenAt } from './echo';
import type { StoredRecord } from './records';

const D = '0190a000-0000-7000-8000-00000000000d';
const E = '0190a000-0000-7000-8000-00000000000e';

const version = (
  changedBy: string | null,
  echo: boolean,
  xid = '100',
  seq = '5',
): StoredRecord => ({
  body: {} as StoredRecord['body'],
  changedXid: xid,
  changedSeq: seq,
  changedBy,
  changedByOp: null,
  echo,
});

const nothingRead = {
  case: undefined,
  documents: [],
  profile: undefined,
  author: undefined,
  users: [],
};

describe('echo', () => {
  it('a version is seen when the device wrote it as an echo, or it lies at or before the basis', () => {
    const basis = { xid: '100', seq: '5' };
    expect(seenAt(version(E, false, '100', '5'), D, basis)).toBe(true);
    expect(seenAt(version(E, false, '99', '900'), D, basis)).toBe(true);
    expect(seenAt(version(E, false, '100', '6'), D, basis)).toBe(false);
    expect(seenAt(version(null, false, '101', '1'), D, basis)).toBe(false);
    expect(seenAt(version(D, true, '900', '1'), D, basis)).toBe(true);
    expect(seenAt(version(E, false), D, null)).toBe(false);
    // Written earlier in the same batch, not as an echo: not what the device holds.
    expect(seenAt(version(D, false, '0', '0'), D, basis)).toBe(false);
  });

  it('an op on a new case with nothing else read echoes the device', () => {
    expect(echoesDevice(nothingRead, D, null)).toBe(true);
  });

  it('the case and its documents count only as the device’s own echoes, whatever the basis', () => {
    const basis = { xid: '900', seq: '1' };
    expect(echoesDevice({ ...nothingRead, case: version(D, true) }, D, basis)).toBe(true);
    expect(echoesDevice({ ...nothingRead, case: version(E, false) }, D, basis)).toBe(false);
    expect(echoesDevice({ ...nothingRead, case: version(D, false) }, D, basis)).toBe(false);
    expect(
      echoesDevice(
        {
          ...nothingRead,
          case: version(D, true),
          documents: [version(D, true), version(null, false)],
        },
        D,
        basis,
      ),
    ).toBe(false);
  });

  it('the profile, the author and the accounts count when the device had pulled them', () => {
    const basis = { xid: '100', seq: '5' };
    const old = version(null, false, '50', '1');
    const recent = version(E, false, '150', '1');
    expect(
      echoesDevice({ ...nothingRead, profile: old, author: old, users: [old] }, D, basis),
    ).toBe(true);
    expect(echoesDevice({ ...nothingRead, profile: recent }, D, basis)).toBe(false);
    expect(echoesDevice({ ...nothingRead, author: recent }, D, basis)).toBe(false);
    expect(echoesDevice({ ...nothingRead, users: [old, recent] }, D, basis)).toBe(false);
    expect(echoesDevice({ ...nothingRead, profile: old }, D, null)).toBe(false);
  });
});
