import { describe, expect, it } from 'vitest';
import { seedCatalog } from '../../../shared/standards/seeds';
import { formatAddress, formatDays, formatHours, joinWords } from './format';

const office = (id: string) => {
  const found = seedCatalog().offices.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no office ${id}`);
  return found;
};

describe('catalog formatting', () => {
  it('groups consecutive weekdays and uses the local time-zone name', () => {
    expect(formatDays([4, 1, 2, 3])).toBe('Senin–Kamis');
    expect(formatDays([1, 3])).toBe('Senin, Rabu');
    expect(formatHours([{ days: [5], open: '07:30', close: '16:30' }], 'Asia/Makassar')).toEqual([
      { days: 'Jumat', time: '07.30–16.30 WITA' },
    ]);
  });

  it('builds the letterhead address, or none when the standard gives none', () => {
    expect(formatAddress(office('dinsos-bulukumba'))).toBe('Jl. Serikaya No. 11, Bulukumba 92511');
    expect(formatAddress(office('dinsos-solok'))).toBeUndefined();
  });

  it('joins words with a final conjunction', () => {
    expect(joinWords(['KTP', 'KIA', 'Akta Kelahiran'], ' atau ')).toBe(
      'KTP, KIA atau Akta Kelahiran',
    );
    expect(joinWords(['KTP'], ' atau ')).toBe('KTP');
  });
});
