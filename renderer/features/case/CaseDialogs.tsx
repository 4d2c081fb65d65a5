import type { CaseRecord, DocumentRecord } from '../../../shared/cases/records';
import type { RegistryName, Requirement } from '../../../shared/standards/schema';
import { BpjsStatusDialog } from './BpjsStatusDialog';
import type { CaseAction } from './caseActions';
import { CheckDocumentsDialog } from './CheckDocumentsDialog';
import type { DialogProps } from './dialogProps';
import { OutcomeDialog } from './OutcomeDialog';
import { PriorityDialog } from './PriorityDialog';
import { ReasonDialog } from './ReasonDialog';
import { RegistryCheckDialog } from './RegistryCheckDialog';
import { ReturnDocumentsDialog } from './ReturnDocumentsDialog';

export interface DialogData {
  record: CaseRecord;
  papers: readonly Requirement[];
  documents: readonly DocumentRecord[];
  /** The registry the case's standard accepts (DTSEN since 2025). */
  registry: RegistryName;
  /** The office-local date, `YYYY-MM-DD`. */
  today: string;
  /** The signed-in person's name, for the registry check. */
  officer: string;
  /** Where the published referral branch sends the citizen. */
  referTo?: string;
}

/** The form of the action whose dialog is open. */
export function CaseDialogs({
  action,
  data,
  ...props
}: DialogProps & { action: CaseAction; data: DialogData }) {
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
      return <CheckDocumentsDialog papers={data.papers} documents={data.documents} {...props} />;
    case 'case.recordRegistryCheck':
      return (
        <RegistryCheckDialog
          {...(data.record.registry ? { initial: data.record.registry } : {})}
          registry={data.registry}
          today={data.today}
          officer={data.officer}
          {...props}
        />
      );
    case 'case.recordBpjsStatus':
      return (
        <BpjsStatusDialog {...(data.record.bpjs ? { initial: data.record.bpjs } : {})} {...props} />
      );
    case 'case.setPriority':
      return <PriorityDialog current={data.record.priority} {...props} />;
    default:
      return null;
  }
}
