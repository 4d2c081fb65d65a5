// The letters the office issued in a month, with each letter's case and person: the rows of
// the outgoing-letters screen, the dispatch book and the BNBA recap for BPJS.
import type { CaseRecord, PersonRecord } from '../../../shared/cases/records';
import { caseStandard } from '../../../shared/commands/standardOf';
import type { Catalog } from '../../../shared/standards/catalog';
import type { LoketDb } from '../../db/database';
import type { LetterRow } from '../../db/rows';

export interface MonthLetter {
  letter: LetterRow;
  caseRecord: CaseRecord | undefined;
  /** The person the letter is about (the case's subject). */
  subject: PersonRecord | undefined;
}

/** `YYYY-MM` of a month input. */
export const isMonth = (value: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/**
 * The month's letters in the order they were issued (by date, then by the moment of
 * issue), with their cases and subjects.
 */
export async function lettersOfMonth(db: LoketDb, month: string): Promise<MonthLetter[]> {
  if (!isMonth(month)) throw new RangeError(`not a month: ${month}`);
  const letters = await db.letters
    .where('issuedOn')
    .between(`${month}-01`, `${month}-31`, true, true)
    .toArray();
  letters.sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.issuedAt.localeCompare(b.issuedAt),
  );
  const cases = await db.cases.bulkGet(letters.map((letter) => letter.caseId));
  const persons = await db.persons.bulkGet(cases.map((record) => record?.subjectId ?? ''));
  return letters.map((letter, i) => ({ letter, caseRecord: cases[i], subject: persons[i] }));
}

export interface MonthService {
  code: string;
  /** The standard's title, or the code when the catalog does not hold it. */
  title: string;
}

/** The services the month's letters are for, by title, for the BNBA's service filter. */
export function servicesOf(rows: readonly MonthLetter[], catalog: Catalog): MonthService[] {
  const byCode = new Map<string, MonthService>();
  for (const { caseRecord } of rows) {
    if (!caseRecord || byCode.has(caseRecord.serviceCode)) continue;
    const found = caseStandard(catalog, caseRecord);
    byCode.set(caseRecord.serviceCode, {
      code: caseRecord.serviceCode,
      title: found.ok ? found.standard.title : caseRecord.serviceCode,
    });
  }
  return [...byCode.values()].sort((a, b) => a.title.localeCompare(b.title, 'id'));
}
