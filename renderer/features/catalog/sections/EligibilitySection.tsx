import type { Eligibility, ServiceStandard } from '../../../../shared/standards/schema';
import { joinWords } from '../format';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.eligibility;

export function EligibilitySection({ n, standard }: { n: number; standard: ServiceStandard }) {
  const main = eligibilityLines(standard.eligibility);
  const perTrack = standard.tracks.flatMap((track) => {
    const lines = track.eligibility ? eligibilityLines(track.eligibility) : [];
    return lines.length > 0 ? [{ track, lines }] : [];
  });
  return (
    <ComponentRow n={n} title={catalogLabels.sections.eligibility}>
      {main.length === 0 && perTrack.length === 0 ? <p className="muted">{labels.none}</p> : null}
      {main.length > 0 ? <LineList lines={main} /> : null}
      {perTrack.map(({ track, lines }) => (
        <div key={track.id}>
          <h4 className="subheading">{labels.forTrack(track.label)}</h4>
          <LineList lines={lines} />
        </div>
      ))}
    </ComponentRow>
  );
}

function LineList({ lines }: { lines: string[] }) {
  return (
    <ul className="bullets eligibility">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** The rules in words, one line each. */
export function eligibilityLines(eligibility: Eligibility): string[] {
  const lines: string[] = [];
  const { registry, bpjs, newbornWithinDays } = eligibility;
  if (registry) {
    const names = joinWords(
      registry.accepted.map((name) => catalogLabels.registries[name]),
      catalogLabels.conditions.listOr,
    );
    lines.push(registry.mustBeListed ? labels.mustBeListed(names) : labels.acceptedOnly(names));
    if (registry.maxDecile !== undefined) lines.push(labels.decile(registry.maxDecile));
  }
  if (bpjs) {
    if (bpjs.segments) {
      const names = bpjs.segments.map((segment) => catalogLabels.segments[segment]);
      lines.push(labels.segments(joinWords(names, catalogLabels.conditions.listOr)));
    }
    if (bpjs.status) lines.push(labels.status[bpjs.status]);
    if (bpjs.nonActiveLessThanMonths !== undefined) {
      lines.push(labels.nonActiveLessThan(bpjs.nonActiveLessThanMonths));
    }
  }
  if (newbornWithinDays !== undefined) lines.push(labels.newborn(newbornWithinDays));
  return lines;
}
