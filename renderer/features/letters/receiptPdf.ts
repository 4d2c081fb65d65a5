// The PDF tanda terima / pengembalian berkas of a stored case, from its recorded checklist:
// loaded on first use (react-pdf), rendered in the browser, opened for its print dialog.
import { caseStandard } from '../../../shared/commands/standardOf';
import { todayIn } from '../../../shared/dates/localDate';
import { tandaTerimaBerkas } from '../../../shared/letters/kinds/tandaTerimaBerkas';
import { receiptInputOf } from '../../../shared/letters/receiptFromCase';
import { renderLetterPdf } from '../../../shared/letters/render';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { Catalog } from '../../../shared/standards/catalog';
import type { RegionTable } from '../../../shared/validate';
import type { LoketDb } from '../../db/database';
import { loadCase } from '../../db/loadCase';
import { letterLabels } from './labels';
import { registerBrowserLetterFonts } from './letterFonts';

export type ReceiptPdf = { ok: true; pdf: Blob } | { ok: false; message: string };

export async function receiptPdf(
  db: LoketDb,
  request: { caseId: string; mode: 'received' | 'returned'; officer: string; now: Date },
  environment: { office: OfficeProfile; catalog: Catalog; regions?: RegionTable },
): Promise<ReceiptPdf> {
  registerBrowserLetterFonts();
  const { current: record, documents } = await loadCase(db, request.caseId);
  if (!record) return { ok: false, message: letterLabels.errors.caseMissing };
  const standard = caseStandard(environment.catalog, record);
  if (!standard.ok) return { ok: false, message: standard.error.message };
  const persons = (await db.persons.bulkGet([record.subjectId, record.applicantId])).flatMap(
    (person) => (person ? [person] : []),
  );
  const input = receiptInputOf({
    mode: request.mode,
    caseRecord: record,
    documents,
    persons,
    profile: environment.office,
    standard: standard.standard,
    date: todayIn(environment.office.timeZone, request.now),
    officer: request.officer,
    ...(environment.regions ? { regions: environment.regions } : {}),
  });
  if (!input) return { ok: false, message: letterLabels.errors.caseMissing };
  const bytes = new Uint8Array(await renderLetterPdf(tandaTerimaBerkas(input)));
  return { ok: true, pdf: new Blob([bytes], { type: 'application/pdf' }) };
}
