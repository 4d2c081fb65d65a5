import { describe, expect, it } from 'vitest';
import { maskName } from './maskName';

describe('maskName', () => {
  it.each([
    ['Siti Nurhaliza', 'S*** N********'],
    ['Hj. Siti Aminah', 'H** S*** A*****'],
    ['I Made Wirawan', 'I M*** W******'],
    ['  Budi   Santoso ', 'B*** S******'],
    ['Sukarno', 'S******'],
    ['Ñandú Ōta', 'Ñ**** Ō**'],
    ['O\u0304ta', 'Ō**'],
    ['', ''],
  ])('masks %j as %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
