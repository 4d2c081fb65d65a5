import { describe, expect, it } from 'vitest';
import { canOpen, formatHash, parseHash, routeIds, type Route } from './routing';

describe('parseHash / formatHash', () => {
  it('round-trips every screen, with and without a section', () => {
    for (const id of routeIds) {
      for (const route of [
        { id, section: null },
        { id, section: 'pengguna' },
      ] satisfies Route[]) {
        expect(parseHash(formatHash(route))).toEqual(route);
      }
    }
  });

  it('reads the Indonesian addresses', () => {
    expect(parseHash('#/standar-pelayanan')).toEqual({ id: 'standards', section: null });
    expect(parseHash('#/pengaturan/pengguna')).toEqual({ id: 'settings', section: 'pengguna' });
    expect(formatHash({ id: 'approvals', section: null })).toBe('#/paraf');
  });

  it('takes anything unknown or empty as the home screen', () => {
    for (const hash of ['', '#', '#/', '#/tidak-ada', '#//']) {
      expect(parseHash(hash)).toEqual({ id: 'home', section: null });
    }
  });

  it('leaves in-page anchors alone', () => {
    expect(parseHash('#isi')).toBeNull();
    expect(parseHash('beranda')).toBeNull();
  });
});

describe('canOpen', () => {
  it('keeps paraf for reviewers and signers, settings for admins', () => {
    expect(canOpen('approvals', ['fo'])).toBe(false);
    expect(canOpen('approvals', ['reviewer'])).toBe(true);
    expect(canOpen('approvals', ['signer', 'bo'])).toBe(true);
    expect(canOpen('settings', ['fo', 'bo', 'reviewer', 'signer'])).toBe(false);
    expect(canOpen('settings', ['admin'])).toBe(true);
    for (const id of ['home', 'newCase', 'standards'] as const) {
      expect(canOpen(id, ['fo'])).toBe(true);
    }
  });
});
