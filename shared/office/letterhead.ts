import type { Office } from '../standards/schema';

type ContactKind = Office['contacts'][number]['kind'];

/** What the kop surat prints, in the order it prints it. */
export interface Letterhead {
  government: string;
  officeName: string;
  unit?: string;
  /** "Jl. Serikaya No. 11, Bulukumba 92511"; empty when the office has not set it. */
  address: string;
  phone?: string;
  email?: string;
  website?: string;
  /** A `data:` URL of the regional emblem. */
  emblem?: string;
}

export function letterheadOf(office: Office & { emblem?: string }): Letterhead {
  return {
    government: office.government,
    officeName: office.name,
    unit: office.unit,
    address: addressLine(office),
    phone: contactOf(office, 'phone'),
    email: contactOf(office, 'email'),
    website: contactOf(office, 'website'),
    emblem: office.emblem,
  };
}

export function addressLine({ address, city }: Pick<Office, 'address' | 'city'>): string {
  if (!address.street) return '';
  const place = [address.locality, [city, address.postalCode].filter(Boolean).join(' ')];
  return [address.street, ...place].filter(Boolean).join(', ');
}

/** The first contact of a kind ("phone", "email", …), as the letterhead shows it. */
export function contactOf(office: Pick<Office, 'contacts'>, kind: ContactKind): string | undefined {
  return office.contacts.find((contact) => contact.kind === kind)?.value;
}

/**
 * Sets the first contact of a kind, keeping the others (a second phone, Instagram) in
 * place; an empty value removes it.
 */
export function withContact(
  contacts: Office['contacts'],
  kind: ContactKind,
  value: string,
): Office['contacts'] {
  const trimmed = value.trim();
  const index = contacts.findIndex((contact) => contact.kind === kind);
  if (index === -1) return trimmed ? [...contacts, { kind, value: trimmed }] : contacts;
  if (!trimmed) return contacts.filter((_, i) => i !== index);
  return contacts.map((contact, i) => (i === index ? { kind, value: trimmed } : contact));
}
