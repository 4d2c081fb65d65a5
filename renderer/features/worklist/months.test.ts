import { describe, expect, it } from 'vitest';
import { monthOptions } from './months';

describe('monthOptions', () => {
  it('lists months newest first with Indonesian names', () => {
    expect(monthOptions(new Date('2026-02-10T03:00:00Z'), 'Asia/Jakarta', 3)).toEqual([
      { value: '2026-02', label: 'Februari 2026' },
      { value: '2026-01', label: 'Januari 2026' },
      { value: '2025-12', label: 'Desember 2025' },
    ]);
  });

  it('takes the month in the office’s zone', () => {
    // 31 January 23.30 WIB is already 1 February 01.30 WIT.
    const now = new Date('2026-01-31T16:30:00Z');
    expect(monthOptions(now, 'Asia/Jakarta', 1)[0]?.value).toBe('2026-01');
    expect(monthOptions(now, 'Asia/Jayapura', 1)[0]?.value).toBe('2026-02');
  });
});
