import type { ReactNode } from 'react';
import type { Requirement } from '../../../shared/standards/schema';
import { describeCondition } from '../catalog/conditionText';
import { ScanAttach } from '../scans/ScanAttach';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { fieldId } from '../../components/form/fieldId';
import type { PaperDraft } from './draft';
import type { IntakeState } from './intakeStore';
import { intakeLabels } from './labels';
import './papers.css';

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

/** What a paper row needs to change its paper: the intake's store, or the re-check dialog. */
export type PaperActions = Pick<IntakeState, 'setPaper' | 'addScan' | 'removeScan'> & {
  forgetScan: (id: string) => void;
};

/**
 * One paper of the checklist: what the standard asks, present or not, and the scans attached
 * now. The intake's papers step and the case screen's re-check both use it.
 */
export function PaperRow({
  requirement,
  paper,
  draftKey,
  actions,
  children,
}: {
  requirement: Requirement;
  paper: PaperDraft;
  draftKey: string;
  actions: PaperActions;
  /** What the case already holds of this paper (the scans stored before). */
  children?: ReactNode;
}) {
  const field = `papers.${requirement.id}`;
  return (
    <li className="paper-row" data-status={paper.status || 'unmarked'}>
      <div className="paper-row__what">
        <p className="paper-row__label" id={`${fieldId(field)}-label`}>
          {requirement.label}{' '}
          <span className={`tag ${requirement.mandatory ? 'tag--strong' : ''}`}>
            {requirement.mandatory ? labels.mandatory : labels.optional}
          </span>
        </p>
        <dl className="paper-row__details">
          {details(requirement).map(([term, detail]) => (
            <div key={`${term}:${String(detail)}`} className="paper-row__detail">
              {term ? <dt>{term}</dt> : null}
              <dd>{typeof detail === 'string' ? detail : detail.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ChoiceGroup
        field={field}
        label={requirement.label}
        className="paper-row__status"
        legendHidden
        value={paper.status}
        choices={[
          { value: 'present', label: labels.present },
          { value: 'missing', label: labels.missing },
        ]}
        onChange={(status) => actions.setPaper(requirement.id, { status })}
      />
      {children}
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
