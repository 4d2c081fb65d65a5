import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../shared/standards/seeds';
import { resolveView } from './selection';

const catalog = seedCatalog();
const chosen = { officeId: 'dinsos-bulukumba', serviceCode: 'REAKTIVASI-PBI', version: null };

describe('resolveView', () => {
  it('shows the version in force on the office calendar by default', () => {
    const view = resolveView(catalog, chosen, new Date('2026-11-23T02:00:00Z'));
    expect(view.shown?.standard.version).toBe(2);
    expect(view.shown?.versions.map((v) => [v.standard.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'inForce'],
    ]);
  });

  it('marks a version not yet in force as upcoming', () => {
    // 31 March 2026, 23:30 WITA is still before v2 in Bulukumba.
    const view = resolveView(catalog, chosen, new Date('2026-03-31T15:30:00Z'));
    expect(view.shown?.standard.version).toBe(1);
    expect(view.shown?.versions.find((v) => v.standard.version === 2)?.status).toBe('upcoming');
  });

  it('shows the version the clerk picked', () => {
    const view = resolveView(catalog, { ...chosen, version: 1 }, new Date('2026-11-23T02:00:00Z'));
    expect(view.shown?.standard.version).toBe(1);
    expect(view.shown?.status).toBe('superseded');
  });

  it('shows nothing before an office is chosen', () => {
    const view = resolveView(
      catalog,
      { officeId: null, serviceCode: null, version: null },
      new Date(),
    );
    expect(view).toEqual({ office: null, today: null, services: [], shown: null });
  });
});
