import { useEffect, useMemo, useState } from 'react';
import { formatLongDate, todayIn } from '../../../shared/dates/localDate';
import { SelectField } from '../../components/form/SelectField';
import { useSession } from '../auth/useSession';
import { caseHref } from '../case/caseLink';
import { counterDb } from '../case/counterDb';
import { loadCatalogOnce } from '../catalog/catalogSource';
import { loadRegionTable } from '../regions/regionSource';
import { letterLabels } from './labels';
import type * as MonthDocuments from './monthDocuments';
import { lettersOfMonth, servicesOf, type MonthLetter } from './monthLetters';
import { PdfButton, type MadePdf } from './PdfButton';
import '../case/buttons.css';
import './letters.css';

const labels = letterLabels.month;

/**
 * Surat keluar: the letters the office issued in a month, with the month's dispatch book
 * and the BNBA recap for BPJS (all services, or one).
 */
export function MonthScreen() {
  const office = useSession((state) => state.office);
  const timeZone = office?.timeZone ?? 'Asia/Jakarta';
  const [month, setMonth] = useState(() => todayIn(timeZone).slice(0, 7));
  const [loaded, setLoaded] = useState<
    { month: string; rows: MonthLetter[] } | { month: string; failure: string } | null
  >(null);
  const [serviceCode, setServiceCode] = useState('');
  const [signerNip, setSignerNip] = useState(office?.signers[0]?.nip ?? '');
  const catalogLoad = loadCatalogOnce();
  const catalog = catalogLoad.ok ? catalogLoad.catalog : undefined;

  useEffect(() => {
    let current = true;
    lettersOfMonth(counterDb(), month).then(
      (rows) => current && setLoaded({ month, rows }),
      (error: unknown) =>
        current &&
        setLoaded({
          month,
          failure: labels.loadFailed(error instanceof Error ? error.message : String(error)),
        }),
    );
    return () => {
      current = false;
    };
  }, [month]);
  const here = loaded?.month === month ? loaded : null;
  const rows = here && 'rows' in here ? here.rows : null;
  const failure = here && 'failure' in here ? here.failure : null;

  const services = useMemo(
    () => (rows && catalog ? servicesOf(rows, catalog) : []),
    [rows, catalog],
  );
  const shown = useMemo(
    () => (rows ?? []).filter((row) => !serviceCode || row.caseRecord?.serviceCode === serviceCode),
    [rows, serviceCode],
  );
  if (!office) return <main id="isi" tabIndex={-1} />;

  const request = { month, rows: shown, office, now: new Date() };
  const withDocuments = async (
    make: (documents: typeof MonthDocuments) => Promise<MadePdf>,
  ): Promise<MadePdf> => {
    const [fonts, documents] = await Promise.all([
      import('./letterFonts'),
      import('./monthDocuments'),
    ]);
    fonts.registerBrowserLetterFonts();
    return make(documents);
  };
  const signer = office.signers.find((candidate) => candidate.nip === signerNip);
  const service = services.find((candidate) => candidate.code === serviceCode);

  return (
    <main id="isi" className="month-screen" tabIndex={-1}>
      <p className="form-note">{labels.intro}</p>
      <div className="month-screen__filters">
        <label className="field">
          <span className="field__label">{labels.month}</span>
          <input
            type="month"
            className="field__input"
            value={month}
            required
            onChange={(event) => {
              if (event.target.value) setMonth(event.target.value);
            }}
          />
        </label>
        <SelectField
          field="month.service"
          label={labels.service}
          placeholder={labels.allServices}
          options={services.map((option) => ({ value: option.code, label: option.title }))}
          value={serviceCode}
          onChange={setServiceCode}
        />
        <SelectField
          field="month.signer"
          label={labels.signer}
          placeholder={labels.noSigner}
          options={office.signers.map((option) => ({
            value: option.nip,
            label: `${option.name} · ${option.position}`,
          }))}
          value={signerNip}
          onChange={setSignerNip}
        />
      </div>
      <div className="month-screen__actions">
        <PdfButton
          label={labels.dispatchBook(office.paperSize)}
          kind="bukuEkspedisi"
          make={() => withDocuments((documents) => documents.dispatchBookPdf(request))}
        />
        <PdfButton
          label={labels.bnba(office.paperSize)}
          kind="rekapBnba"
          make={() =>
            withDocuments(async (documents) =>
              documents.bnbaPdf(request, {
                ...(signer ? { signer } : {}),
                ...(service ? { service: service.title } : {}),
                regions: await loadRegionTable(),
              }),
            )
          }
        />
      </div>
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : rows === null ? (
        <p className="muted">{labels.loading}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{labels.empty}</p>
      ) : (
        <table className="month-table">
          <caption>{labels.count(shown.length)}</caption>
          <thead>
            <tr>
              {labels.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ letter, subject }, i) => (
              <tr key={letter.id}>
                <td className="month-table__no">{i + 1}</td>
                <td>{formatLongDate(letter.issuedOn)}</td>
                <td>
                  <a href={caseHref(letter.caseId)} className="month-table__number">
                    {letter.number}
                  </a>
                </td>
                <td>{letter.addressee}</td>
                <td>{letter.subject}</td>
                <td>{subject?.name ?? labels.personMissing}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
