import type { PersonRecord, Relationship } from '../../../shared/cases/records';
import { formatLongDate } from '../../../shared/dates/localDate';
import { useRegionTable } from '../regions/useRegionTable';
import { addressLines } from './address';
import { InfoList } from './InfoList';
import { caseLabels } from './labels';

const text = caseLabels.person;

/** One person of the case: the one to be covered, or the applicant at the counter. */
export function PersonCard({
  title,
  person,
  relationship,
}: {
  title: string;
  person: PersonRecord | undefined;
  relationship?: Relationship;
}) {
  const regions = useRegionTable();
  return (
    <section className="case-card" aria-label={title}>
      <h3 className="case-card__title">{title}</h3>
      {!person ? (
        <p className="muted">{text.missing}</p>
      ) : (
        <InfoList
          items={[
            { label: text.name, value: <strong>{person.name}</strong> },
            {
              label: text.nik,
              value: person.nik ? <span className="code">{person.nik}</span> : undefined,
            },
            {
              label: text.kk,
              value: person.kk ? <span className="code">{person.kk}</span> : undefined,
            },
            {
              label: text.born,
              value: [person.birthPlace, formatLongDate(person.birthDate)]
                .filter(Boolean)
                .join(', '),
            },
            { label: text.sex, value: person.sex === 'male' ? text.male : text.female },
            {
              label: text.address,
              value: addressLines(
                person.address,
                regions.status === 'ready' ? regions.table : undefined,
              ).map((line) => (
                <span key={line} className="info__line">
                  {line}
                </span>
              )),
            },
            { label: text.phone, value: person.phone },
            {
              label: text.relationship,
              value: relationship ? caseLabels.relationship[relationship] : undefined,
            },
          ]}
        />
      )}
    </section>
  );
}
