import type { CaseRecord } from '../../../shared/cases/records';
import { formatLongDate } from '../../../shared/dates/localDate';
import { InfoList } from './InfoList';
import { caseLabels } from './labels';

const reg = caseLabels.registryView;
const bpjs = caseLabels.bpjsView;
const why = caseLabels.reasonView;
const yesNo = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? reg.yes : reg.no;

/** What the office found out: the DTKS/DTSEN check, the BPJS membership, and why coverage is needed. */
export function FactsCard({ record }: { record: CaseRecord }) {
  const { registry, bpjs: status, reason } = record;
  return (
    <section className="case-card" aria-label={caseLabels.sections.registry}>
      <h3 className="case-card__title">{caseLabels.sections.registry}</h3>
      {registry ? (
        <InfoList
          items={[
            { label: reg.registry, value: caseLabels.registries[registry.registry] },
            { label: reg.listed, value: yesNo(registry.listed) },
            { label: reg.decile, value: registry.decile?.toString() },
            { label: reg.dataMatches, value: yesNo(registry.dataMatches) },
            {
              label: reg.checked,
              value: reg.checkedBy(formatLongDate(registry.checkedOn), registry.officer),
            },
          ]}
        />
      ) : (
        <p className="muted">{reg.none}</p>
      )}
      <h3 className="case-card__title">{caseLabels.sections.bpjs}</h3>
      {status ? (
        <InfoList
          items={[
            {
              label: bpjs.cardNumber,
              value: status.cardNumber ? (
                <span className="code">{status.cardNumber}</span>
              ) : undefined,
            },
            { label: bpjs.segment, value: caseLabels.segments[status.segment] },
            {
              label: bpjs.status,
              value: [
                status.status === 'active' ? bpjs.active : bpjs.nonActive,
                status.since ? bpjs.since(formatLongDate(status.since)) : undefined,
              ]
                .filter(Boolean)
                .join(' '),
            },
            {
              label: bpjs.familyScheme,
              value: status.familyScheme ? caseLabels.segments[status.familyScheme] : undefined,
            },
          ]}
        />
      ) : (
        <p className="muted">{bpjs.none}</p>
      )}
      <h3 className="case-card__title">{caseLabels.sections.reason}</h3>
      {reason ? (
        <InfoList
          items={[
            { label: why.kind, value: why.kinds[reason.kind] },
            { label: why.text, value: reason.text },
            { label: why.faskes, value: reason.faskes?.name },
            {
              label: why.faskesLetter,
              value: reason.faskes
                ? why.faskesLetterLine(
                    reason.faskes.letterNumber,
                    reason.faskes.letterDate ? formatLongDate(reason.faskes.letterDate) : undefined,
                  )
                : undefined,
            },
            { label: why.sktm, value: reason.sktmNumber },
          ]}
        />
      ) : (
        <p className="muted">{why.none}</p>
      )}
    </section>
  );
}
