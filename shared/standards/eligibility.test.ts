import { describe, expect, it } from 'vitest';
import { standardVersion } from './catalog';
import { evaluateEligibility, isEligible } from './eligibility';
import { seedCatalog } from './seeds';

const catalog = seedCatalog();
const v1 = standardVersion(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', 1);
const v2 = standardVersion(catalog, 'dinsos-bulukumba', 'REAKTIVASI-PBI', 2);

describe('eligibility rules as data', () => {
  it('accepts a PBI-APBN member in DTKS, non-active for 3 months, under version 1', () => {
    const findings = evaluateEligibility(v1, 'utama', {
      'registry.name': 'DTKS',
      'registry.listed': true,
      'bpjs.segment': 'PBI-APBN',
      'bpjs.status': 'nonActive',
      'bpjs.nonActiveMonths': 3,
    });
    expect(isEligible(findings)).toBe(true);
  });

  it('refuses non-active for 6 months or more under version 1', () => {
    const findings = evaluateEligibility(v1, 'utama', {
      'registry.name': 'DTKS',
      'registry.listed': true,
      'bpjs.segment': 'PBI-APBN',
      'bpjs.status': 'nonActive',
      'bpjs.nonActiveMonths': 6,
    });
    expect(isEligible(findings)).toBe(false);
    expect(findings.find((f) => f.result === 'notMet')?.message).toBe(
      'Non-aktif 6 bulan; standar ini hanya untuk yang non-aktif kurang dari 6 bulan.',
    );
  });

  it('requires DTSEN and the decile ceiling under version 2', () => {
    const dtks = evaluateEligibility(v2, 'utama', {
      'registry.name': 'DTKS',
      'registry.listed': true,
      'bpjs.segment': 'PBI-APBN',
      'bpjs.status': 'nonActive',
    });
    expect(isEligible(dtks)).toBe(false);
    const decile7 = evaluateEligibility(v2, 'utama', {
      'registry.name': 'DTSEN',
      'registry.listed': true,
      'registry.decile': 7,
      'bpjs.segment': 'PBI-APBN',
      'bpjs.status': 'nonActive',
    });
    expect(decile7.find((f) => f.code === 'decileTooHigh')?.message).toBe(
      'Desil 7 melebihi batas desil 5.',
    );
  });

  it('says unknown, not eligible, while facts are missing', () => {
    const findings = evaluateEligibility(v2, 'utama', {});
    expect(isEligible(findings)).toBeUndefined();
    expect(findings[0]?.message).toBe('Pengecekan DTSEN belum dicatat.');
  });
});
