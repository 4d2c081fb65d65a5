import type { ServiceStandard } from '../../../../shared/standards/schema';
import { catalogLabels } from '../labels';
import { ComponentRow } from './ComponentRow';

export function NotesSection({ n, standard }: { n: number; standard: ServiceStandard }) {
  const notes = standard.notes ?? [];
  return (
    <ComponentRow n={n} title={catalogLabels.sections.notes}>
      {notes.length === 0 ? (
        <p className="muted">{catalogLabels.notes.none}</p>
      ) : (
        <ul className="bullets">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </ComponentRow>
  );
}
