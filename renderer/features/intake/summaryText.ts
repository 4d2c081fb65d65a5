// The draft in words for the summary step. Pure.
import type { RegionTable } from '../../../shared/validate';
import { addressText } from './addressText';
import type { IntakeDraft, PersonDraft } from './draft';
import { intakeLabels } from './labels';
import { bpjsFilled, reasonFilled, registryFilled } from './sections';

const labels = intakeLabels.summary;

export type Rows = Array<[string, string]>;

export function personRows(
  person: PersonDraft,
  address: PersonDraft['address'],
  regions: Pick<RegionTable, 'lookup'> | undefined,
  withoutNik: boolean,
): Rows {
  const sex = person.sex ? intakeLabels.sexes[person.sex] : '';
  const born = [person.birthPlace.trim(), person.birthDate.trim()].filter(Boolean).join(', ');
  return [
    [labels.nik, withoutNik ? labels.noNik : person.nik.trim() || '—'],
    ...(person.kk.trim() ? ([[labels.kk, person.kk.trim()]] as Rows) : []),
    [intakeLabels.person.name, person.name.trim() || '—'],
    [labels.born, [born, sex].filter(Boolean).join(' · ') || '—'],
    [labels.address, addressText(address, regions) || '—'],
    ...(person.phone.trim() ? ([[labels.phone, person.phone.trim()]] as Rows) : []),
  ];
}

export function registryText(draft: IntakeDraft): string {
  if (!registryFilled(draft)) return labels.notRecorded;
  const { registry } = draft;
  const name = registry.registry || '—';
  const result =
    registry.listed === 'yes'
      ? labels.listed(name, registry.decile.trim() || undefined)
      : registry.listed === 'no'
        ? labels.notListed(name)
        : name;
  const matches =
    registry.dataMatches === ''
      ? ''
      : `${intakeLabels.registry.dataMatches} ${registry.dataMatches === 'yes' ? labels.yes : labels.no}`;
  return [result, matches, labels.checkedBy(registry.checkedOn, registry.officer)]
    .filter(Boolean)
    .join('; ');
}

export function bpjsText(draft: IntakeDraft): string {
  if (!bpjsFilled(draft)) return labels.notRecorded;
  const { bpjs } = draft;
  const status = bpjs.status ? intakeLabels.bpjs[bpjs.status] : '';
  return [
    bpjs.segment ? intakeLabels.segments[bpjs.segment] : '',
    bpjs.cardNumber.trim(),
    status && bpjs.since.trim() ? labels.statusSince(status, bpjs.since.trim()) : status,
    bpjs.familyScheme
      ? `${intakeLabels.bpjs.familyScheme}: ${intakeLabels.segments[bpjs.familyScheme]}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

export function reasonRows(draft: IntakeDraft): Rows {
  if (!reasonFilled(draft)) return [['', labels.notRecorded]];
  const { reason } = draft;
  const faskes = [reason.faskesName, reason.faskesLetterNumber, reason.faskesLetterDate]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
  return [
    [
      labels.reason,
      [reason.kind ? intakeLabels.reasons[reason.kind] : '', reason.text.trim()]
        .filter(Boolean)
        .join(': ') || '—',
    ],
    ...(faskes ? ([[labels.faskes, faskes]] as Rows) : []),
    ...(reason.sktmNumber.trim() ? ([[labels.sktm, reason.sktmNumber.trim()]] as Rows) : []),
  ];
}
