import type { CaseRecord } from '../../../shared/cases/records';
import type { Office } from '../../../shared/standards/schema';
import type { CaseSla, Station } from '../../../shared/workflow';
import { SlaBadge } from '../sla/SlaBadge';
import { PriorityBadge } from '../worklist/PriorityBadge';
import { caseLabels } from './labels';
import { stepName } from './stepName';

const text = caseLabels.header;

interface CaseHeaderProps {
  record: CaseRecord;
  serviceLabel: string;
  station?: Station;
  sla?: CaseSla;
  /** The station's work is this person's to do. */
  myTurn: boolean;
  /** What the case is waiting for or how it ended, in one sentence. */
  notice?: string;
  timeZone: Office['timeZone'];
  now: Date;
}

/** Who the case is for, the service, where it stands and its time against the standard. */
export function CaseHeader({
  record,
  serviceLabel,
  station,
  sla,
  myTurn,
  notice,
  timeZone,
  now,
}: CaseHeaderProps) {
  return (
    <header className="case-header">
      <div className="case-header__who">
        <h2 className="case-header__name">
          {record.subjectName} <PriorityBadge priority={record.priority} />
        </h2>
        <p className="case-header__ids">
          <span>
            <span className="case-header__idlabel">{text.nik}</span>{' '}
            {record.subjectNik ? <span className="code">{record.subjectNik}</span> : text.noNik}
          </span>
          {record.subjectKk ? (
            <span>
              <span className="case-header__idlabel">{text.kk}</span>{' '}
              <span className="code">{record.subjectKk}</span>
            </span>
          ) : null}
          {record.letterNumber ? (
            <span>
              <span className="case-header__idlabel">{text.letterNumber}</span>{' '}
              <span className="code">{record.letterNumber}</span>
            </span>
          ) : null}
        </p>
        <p className="case-header__service">
          {serviceLabel}{' '}
          <span className="muted">
            · {text.version(record.serviceCode, record.standardVersion)}
          </span>
        </p>
      </div>
      <div className="case-header__where">
        <p className="case-header__status">
          <span className={`case-status case-status--${record.status}`}>
            {caseLabels.statuses[record.status]}
          </span>
        </p>
        {station && record.status === 'open' ? (
          <p className="case-header__step">
            <span className="case-header__idlabel">{text.nowAt}</span>{' '}
            <strong>{stepName(station)}</strong>
            {myTurn ? (
              <span className="tag tag--strong">{text.yourTurn}</span>
            ) : record.turnRole ? (
              <span className="muted">
                {' '}
                · {text.waitingFor(caseLabels.turnRoles[record.turnRole])}
              </span>
            ) : null}
          </p>
        ) : null}
        {sla ? (
          <div className="case-header__sla">
            <span className="case-header__idlabel">{text.caseSla}</span>
            <SlaBadge sla={sla} timeZone={timeZone} now={now} layout="detail" />
            <span className="case-header__basis muted">
              {sla.published ? text.published(sla.published.text) : text.stepSum}
            </span>
          </div>
        ) : null}
      </div>
      {notice ? <p className="case-header__notice">{notice}</p> : null}
    </header>
  );
}
