import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../../shared/standards/seeds';
import { standardRows } from './standardRows';

const pack = seedCatalog().packs.find((candidate) => candidate.office.id === 'dinsos-bulukumba');
if (!pack) throw new Error('seed missing');

const summary = (today: string) =>
  standardRows(pack.standards, today).map((row) => [
    row.standard.serviceCode,
    row.standard.version,
    row.standard.effectiveFrom,
    row.status,
    row.firstOfService,
  ]);

describe('standardRows', () => {
  it('lists Bulukumba reactivation v2 in force from 2026-04-01 and v1 superseded', () => {
    expect(summary('2026-11-23')).toEqual([
      ['REAKTIVASI-PBI', 2, '2026-04-01', 'inForce', true],
      ['REAKTIVASI-PBI', 1, expect.any(String), 'superseded', false],
    ]);
  });

  it('shows v2 as upcoming before its date', () => {
    expect(summary('2026-03-31').map((row) => row[3])).toEqual(['upcoming', 'inForce']);
  });
});
