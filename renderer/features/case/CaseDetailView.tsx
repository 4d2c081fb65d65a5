import { useMemo } from 'react';
import { todayIn } from '../../../shared/dates/localDate';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { Catalog } from '../../../shared/standards/catalog';
import { holidayDates, isTerminal, type Actor } from '../../../shared/workflow';
import { useNow } from '../catalog/useNow';
import { ActionBar } from './ActionBar';
import { CaseDialogs } from './CaseDialogs';
import { CaseHeader } from './CaseHeader';
import { caseModel } from './caseModel';
import type { CaseView } from './caseSource';
import { DocumentList } from './DocumentList';
import { FactsCard } from './FactsCard';
import { LetterPanel } from '../letters/LetterPanel';
import { ReceiptPdfButton } from '../letters/ReceiptPdfButton';
import { HistoryList } from './HistoryList';
import { caseLabels } from './labels';
import { NotesSection } from './NotesSection';
import { PersonCard } from './PersonCard';
import { caseScanKey } from './scanBlobs';
import { TimelineList } from './TimelineList';
import { useCaseStore } from './useCaseStore';
import { useCommandContext } from './useCommandContext';

const holidays = holidayDates();

interface CaseDetailViewProps {
  view: CaseView;
  catalog: Catalog;
  office: OfficeProfile;
  actor: Actor;
  userId: string;
  userName: string;
}

/** One case in full: who, what the office found, the papers, the steps with their times, and what to do next. */
export function CaseDetailView({
  view,
  catalog,
  office,
  actor,
  userId,
  userName,
}: CaseDetailViewProps) {
  const now = useNow();
  const { record, persons, documents, staff } = view;
  const model = useMemo(
    () => caseModel(record, { catalog, office, actor, now, holidays }),
    [record, catalog, office, actor, now],
  );
  const { dialog, running, outcome, run, showDialog, reload } = useCaseStore();
  const commandContext = useCommandContext();
  const timeZone = office.timeZone;
  const subject = persons.find((person) => person.id === record.subjectId);
  const applicant = persons.find((person) => person.id === record.applicantId);
  const outcomeOf = (action: string) => (outcome?.action === action ? outcome : null);
  const canNote = model.actions.secondary.includes('case.addNote');

  return (
    <>
      <CaseHeader
        record={record}
        serviceLabel={model.serviceLabel}
        {...(model.station ? { station: model.station } : {})}
        {...(model.sla ? { sla: model.sla } : {})}
        myTurn={model.actions.primary.length > 0}
        {...(model.notice ? { notice: model.notice } : {})}
        timeZone={timeZone}
        now={now}
      />
      {model.unknownStandard ? (
        <p className="notice notice--warning">{caseLabels.noCatalog}</p>
      ) : null}
      <ActionBar
        actions={model.actions}
        closed={isTerminal(record.status)}
        stationId={record.stationId}
        running={running}
        outcome={dialog === null && outcome?.action !== 'case.addNote' ? outcome : null}
        onRun={(action, payload) => void run(action, payload, commandContext())}
        onDialog={showDialog}
      />
      <div className="case-columns">
        <div className="case-columns__data">
          <PersonCard title={caseLabels.sections.subject} person={subject} />
          {record.applicantId !== record.subjectId ? (
            <PersonCard
              title={caseLabels.sections.applicant}
              person={applicant}
              relationship={record.relationship}
            />
          ) : (
            <p className="case-card__aside muted">{caseLabels.person.sameAsSubject}</p>
          )}
          <FactsCard record={record} />
          <DocumentList
            papers={model.papers}
            documents={documents}
            {...(documents.length > 0
              ? {
                  footer: (
                    <ReceiptPdfButton
                      caseId={record.id}
                      mode={record.status === 'returned' ? 'returned' : 'received'}
                      officer={userName}
                    />
                  ),
                }
              : {})}
          />
        </div>
        <div className="case-columns__flow">
          <LetterPanel
            record={record}
            catalog={catalog}
            office={office}
            roles={actor.roles}
            onIssued={() => void reload()}
          />
          <section className="case-card" aria-label={caseLabels.sections.timeline}>
            <h3 className="case-card__title">{caseLabels.sections.timeline}</h3>
            <TimelineList steps={model.steps} staff={staff} timeZone={timeZone} now={now} />
          </section>
          <NotesSection
            notes={record.notes}
            staff={staff}
            timeZone={timeZone}
            now={now}
            {...(canNote
              ? { onAdd: (text: string) => run('case.addNote', { text }, commandContext()) }
              : {})}
            errors={outcomeOf('case.addNote')?.errors ?? []}
            busy={running === 'case.addNote'}
          />
          <section className="case-card" aria-label={caseLabels.sections.history}>
            <h3 className="case-card__title">{caseLabels.sections.history}</h3>
            <HistoryList items={model.history} staff={staff} timeZone={timeZone} now={now} />
          </section>
        </div>
      </div>
      {dialog ? (
        <CaseDialogs
          key={dialog}
          action={dialog}
          data={{
            record,
            papers: model.papers,
            documents,
            ...(model.profile ? { profile: model.profile } : {}),
            today: todayIn(timeZone, now),
            officer: userName,
            scanKey: caseScanKey(userId, record.id),
            ...(model.referTo ? { referTo: model.referTo } : {}),
          }}
          errors={outcomeOf(dialog)?.errors ?? []}
          busy={running === dialog}
          onSubmit={(payload, blobs) => void run(dialog, payload, commandContext(), blobs)}
          onClose={() => showDialog(null)}
        />
      ) : null}
    </>
  );
}
