import type { Requirement, ServiceStandard } from '../../../../shared/standards/schema';
import { describeCondition } from '../conditionText';
import { joinWords } from '../format';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

const labels = catalogLabels.requirements;

export function RequirementsSection({
  n,
  standard,
  trackLabel,
}: {
  n: number;
  standard: ServiceStandard;
  trackLabel: (trackId: string) => string;
}) {
  return (
    <ComponentRow n={n} title={catalogLabels.sections.requirements}>
      <ol className="numbered requirements" aria-label={catalogLabels.sections.requirements}>
        {standard.requirements.map((requirement) => (
          <RequirementItem key={requirement.id} requirement={requirement} trackLabel={trackLabel} />
        ))}
      </ol>
    </ComponentRow>
  );
}

function RequirementItem({
  requirement,
  trackLabel,
}: {
  requirement: Requirement;
  trackLabel: (trackId: string) => string;
}) {
  const facts = requirementFacts(requirement, trackLabel);
  return (
    <li className="requirement">
      <span className="requirement__label">{requirement.label}</span>{' '}
      <span className={`tag ${requirement.mandatory ? 'tag--strong' : ''}`}>
        {requirement.mandatory ? labels.mandatory : labels.optional}
      </span>
      {requirement.kind !== 'document' ? (
        <>
          {' '}
          <span className="tag">{labels.kind[requirement.kind]}</span>
        </>
      ) : null}
      {facts.length > 0 ? (
        <dl className="facts">
          {facts.map(([term, detail]) => (
            <div className="facts__row" key={term}>
              <dt>{term}</dt>
              <dd>
                {typeof detail === 'string' ? (
                  detail
                ) : detail.length === 1 ? (
                  detail[0]
                ) : (
                  <ul className="facts__list">
                    {detail.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

function requirementFacts(
  requirement: Requirement,
  trackLabel: (trackId: string) => string,
): Array<[string, string | string[]]> {
  const facts: Array<[string, string | string[]]> = [];
  if (requirement.copies !== undefined) {
    facts.push([
      labels.copiesTerm,
      requirement.perFamilyMember
        ? labels.copiesPerMember(requirement.copies)
        : labels.copies(requirement.copies),
    ]);
  } else if (requirement.perFamilyMember) {
    facts.push([labels.copiesTerm, labels.perMember]);
  }
  if (requirement.anyOf)
    facts.push([labels.anyOf, joinWords(requirement.anyOf, catalogLabels.conditions.listOr)]);
  if (requirement.issuer) facts.push([labels.issuer, requirement.issuer]);
  if (requirement.notes) facts.push([labels.notes, requirement.notes]);
  if (requirement.appliesWhen)
    facts.push([labels.appliesWhen, describeCondition(requirement.appliesWhen)]);
  if (requirement.track) facts.push([labels.track, trackLabel(requirement.track)]);
  return facts;
}
