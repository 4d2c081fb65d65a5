import type { Office, ServiceStandard } from '../../../../shared/standards/schema';
import { formatHours } from '../format';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.hours;

export function HoursSection({
  n,
  standard,
  office,
}: {
  n: number;
  standard: ServiceStandard;
  office: Office;
}) {
  const published = standard.serviceHours;
  const rows = formatHours(published ?? office.officeHours, office.timeZone);
  return (
    <ComponentRow n={n} title={catalogLabels.sections.hours}>
      {published ? null : (
        <p className="hours__note">
          <span className="tag tag--muted">{labels.officeHoursBadge}</span> {labels.officeHoursNote}
        </p>
      )}
      <table className="hours">
        <tbody>
          {rows.map((row) => (
            <tr key={row.days}>
              <th scope="row">{row.days}</th>
              <td>{row.time}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ComponentRow>
  );
}
