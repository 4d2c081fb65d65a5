import { useEffect, useState } from 'react';
import { uuidv7 } from 'uuidv7';
import type { CaseRecord } from '../../../shared/cases/records';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { Catalog } from '../../../shared/standards/catalog';
import type { StaffRole } from '../../../shared/workflow/types';
import type { LetterRow } from '../../db/rows';
import { counterDb } from '../case/counterDb';
import { useCommandContext } from '../case/useCommandContext';
import { loadRegionTable } from '../regions/regionSource';
import { archiveLetter } from './archiveLetter';
import { IssuedLetter } from './IssuedLetter';
import { letterLabels } from './labels';
import { letterModel } from './letterModel';
import { loadLetterWork } from './letterWorkLoader';
import { numberSupply, type NumberSupply } from './letterSupply';
import './letters.css';
import { LetterPreview } from './LetterPreview';

const labels = letterLabels.panel;

interface LetterPanelProps {
  record: CaseRecord;
  catalog: Catalog;
  office: OfficeProfile;
  roles: readonly StaffRole[];
  /** After issuing: the case now carries its letter number. */
  onIssued: () => void;
}

/** The case's letter: preview, issue (number, freeze, store), then print from the archive. */
export function LetterPanel({ record, catalog, office, roles, onIssued }: LetterPanelProps) {
  const model = letterModel(record, roles, catalog, office);
  const contextFor = useCommandContext();
  const [issued, setIssued] = useState<LetterRow | null | undefined>(undefined);
  const [signerNip, setSignerNip] = useState('');
  const [busy, setBusy] = useState<'preview' | 'issue' | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [supply, setSupply] = useState<NumberSupply | null>(null);
  const [archiveNote, setArchiveNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const db = counterDb();
    void Promise.all([
      db.letters.where('caseId').equals(record.id).first(),
      numberSupply(db, office),
    ]).then(([letter, numbers]) => {
      if (!live) return;
      setIssued(letter ?? null);
      setSupply(numbers);
    });
    return () => {
      live = false;
    };
  }, [record.id, record.letterNumber, office]);

  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  if (model.kind === 'none' || issued === undefined) return null;
  const chosenNip = signerNip || model.signers[0]?.nip || '';

  const work = async () => {
    const context = contextFor();
    if (!context) throw new Error(letterLabels.errors.noSession);
    const [{ letterWork }, regions] = await Promise.all([loadLetterWork(), loadRegionTable()]);
    return letterWork(counterDb(), context, office, regions);
  };

  const act = async (kind: 'preview' | 'issue') => {
    setBusy(kind);
    setProblems([]);
    try {
      const letters = await work();
      const request = { caseId: record.id, letterId: uuidv7(), signerNip: chosenNip };
      if (kind === 'preview') {
        const drawn = await letters.preview(request);
        if (!drawn.ok) setProblems(drawn.errors.map((error) => error.message));
        else setPreviewUrl(URL.createObjectURL(new Blob([drawn.pdf], { type: 'application/pdf' })));
        return;
      }
      const result = await letters.issue(request);
      if (!result.ok) {
        setProblems(result.errors.map((error) => error.message));
        return;
      }
      setIssued(result.letter);
      setArchiveNote(await archiveLetter(result.letter, result.pdf));
      setSupply(await numberSupply(counterDb(), office));
      onIssued();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="case-card letter-panel" aria-labelledby="letter-heading">
      <h3 id="letter-heading" className="case-card__title">
        {labels.heading}
      </h3>
      {issued ? (
        <IssuedLetter letter={issued} supply={supply} archiveNote={archiveNote} />
      ) : (
        <>
          <p className="form-note">{labels.intro}</p>
          {model.signers.length > 0 ? (
            <label className="field letter-panel__signer">
              <span className="field__label">{labels.signer}</span>
              <select
                className="field__input"
                value={chosenNip}
                onChange={(event) => setSignerNip(event.target.value)}
              >
                {model.signers.map((signer) => (
                  <option key={signer.nip} value={signer.nip}>
                    {signer.position}: {signer.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null || model.signers.length === 0}
              onClick={() => void act('preview')}
            >
              {busy === 'preview' ? labels.previewing : labels.preview}
            </button>
            {model.blocked === null ? (
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void act('issue')}
              >
                {busy === 'issue' ? labels.issuing : labels.issue}
              </button>
            ) : null}
          </div>
          {model.blocked ? <p className="form-note">{model.blocked}</p> : null}
        </>
      )}
      {problems.length > 0 ? (
        <div className="field-error" role="alert">
          <p>{labels.issueFailed}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {previewUrl ? <LetterPreview url={previewUrl} onClose={() => setPreviewUrl(null)} /> : null}
    </section>
  );
}
