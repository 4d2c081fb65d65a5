import type { Priority } from '../../../shared/cases/records';
import { formatLongDate } from '../../../shared/dates/localDate';
import type { ServiceStandard } from '../../../shared/standards/schema';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { choosePriority, chooseService, chooseTrack } from './choices';
import type { IntakeDraft } from './draft';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';

const labels = intakeLabels.service;
const priorityOrder: readonly Priority[] = ['emergency', 'childbirth', 'chronic', 'none'];

export function ServiceStep({
  draft,
  services,
  update,
}: {
  draft: IntakeDraft;
  services: readonly ServiceStandard[];
  update: IntakeState['update'];
}) {
  const standard = services.find((service) => service.serviceCode === draft.serviceCode);
  return (
    <div className="intake-stack">
      <section className="intake-panel">
        {services.length === 0 ? (
          <p className="intake-empty">{labels.none}</p>
        ) : (
          <ChoiceGroup
            field="serviceCode"
            label={labels.heading}
            layout="list"
            value={draft.serviceCode}
            choices={services.map((service) => ({
              value: service.serviceCode,
              label: service.title,
              hint: (
                <>
                  <span className="code">{service.serviceCode}</span> ·{' '}
                  {labels.version(service.version, formatLongDate(service.effectiveFrom))}
                </>
              ),
            }))}
            onChange={(code) => {
              const chosen = services.find((service) => service.serviceCode === code);
              if (chosen)
                update((current) => chooseService(current, chosen), ['serviceCode', 'trackId']);
            }}
          />
        )}
        {standard && standard.tracks.length > 1 ? (
          <ChoiceGroup
            field="trackId"
            label={labels.trackHeading}
            hint={labels.trackHint}
            layout="cards"
            value={draft.trackId}
            choices={standard.tracks.map((track) => ({ value: track.id, label: track.label }))}
            onChange={(trackId) =>
              update(
                (current) => chooseTrack(current, standard, trackId),
                ['trackId', 'relationship'],
              )
            }
          />
        ) : null}
      </section>
      <section className="intake-panel">
        <ChoiceGroup
          field="priority"
          label={labels.priorityHeading}
          hint={labels.priorityHint}
          layout="cards"
          className="radio-group--priority"
          value={draft.priority}
          choices={priorityOrder.map((priority) => ({
            value: priority,
            label: intakeLabels.priorities[priority],
            hint: intakeLabels.priorityHints[priority],
          }))}
          onChange={(priority) =>
            update((current) => choosePriority(current, priority), ['priority', 'reason.kind'])
          }
        />
      </section>
    </div>
  );
}
