import { useState, type FormEvent } from 'react';
import { formatLongDate } from '../../../shared/dates/localDate';
import { counterDb } from '../case/counterDb';
import { checkCode, checkPhoto, imagePixels, type LetterCheck } from './checkLetter';
import { letterLabels } from './labels';
import '../case/buttons.css';
import './letters.css';

const labels = letterLabels.verify;

/** Periksa keaslian surat: by the printed code, or from a photo of the letter's QR. */
export function VerifyScreen() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [check, setCheck] = useState<LetterCheck | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<LetterCheck | { error: string }>) => {
    setBusy(true);
    setError(null);
    setCheck(null);
    try {
      const result = await work();
      if ('error' in result) setError(result.error);
      else setCheck(result);
    } catch (failure) {
      setError(
        labels.photoUnreadable(failure instanceof Error ? failure.message : String(failure)),
      );
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => checkCode(counterDb(), code));
  };

  return (
    <main id="isi" className="verify-screen" tabIndex={-1}>
      <p className="form-note">{labels.intro}</p>
      <form className="verify-screen__form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{labels.codeLabel}</span>
          <input
            className="field__input verify-screen__code"
            value={code}
            autoComplete="off"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX"
            onChange={(event) => setCode(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--primary" disabled={busy}>
          {labels.checkCode}
        </button>
      </form>
      <label className="field">
        <span className="field__label">{labels.photoLabel}</span>
        <input
          type="file"
          accept="image/*"
          className="field__input"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void run(async () => checkPhoto(counterDb(), await imagePixels(file)));
          }}
        />
      </label>
      {busy ? <p role="status">{labels.checking}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {check ? <VerifyResult check={check} /> : null}
      <p className="form-note">{labels.notAnESignature}</p>
    </main>
  );
}

function VerifyResult({ check }: { check: LetterCheck }) {
  const { verification, letter } = check;
  return (
    <section
      className={`verify-result verify-result--${verification.status}`}
      role="status"
      aria-live="polite"
    >
      <h2 className="verify-result__title">{labels.status[verification.status]}</h2>
      <p>{verification.message}</p>
      {letter ? (
        <dl className="info-list">
          <dt>{letterLabels.panel.number}</dt>
          <dd>{letter.number}</dd>
          <dt>{letterLabels.panel.date}</dt>
          <dd>{formatLongDate(letter.issuedOn)}</dd>
          <dt>{letterLabels.panel.addressee}</dt>
          <dd>{letter.addressee}</dd>
        </dl>
      ) : null}
    </section>
  );
}
