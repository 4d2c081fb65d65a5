import type { Requirement } from '../../../shared/standards/schema';
import { describeCondition } from '../catalog/conditionText';
import { ScanAttach } from '../scans/ScanAttach';
import { ChoiceGroup } from './ChoiceGroup';
import type { PaperDraft } from './draft';
import { fieldId } from './fieldId';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';

const labels = intakeLabels.papers;

function details(requirement: Requirement): Array<[string, string | readonly string[]]> {
  const rows: Array<[string, string | readonly string[]]> = [];
  if (requirement.copies !== undefined) {
    rows.push([
      '',
      requirement.perFamilyMember
        ? labels.copiesPerMember(requirement.copies)
        : labels.copies(requirement.copies),
    ]);
  } else if (requirement.perFamilyMember) {
    rows.push(['', labels.perMember]);
  }
  if (requirement.issuer) rows.push([labels.issuer, requirement.issuer]);
  if (requirement.anyOf) rows.push([labels.anyOf, requirement.anyOf]);
  if (requirement.appliesWhen)
    rows.push([labels.appliesWhen, describeCondition(requirement.appliesWhen)]);
  if (requirement.notes) rows.push([labels.notes, requirement.notes]);
  return rows;
}

/** One paper of the checklist: what the standard asks, present or not, and its scans. */
export function PaperRow({
  requirement,
  paper,
  draftKey,
  actions,
}: {
  requirement: Requirement;
  paper: PaperDraft;
  draftKey: string;
  actions: Pick<IntakeState, 'setPaper' | 'addScan' | 'removeScan'> & {
    forgetScan: (id: string) => void;
  };
}) {
  const field = `papers.${requirement.id}`;
  return (
    <li className="intake-paper" data-status={paper.status || 'unmarked'}>
      <div className="intake-paper__what">
        <p className="intake-paper__label" id={`${fieldId(field)}-label`}>
          {requirement.label}{' '}
          <span className={`tag ${requirement.mandatory ? 'tag--strong' : ''}`}>
            {requirement.mandatory ? labels.mandatory : labels.optional}
          </span>
        </p>
        <dl className="intake-paper__details">
          {details(requirement).map(([term, detail]) => (
            <div key={`${term}:${String(detail)}`} className="intake-paper__detail">
              {term ? <dt>{term}</dt> : null}
              <dd>{typeof detail === 'string' ? detail : detail.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ChoiceGroup
        field={field}
        legend={requirement.label}
        className="intake-paper__status"
        legendHidden
        value={paper.status}
        choices={[
          { value: 'present', label: labels.present },
          { value: 'missing', label: labels.missing },
        ]}
        onChange={(status) => actions.setPaper(requirement.id, { status })}
      />
      <ScanAttach
        draftKey={draftKey}
        scans={paper.scans}
        label={requirement.label}
        onAdd={(scan) => {
          actions.addScan(requirement.id, scan);
          if (paper.status === '') actions.setPaper(requirement.id, { status: 'present' });
        }}
        onRemove={(id) => {
          if (actions.removeScan(requirement.id, id)) actions.forgetScan(id);
        }}
      />
    </li>
  );
}
