import type { Condition, FactName, FactValue } from '../../../shared/standards/conditions';
import { catalogLabels } from './labels';

const words = catalogLabels.conditions;

/** A published rule in words, e.g. "keluarga terdaftar pada PBI APBN atau JKSS". */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeNested).join(words.and);
  if ('any' in condition) return condition.any.map(describeNested).join(words.or);
  if ('not' in condition) return describeNegation(condition.not);
  if ('equals' in condition) return describeEquals(condition.fact, condition.equals, true);
  if ('in' in condition) return describeIn(condition.fact, condition.in, true);
  const subject = words.subjects[condition.fact].is;
  if ('lessThan' in condition) return words.lessThan(subject, condition.lessThan);
  return words.atMost(subject, condition.atMost);
}

function describeNested(condition: Condition): string {
  const text = describeCondition(condition);
  return 'all' in condition || 'any' in condition ? `(${text})` : text;
}

function describeNegation(inner: Condition): string {
  if ('equals' in inner) return describeEquals(inner.fact, inner.equals, false);
  if ('in' in inner) return describeIn(inner.fact, inner.in, false);
  return words.not(describeCondition(inner));
}

function describeEquals(fact: FactName, value: FactValue, positive: boolean): string {
  const flags: Partial<Record<FactName, { yes: string; no: string }>> = words.flags;
  const flag = flags[fact];
  if (typeof value === 'boolean' && flag) return value === positive ? flag.yes : flag.no;
  const subject = words.subjects[fact];
  return `${positive ? subject.is : subject.isNot} ${valueText(value)}`;
}

function describeIn(fact: FactName, values: FactValue[], positive: boolean): string {
  const subject = words.subjects[fact];
  const list = values.map(valueText).join(positive ? words.listOr : words.listNor);
  return `${positive ? subject.is : subject.isNot} ${list}`;
}

/** A coded value (segment, status) in words; anything else as published. */
export function valueText(value: FactValue): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  const segments: Record<string, string> = catalogLabels.segments;
  const values: Record<string, string> = words.values;
  return segments[value] ?? values[value] ?? value;
}
