import { z } from 'zod';

/**
 * The facts of a case that published rules may test. A closed list, so a pack
 * cannot name a fact the app does not record.
 */
export const factNames = [
  'papers.complete',
  'registry.name',
  'registry.listed',
  'registry.decile',
  'registry.dataMatches',
  'bpjs.segment',
  'bpjs.status',
  'bpjs.nonActiveMonths',
  'family.scheme',
  'subject.isNewborn',
  'faskes.letterPresent',
] as const;
export const factNameSchema = z.enum(factNames);
export type FactName = z.infer<typeof factNameSchema>;

export type FactValue = string | number | boolean;
export type CaseFacts = Partial<Record<FactName, FactValue>>;

const factValueSchema = z.union([z.string(), z.number(), z.boolean()]);

export type Condition =
  | { fact: FactName; equals: FactValue }
  | { fact: FactName; in: FactValue[] }
  | { fact: FactName; lessThan: number }
  | { fact: FactName; atMost: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: factNameSchema, equals: factValueSchema }),
    z.strictObject({ fact: factNameSchema, in: z.array(factValueSchema).min(1) }),
    z.strictObject({ fact: factNameSchema, lessThan: z.number() }),
    z.strictObject({ fact: factNameSchema, atMost: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/**
 * Evaluates a condition. A fact the case does not have yet makes a comparison
 * `undefined` (unknown), so callers can tell "not met" from "not yet known".
 */
export function evaluateCondition(condition: Condition, facts: CaseFacts): boolean | undefined {
  if ('all' in condition)
    return combine(
      condition.all.map((c) => evaluateCondition(c, facts)),
      'all',
    );
  if ('any' in condition)
    return combine(
      condition.any.map((c) => evaluateCondition(c, facts)),
      'any',
    );
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return inner === undefined ? undefined : !inner;
  }
  const value = facts[condition.fact];
  if (value === undefined) return undefined;
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return condition.in.includes(value);
  if (typeof value !== 'number') return false;
  if ('lessThan' in condition) return value < condition.lessThan;
  return value <= condition.atMost;
}

function combine(results: Array<boolean | undefined>, mode: 'all' | 'any'): boolean | undefined {
  const decisive = mode === 'all' ? false : true;
  if (results.includes(decisive)) return decisive;
  if (results.includes(undefined)) return undefined;
  return !decisive;
}
