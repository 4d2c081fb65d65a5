import { describe, expect, it } from 'vitest';
import { plainText } from './plainText';

describe('plainText', () => {
  it('makes every string of a value one line of plain spaces', () => {
    expect(
      plainText({
        name: 'Siti\u00a0Aminah',
        address: ['Jl. Serikaya\nNo. 3', 'RT\t002'],
        code: 'ABCD\u200b-EF\u00adGH',
        count: 3,
        qr: [[true, false]],
      }),
    ).toEqual({
      name: 'Siti Aminah',
      address: ['Jl. Serikaya No. 3', 'RT 002'],
      code: 'ABCD-EFGH',
      count: 3,
      qr: [[true, false]],
    });
  });
});
