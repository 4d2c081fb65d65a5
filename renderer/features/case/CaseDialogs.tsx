import type { CaseRecord, DocumentRecord } from '../../../shared/cases/records';
import type { Requirement } from '../../../shared/standards/schema';
import type { TrackProfile } from '../intake/trackProfile';
import { BpjsStatusDialog } from './BpjsStatusDialog';
import type { CaseAction } from './caseActions';
import { CheckDocumentsDialog } from './CheckDocumentsDialog';
import type { DialogProps } from './dialogProps';
import { OutcomeDialog } from './OutcomeDialog';
import { PriorityDialog } from './PriorityDialog';
import { ReasonDialog } from './ReasonDialog';
import { RecordReasonDialog } from './RecordReasonDialog';
import { RegistryCheckDialog } from './RegistryCheckDialog';
import { ReturnDocumentsDialog } from './ReturnDocumentsDialog';

export interface DialogData {
  record: CaseRecord;
  papers: readonly Requirement[];
  documents: readonly DocumentRecord[];
  /** What the case's track asks of its facts; absent when its standard is not in the catalog. */
  profile?: TrackProfile;
  /** The office-local date, `YYYY-MM-DD`. */
  today: string;
  /** The signed-in person's name, for the registry check. */
  officer: string;
  /** Where scans attached on this case wait until their dialog is saved. */
  scanKey: string;
  /** Where the published referral branch sends the citizen. */
  referTo?: string;
}

/** The form of the action whose dialog is open. */
export function CaseDialogs({
  action,
  data,
  ...props
}: DialogProps & { action: CaseAction; data: DialogData }) {
  const { record, profile, today } = data;
  switch (action) {
    case 'case.sendBack':
    case 'case.decline':
    case 'case.cancel':
      return <ReasonDialog action={action} {...props} />;
    case 'case.refer':
      return (
        <ReasonDialog
          action={action}
          {...(data.referTo ? { referToDefault: data.referTo } : {})}
          {...props}
        />
      );
    case 'case.recordOutcome':
      return <OutcomeDialog {...props} />;
    case 'case.returnDocuments':
      return <ReturnDocumentsDialog papers={data.papers} documents={data.documents} {...props} />;
    case 'case.checkDocuments':
      return (
        <CheckDocumentsDialog
          caseId={record.id}
          draftKey={data.scanKey}
          papers={data.papers}
          documents={data.documents}
          {...props}
        />
      );
    case 'case.setPriority':
      return <PriorityDialog current={record.priority} {...props} />;
  }
  if (!profile) return null;
  switch (action) {
    case 'case.recordRegistryCheck':
      return (
        <RegistryCheckDialog
          {...(record.registry ? { initial: record.registry } : {})}
          profile={profile}
          today={today}
          officer={data.officer}
          {...props}
        />
      );
    case 'case.recordBpjsStatus':
      return (
        <BpjsStatusDialog
          {...(record.bpjs ? { initial: record.bpjs } : {})}
          profile={profile}
          today={today}
          {...props}
        />
      );
    case 'case.recordReason':
      return (
        <RecordReasonDialog
          {...(record.reason ? { initial: record.reason } : {})}
          profile={profile}
          today={today}
          {...props}
        />
      );
    default:
      return null;
  }
}
