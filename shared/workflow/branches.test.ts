import { describe, expect, it } from 'vitest';
import { decideBranch, missingFacts } from './branches';
import type { Condition } from '../standards/conditions';
import type { Branch, Station } from './types';

const station = (branches: Station['branches']): Station => ({
  id: 'cek',
  stepId: 'cek',
  kind: 'registryCheck',
  label: 'Cek',
  actor: 'fo',
  target: { kind: 'none' },
  implied: false,
  branches,
});

describe('missingFacts', () => {
  it('names each unrecorded fact once, through all/any/not', () => {
    const condition = {
      all: [
        { fact: 'registry.listed', equals: true },
        {
          any: [
            { not: { fact: 'registry.decile', atMost: 5 } },
            { fact: 'registry.listed', equals: false },
          ],
        },
      ],
    } satisfies Condition;
    expect(missingFacts(condition, {})).toEqual(['registry.listed', 'registry.decile']);
    expect(missingFacts(condition, { 'registry.decile': 3 })).toEqual(['registry.listed']);
  });
});

describe('decideBranch', () => {
  const refer = {
    when: { fact: 'registry.dataMatches', equals: false },
    then: 'refer',
    label: 'Data tidak sesuai',
  } satisfies Branch;
  const goOn = {
    when: { fact: 'bpjs.status', equals: 'active' },
    then: 'continue',
    label: 'Lanjut',
  } satisfies Branch;

  it('proceeds when no diverting branch holds, and ignores continue branches', () => {
    expect(decideBranch(station([refer, goOn]), { 'registry.dataMatches': true })).toEqual({
      kind: 'proceed',
    });
    expect(decideBranch(station(undefined), {})).toEqual({ kind: 'proceed' });
  });

  it('takes a diverting branch that holds, even when another one is undecided', () => {
    const other = {
      ...refer,
      when: { fact: 'bpjs.segment', equals: 'PBPU' },
      label: 'Mandiri',
    } satisfies Branch;
    expect(decideBranch(station([other, refer]), { 'registry.dataMatches': false })).toEqual({
      kind: 'take',
      branch: refer,
    });
  });

  it('asks for the facts of an undecided branch', () => {
    expect(decideBranch(station([refer]), {})).toEqual({
      kind: 'unknown',
      facts: ['registry.dataMatches'],
    });
  });
});
