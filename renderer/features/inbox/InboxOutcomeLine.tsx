import type { InboxOutcome } from './inboxStore';
import { inboxLabels } from './labels';

const doneText = {
  'case.paraf': inboxLabels.done.paraf,
  'case.sign': inboxLabels.done.sign,
  'case.sendBack': inboxLabels.done.sendBack,
};

/** What the last paraf, signature or send-back did, or why it was refused. */
export function InboxOutcomeLine({ outcome }: { outcome: InboxOutcome }) {
  if (outcome.ok) {
    return <p className="inbox__result">{doneText[outcome.action](outcome.subjectName)}</p>;
  }
  return (
    <div className="inbox__result inbox__result--error" role="alert">
      {outcome.errors.map((error) => (
        <p key={`${error.code}:${error.message}`}>
          {inboxLabels.failed(outcome.subjectName, error.message)}
        </p>
      ))}
    </div>
  );
}
