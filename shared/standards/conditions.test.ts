import { describe, expect, it } from 'vitest';
import { conditionSchema, evaluateCondition, type Condition } from './conditions';

describe('conditions', () => {
  const newbornToBpjs: Condition = {
    all: [
      { fact: 'subject.isNewborn', equals: true },
      { fact: 'family.scheme', in: ['PBI-APBN'] },
    ],
  };

  it('evaluates comparisons and combinations', () => {
    expect(
      evaluateCondition(newbornToBpjs, { 'subject.isNewborn': true, 'family.scheme': 'PBI-APBN' }),
    ).toBe(true);
    expect(
      evaluateCondition(newbornToBpjs, { 'subject.isNewborn': true, 'family.scheme': 'JKSS' }),
    ).toBe(false);
    expect(
      evaluateCondition(
        { fact: 'bpjs.nonActiveMonths', lessThan: 6 },
        { 'bpjs.nonActiveMonths': 5 },
      ),
    ).toBe(true);
    expect(
      evaluateCondition({ fact: 'registry.decile', atMost: 5 }, { 'registry.decile': 6 }),
    ).toBe(false);
    expect(
      evaluateCondition(
        { not: { fact: 'papers.complete', equals: true } },
        { 'papers.complete': false },
      ),
    ).toBe(true);
  });

  it('answers unknown while a fact is missing, unless another part already decides', () => {
    expect(evaluateCondition(newbornToBpjs, { 'subject.isNewborn': true })).toBeUndefined();
    expect(evaluateCondition(newbornToBpjs, { 'subject.isNewborn': false })).toBe(false);
    expect(
      evaluateCondition(
        {
          any: [
            { fact: 'papers.complete', equals: true },
            { fact: 'registry.listed', equals: true },
          ],
        },
        { 'registry.listed': true },
      ),
    ).toBe(true);
    expect(
      evaluateCondition({ not: { fact: 'family.scheme', equals: 'JKSS' } }, {}),
    ).toBeUndefined();
  });

  it('rejects a fact the app does not record and unknown operators', () => {
    expect(conditionSchema.safeParse({ fact: 'citizen.mood', equals: 'happy' }).success).toBe(
      false,
    );
    expect(conditionSchema.safeParse({ fact: 'registry.decile', between: [1, 5] }).success).toBe(
      false,
    );
    expect(conditionSchema.safeParse(newbornToBpjs).success).toBe(true);
  });
});
