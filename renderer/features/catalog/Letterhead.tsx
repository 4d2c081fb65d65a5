import type { Office } from '../../../shared/standards/schema';
import { formatAddress, formatContacts } from './format';
import { catalogLabels } from './labels';

/** The office's kop: government, office, unit, address and contacts. */
export function Letterhead({ office }: { office: Office }) {
  const address = formatAddress(office);
  const contacts = formatContacts(office);
  return (
    <header className="kop">
      <p className="kop__government">{office.government}</p>
      <p className="kop__office">{office.name}</p>
      {office.unit ? <p className="kop__unit">{office.unit}</p> : null}
      {address ? (
        <p className="kop__address">{address}</p>
      ) : (
        <p className="kop__address kop__address--missing">{catalogLabels.standard.noAddress}</p>
      )}
      {contacts.length > 0 ? (
        <ul className="kop__contacts">
          {contacts.map((contact) => (
            <li key={contact}>{contact}</li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
