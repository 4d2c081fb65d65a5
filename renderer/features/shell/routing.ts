import type { StaffRole } from '../../../shared/workflow/types';

/** The screens of the app, in the order of the navigation. */
export const routeIds = [
  'home',
  'newCase',
  'approvals',
  'outgoing',
  'verify',
  'standards',
  'settings',
] as const;
export type RouteId = (typeof routeIds)[number];

/** The part of the address after `#/`: the screen's slug, then the screen's own section. */
export const routeSlugs: Record<RouteId, string> = {
  home: 'beranda',
  newCase: 'permohonan-baru',
  approvals: 'paraf',
  outgoing: 'surat-keluar',
  verify: 'periksa-surat',
  standards: 'standar-pelayanan',
  settings: 'pengaturan',
};

export interface Route {
  id: RouteId;
  /** A screen's own sub-page, e.g. `pengguna` in `#/pengaturan/pengguna`. */
  section: string | null;
}

export const homeRoute: Route = { id: 'home', section: null };

/**
 * Reads `#/pengaturan/pengguna`; an unknown screen is the home screen. A hash that is
 * not an address (`#isi`, an in-page anchor) is null: it does not change the screen.
 */
export function parseHash(hash: string): Route | null {
  if (hash !== '' && hash !== '#' && !hash.startsWith('#/')) return null;
  const [slug = '', section = ''] = hash.replace(/^#\/?/, '').split('/');
  const id = routeIds.find((candidate) => routeSlugs[candidate] === slug);
  if (!id) return homeRoute;
  return { id, section: section ? decodeURIComponent(section) : null };
}

export function formatHash(route: Route): string {
  const base = `#/${routeSlugs[route.id]}`;
  return route.section ? `${base}/${encodeURIComponent(route.section)}` : base;
}

/** Who may open a screen; a screen not listed is open to every signed-in user. */
const restricted: Partial<Record<RouteId, readonly StaffRole[]>> = {
  approvals: ['reviewer', 'signer'],
  settings: ['admin'],
};

export function canOpen(id: RouteId, roles: readonly StaffRole[]): boolean {
  const allowed = restricted[id];
  return !allowed || allowed.some((role) => roles.includes(role));
}
