import { failure, success, type NumberingResult } from './errors';
import { numberingMessages } from './messages';

/** The placeholders a numbering template may use. */
export const placeholderNames = [
  'code',
  'seq',
  'unit',
  'year',
  'month',
  'romanMonth',
  'serviceCode',
] as const;

export type PlaceholderName = (typeof placeholderNames)[number];

export type TemplatePart =
  { kind: 'literal'; text: string } | { kind: 'placeholder'; name: PlaceholderName };

/** A parsed template: literals and placeholders in order, always with one `{seq}`. */
export type NumberingTemplate = readonly TemplatePart[];

/**
 * The values of {seq}, {year}, {month}, {romanMonth} and {serviceCode} are letters
 * and digits only, so a separator needs one other character to be readable back.
 */
const hasPunctuation = /[^\p{L}\p{N}]/u;

const isPlaceholderName = (name: string): name is PlaceholderName =>
  placeholderNames.some((known) => known === name);

const scan = (template: string): NumberingResult<TemplatePart[]> => {
  const parts: TemplatePart[] = [];
  let literal = '';
  let index = 0;
  while (index < template.length) {
    const char = template.charAt(index);
    if (char === '}') {
      return failure(
        'template-unbalanced-brace',
        numberingMessages.templateUnbalancedBrace(index + 1),
      );
    }
    if (char !== '{') {
      literal += char;
      index += 1;
      continue;
    }
    const close = template.indexOf('}', index);
    const nextOpen = template.indexOf('{', index + 1);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      return failure(
        'template-unbalanced-brace',
        numberingMessages.templateUnbalancedBrace(index + 1),
      );
    }
    const name = template.slice(index + 1, close);
    if (!isPlaceholderName(name)) {
      return failure(
        'template-unknown-placeholder',
        numberingMessages.templateUnknownPlaceholder(name),
      );
    }
    if (literal !== '') parts.push({ kind: 'literal', text: literal });
    literal = '';
    parts.push({ kind: 'placeholder', name });
    index = close + 1;
  }
  if (literal !== '') parts.push({ kind: 'literal', text: literal });
  return success(parts);
};

/**
 * Parses a template such as `{code}/{seq}/{unit}/{year}`. Rejects unknown
 * placeholders, a missing or repeated placeholder, unbalanced braces, and two
 * placeholders not separated by punctuation (which would make numbers
 * impossible to read back).
 */
export const parseTemplate = (template: string): NumberingResult<NumberingTemplate> => {
  if (template.trim() === '') {
    return failure('template-required', numberingMessages.templateRequired);
  }
  const scanned = scan(template);
  if (!scanned.ok) return scanned;
  const parts = scanned.value;
  const seen = new Set<PlaceholderName>();
  let previous: PlaceholderName | undefined;
  let separated = true;
  for (const part of parts) {
    if (part.kind === 'literal') {
      separated = hasPunctuation.test(part.text);
      continue;
    }
    if (seen.has(part.name)) {
      return failure(
        'template-duplicate-placeholder',
        numberingMessages.templateDuplicatePlaceholder(part.name),
      );
    }
    if (previous !== undefined && !separated) {
      return failure(
        'template-adjacent-placeholders',
        numberingMessages.templateAdjacentPlaceholders(previous, part.name),
      );
    }
    seen.add(part.name);
    previous = part.name;
    separated = false;
  }
  if (!seen.has('seq')) {
    return failure('template-missing-seq', numberingMessages.templateMissingSeq);
  }
  return success(parts);
};

export const templateUses = (template: NumberingTemplate, name: PlaceholderName): boolean =>
  template.some((part) => part.kind === 'placeholder' && part.name === name);
