import { settingsLabels } from '../labels';
import type { LetterheadValues } from './letterheadForm';

const labels = settingsLabels.letterhead;

/** The kop as typed, so a spelling mistake shows before it reaches a letter. */
export function LetterheadPreview({ values }: { values: LetterheadValues }) {
  const address = [
    values.street,
    values.locality,
    [values.city, values.postalCode].filter(Boolean).join(' '),
  ]
    .filter((part) => part.trim())
    .join(', ');
  const contacts = [
    values.phone && `${labels.phone} ${values.phone}`,
    values.email,
    values.website,
  ].filter(Boolean);
  return (
    <figure className="kop-preview" aria-label={labels.preview}>
      {values.emblem ? <img className="kop-preview__emblem" src={values.emblem} alt="" /> : null}
      <div className="kop-preview__text">
        <p className="kop-preview__government">{values.government}</p>
        <p className="kop-preview__office">{values.name}</p>
        {values.unit ? <p className="kop-preview__unit">{values.unit}</p> : null}
        {address ? <p className="kop-preview__line">{address}</p> : null}
        {contacts.length > 0 ? <p className="kop-preview__line">{contacts.join(' · ')}</p> : null}
      </div>
    </figure>
  );
}
