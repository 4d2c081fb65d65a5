import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError, bundleKeyOfToken, openBundle, sealBundle } from './bundle';

const messages = {
  notABundle: 'bukan bundel',
  tooNew: 'terlalu baru',
  badSignature: 'tanda tangan salah',
  wrongKind: 'jenis salah',
};
const key = bundleKeyOfToken('token-perangkat');
const header = {
  kind: 'outbox' as const,
  officeId: 'dinsos-mentawai',
  deviceId: '01890f2a-0000-7000-8000-000000000001',
  createdAt: '2026-12-02T03:00:00.000Z',
};
const sealed = sealBundle(header, { ops: [], cursor: 'c1', blobs: [] }, key);

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof BundleError) return [error.code, error.message];
    throw error;
  }
  return undefined;
};

describe('sync bundles', () => {
  it('open with the key they were sealed with', () => {
    expect(openBundle(sealed, 'outbox', key, messages)).toEqual({
      header: { format: 'loket-sync-bundle', version: 1, ...header },
      content: { ops: [], cursor: 'c1', blobs: [] },
    });
  });

  it('refuse another key, another kind, a newer version and what is not a bundle', () => {
    expect(codeOf(() => openBundle(sealed, 'outbox', bundleKeyOfToken('lain'), messages))).toEqual([
      'bad-signature',
      'tanda tangan salah',
    ]);
    expect(codeOf(() => openBundle(sealed, 'return', key, messages))).toEqual([
      'wrong-kind',
      'jenis salah',
    ]);
    const newer = strToU8(strFromU8(sealed).replace('"version":1', '"version":2'));
    expect(codeOf(() => openBundle(newer, 'outbox', key, messages))).toEqual([
      'bundle-too-new',
      'terlalu baru',
    ]);
    // The header is signed too: a bundle moved to another office does not open.
    const moved = strToU8(strFromU8(sealed).replace('dinsos-mentawai', 'dinsos-solok'));
    expect(codeOf(() => openBundle(moved, 'outbox', key, messages))?.[0]).toBe('bad-signature');
    expect(codeOf(() => openBundle(strToU8('PK\u0003\u0004'), 'outbox', key, messages))).toEqual([
      'not-a-bundle',
      'bukan bundel',
    ]);
  });
});
