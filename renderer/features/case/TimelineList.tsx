import type { Office } from '../../../shared/standards/schema';
import { SlaBadge } from '../sla/SlaBadge';
import { formatInstant } from '../sla/format';
import type { StaffName } from './caseSource';
import { caseLabels } from './labels';
import { staffName } from './staffName';
import { stepName } from './stepName';
import type { TimelineStep } from './timeline';

const text = caseLabels.timeline;

/** The steps of the case's own standard version, with who finished each and its time against the target. */
export function TimelineList({
  steps,
  staff,
  timeZone,
  now,
}: {
  steps: readonly TimelineStep[];
  staff: ReadonlyMap<string, StaffName>;
  timeZone: Office['timeZone'];
  now: Date;
}) {
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li
          key={step.station.id}
          className={`timeline__step timeline__step--${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="timeline__dot" aria-hidden="true" />
          <div className="timeline__body">
            <div className="timeline__head">
              <span className="timeline__name" title={step.station.label}>
                {stepName(step.station)}
              </span>
              <span className="timeline__state">{text.states[step.state]}</span>
            </div>
            {(step.state === 'current' || step.state === 'held') && !step.station.parafSlot ? (
              <p className="timeline__label">
                {step.station.label}
                {step.station.implied ? <span className="muted"> ({text.implied})</span> : null}
              </p>
            ) : null}
            {step.doneBy ? (
              <p className="timeline__by">
                {text.by(
                  staffName(staff, step.doneBy.userId),
                  formatInstant(new Date(step.doneBy.at), timeZone, now),
                )}
                {step.doneBy.position ? ` · ${text.asPosition(step.doneBy.position)}` : null}
              </p>
            ) : null}
            {step.visit && step.state !== 'upcoming' ? (
              <div className="timeline__sla">
                <SlaBadge sla={step.visit} timeZone={timeZone} now={now} layout="detail" />
                {step.visits > 1 ? <span className="muted">{text.visits(step.visits)}</span> : null}
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
