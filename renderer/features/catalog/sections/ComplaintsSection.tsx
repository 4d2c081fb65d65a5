import type { ServiceStandard } from '../../../../shared/standards/schema';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.complaints;

export function ComplaintsSection({ n, standard }: { n: number; standard: ServiceStandard }) {
  const { complaintChannels: channels, complaintProcedure: procedure } = standard;
  return (
    <ComponentRow n={n} title={catalogLabels.sections.complaints}>
      <h4 className="subheading">{labels.channels}</h4>
      {channels.length === 0 ? (
        <p className="muted">{labels.none}</p>
      ) : (
        <ol className="numbered channels">
          {channels.map((channel) => (
            <li key={`${channel.kind}:${channel.label}`}>
              {channel.label}
              {channel.value ? (
                <>
                  : <span className="channel__value">{channel.value}</span>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {procedure && procedure.length > 0 ? (
        <>
          <h4 className="subheading">{labels.procedure}</h4>
          <ol className="numbered">
            {procedure.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </>
      ) : null}
    </ComponentRow>
  );
}
