import { describe, expect, it } from 'vitest';
import { describeCondition } from './conditionText';

describe('describeCondition', () => {
  it('reads a yes/no fact as a statement', () => {
    expect(describeCondition({ fact: 'papers.complete', equals: false })).toBe(
      'berkas belum lengkap',
    );
    expect(describeCondition({ not: { fact: 'papers.complete', equals: false } })).toBe(
      'berkas lengkap',
    );
  });

  it('names coded values in words and negates a list with "maupun"', () => {
    expect(describeCondition({ fact: 'family.scheme', equals: 'JKSS' })).toBe(
      'keluarga terdaftar pada JKSS',
    );
    expect(describeCondition({ not: { fact: 'family.scheme', in: ['PBI-APBN', 'JKSS'] } })).toBe(
      'keluarga tidak terdaftar pada PBI APBN maupun JKSS',
    );
    expect(describeCondition({ fact: 'bpjs.status', equals: 'nonActive' })).toBe(
      'status BPJS non-aktif',
    );
  });

  it('joins rules and brackets nested groups', () => {
    expect(
      describeCondition({
        all: [
          { fact: 'registry.decile', atMost: 5 },
          {
            any: [
              { fact: 'bpjs.nonActiveMonths', lessThan: 6 },
              { fact: 'subject.isNewborn', equals: true },
            ],
          },
        ],
      }),
    ).toBe('desil paling tinggi 5 dan (lama non-aktif (bulan) kurang dari 6 atau bayi baru lahir)');
  });
});
