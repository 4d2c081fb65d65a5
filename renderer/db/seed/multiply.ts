// Grows a seeded database to benchmark size. The business commands spend most of their time in
// the SLA clock (10–20 ms each), so walking 100,000 cases would take hours: instead every case
// already seeded by the real commands (a template) is copied, with everything it wrote (case,
// persons, papers, audit rows and, unless left out, outbox ops), fresh ids, a new citizen (name,
// NIK and KK serial) and, for closed cases, a shift by whole weeks (weekdays and office hours stay
// as they were). Copies are written with bulk puts, thousands of cases per transaction.
import { uuidv7 } from 'uuidv7';
import { officeById } from '../../../shared/standards/catalog';
import { seedCatalog } from '../../../shared/standards/seeds';
import { normalizeName } from '../../../shared/validate/name';
import { isTerminal } from '../../../shared/workflow/transitions';
import type { LoketDb } from '../database';
import { metaRow, readMeta } from '../meta';
import type { AuditRow, DocumentRecord, OutboxRow, PersonRecord, StoredCase } from '../rows';
import { caseRecordOf, storedCase } from '../storedCase';
import { personName } from './people';
import { randomInt, seededRandom, type Random } from '../../../shared/random';
import { officeDate } from './registration';

export interface MultiplyOptions {
  /** Cases the database holds afterwards. */
  total: number;
  now: Date;
  /** Copies of closed cases stay within this many days before `now`. */
  days: number;
  seed?: number;
  /** Cases per write transaction. */
  chunk?: number;
  /**
   * Copy the templates' outbox ops too (default). Leaving them out models a device that has
   * long since pushed its old cases (and halves the rows to write: Chromium's IndexedDB takes
   * about half a millisecond per row on a small machine).
   */
  outbox?: boolean;
  onProgress?: (cases: number) => void;
}

interface Bundle {
  cases: StoredCase[];
  persons: PersonRecord[];
  documents: DocumentRecord[];
  outbox: OutboxRow[];
  audit: AuditRow[];
}

interface Template {
  json: string;
  /** The citizens' strings to replace: names, search keys, NIK and KK. */
  identity: Array<{
    name: string;
    sex: PersonRecord['sex'];
    birthDate: string;
    nik?: string;
    kk?: string;
  }>;
  /** Province digits of the citizens' region, for names as they are common there. */
  province: string;
  firstMs: number;
  lastMs: number;
  closed: boolean;
}

const WEEK_MS = 7 * 86_400_000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)"/g;
const DATE_FIELD = /"(checkedOn|activeFrom|since)":"(\d{4}-\d{2}-\d{2})"/g;
const catalog = seedCatalog();

export async function multiplyCases(db: LoketDb, options: MultiplyOptions): Promise<number> {
  const { total, now, days, chunk = 5_000 } = options;
  const random = seededRandom(options.seed ?? 11);
  const templates = await readTemplates(db);
  if (templates.length === 0) throw new RangeError('seed some cases before multiplying them');
  const usedNiks = new Set((await db.persons.toArray()).flatMap((person) => person.nik ?? []));
  let seq = (await readMeta(db, 'outboxSeq')) ?? 0;
  let count = await db.cases.count();
  const oldest = now.getTime() - days * 86_400_000;

  while (count < total) {
    const bundles: Bundle[] = [];
    for (let index = 0; index < Math.min(chunk, total - count); index += 1) {
      const template = templates[(count + index) % templates.length] as Template;
      const lowest = Math.ceil((oldest - template.firstMs) / WEEK_MS);
      const highest = Math.floor((now.getTime() - template.lastMs) / WEEK_MS);
      const weeks = template.closed && lowest <= highest ? randomInt(random, lowest, highest) : 0;
      bundles.push(copy(template, weeks * WEEK_MS, random, usedNiks));
    }
    const outbox = options.outbox === false ? [] : bundles.flatMap((bundle) => bundle.outbox);
    for (const op of outbox) op.seq = ++seq;
    await db.transaction(
      'rw',
      [db.cases, db.persons, db.documents, db.outbox, db.audit, db.meta],
      () =>
        Promise.all([
          db.cases.bulkPut(bundles.flatMap((bundle) => bundle.cases)),
          db.persons.bulkPut(bundles.flatMap((bundle) => bundle.persons)),
          db.documents.bulkPut(bundles.flatMap((bundle) => bundle.documents)),
          db.outbox.bulkAdd(outbox),
          db.audit.bulkAdd(bundles.flatMap((bundle) => bundle.audit)),
          db.meta.put(metaRow('outboxSeq', seq)),
        ]),
    );
    count += bundles.length;
    options.onProgress?.(count);
  }
  return count;
}

async function readTemplates(db: LoketDb): Promise<Template[]> {
  const [cases, persons, documents, outbox, audit] = await Promise.all([
    db.cases.toArray(),
    db.persons.toArray(),
    db.documents.toArray(),
    db.outbox.toArray(),
    db.audit.toArray(),
  ]);
  const personById = new Map(persons.map((person) => [person.id, person]));
  const opsByCase = groupBy(audit, (row) => row.caseId ?? '');
  const opById = new Map(outbox.map((op) => [op.opId, op]));
  const documentsByCase = groupBy(documents, (document) => document.caseId);
  return cases.map((record) => {
    const own = [...new Set([record.applicantId, record.subjectId])].flatMap(
      (id) => personById.get(id) ?? [],
    );
    const auditRows = opsByCase.get(record.id) ?? [];
    const bundle: Bundle = {
      cases: [record],
      persons: own,
      documents: documentsByCase.get(record.id) ?? [],
      outbox: auditRows.flatMap((row) => opById.get(row.opId) ?? []),
      audit: auditRows,
    };
    const times = auditRows.map((row) => Date.parse(row.at));
    return {
      json: JSON.stringify(bundle),
      identity: own.map(({ name, sex, birthDate, nik, kk }) => ({ name, sex, birthDate, nik, kk })),
      province: (record.subjectNik ?? own[0]?.nik ?? '18').slice(0, 2),
      firstMs: Math.min(...times),
      lastMs: Math.max(...times),
      closed: isTerminal(record.status),
    };
  });
}

function copy(template: Template, shiftMs: number, random: Random, usedNiks: Set<string>): Bundle {
  const ids = new Map<string, string>();
  let json = template.json.replace(
    UUID,
    (id) => ids.get(id) ?? ids.set(id, uuidv7()).get(id) ?? id,
  );
  for (const [from, to] of identityChanges(template, random, usedNiks))
    json = json.split(from).join(to);
  if (shiftMs !== 0) {
    json = json
      .replace(INSTANT, (_, at: string) => `"${new Date(Date.parse(at) + shiftMs).toISOString()}"`)
      .replace(DATE_FIELD, (_, key: string, date: string) => {
        const shifted = new Date(Date.parse(date) + shiftMs).toISOString().slice(0, 10);
        return `"${key}":"${shifted}"`;
      });
  }
  const bundle = JSON.parse(json) as Bundle;
  bundle.cases = bundle.cases.map((stored) => {
    const record = caseRecordOf(stored);
    const office = officeById(catalog, record.officeId);
    const month = officeDate(office.timeZone, record.createdAt).slice(0, 7);
    return storedCase({ ...record, month });
  });
  return bundle;
}

/** Quoted strings of the template's citizens and their replacements in the copy. */
function identityChanges(
  template: Template,
  random: Random,
  usedNiks: Set<string>,
): Array<[string, string]> {
  const changes = new Map<string, string>();
  const quoted = (text: string) => JSON.stringify(text);
  const year = new Date(template.firstMs).getUTCFullYear();
  for (const person of template.identity) {
    const age = year - Number(person.birthDate.slice(0, 4));
    const name = personName(random, template.province, person.sex, age);
    changes.set(quoted(person.name), quoted(name));
    changes.set(quoted(normalizeName(person.name)), quoted(normalizeName(name)));
    if (person.nik && !changes.has(quoted(person.nik))) {
      changes.set(quoted(person.nik), quoted(freshSerial(person.nik, random, usedNiks)));
    }
    if (person.kk && !changes.has(quoted(person.kk))) {
      changes.set(quoted(person.kk), quoted(freshSerial(person.kk, random, new Set())));
    }
  }
  return [...changes];
}

/** The same 12 leading digits (region and date) with a serial not used yet. */
function freshSerial(number: string, random: Random, used: Set<string>): string {
  let candidate: string;
  do {
    candidate = number.slice(0, 12) + String(randomInt(random, 1, 9999)).padStart(4, '0');
  } while (used.has(candidate));
  used.add(candidate);
  return candidate;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}
