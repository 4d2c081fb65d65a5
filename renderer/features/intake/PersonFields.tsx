import type { ReactNode } from 'react';
import { validateNik, validatePhone, type RegionTable } from '../../../shared/validate';
import { codesFrom } from '../regions/regionCodes';
import { AddressFields } from './AddressFields';
import { ChoiceGroup } from './ChoiceGroup';
import { DigitsField } from './DigitsField';
import { typedDate, type PersonDraft } from './draft';
import type { IntakeState, Who } from './intakeStore';
import { intakeLabels } from './labels';
import { TextField } from './TextField';

const labels = intakeLabels.person;

export function PersonFields({
  who,
  person,
  today,
  regions,
  allowNoNik,
  ownAddress,
  addressToggle,
  actions,
}: {
  who: Who;
  person: PersonDraft;
  today: string;
  regions: RegionTable | undefined;
  /** A newborn on a newborn track may have no NIK yet. */
  allowNoNik: boolean;
  /** False when the subject lives with the applicant. */
  ownAddress: boolean;
  /** Shown just above the address (the subject's "same address as the applicant"). */
  addressToggle?: ReactNode;
  actions: Pick<IntakeState, 'setPerson' | 'setAddress'>;
}) {
  const set = (patch: Partial<PersonDraft>) => actions.setPerson(who, patch);
  const withoutNik = allowNoNik && person.noNik;
  const nik = withoutNik ? undefined : validateNik(person.nik, { today }).value;
  const phone = person.phone.trim() ? validatePhone(person.phone).value : undefined;
  const nikDistrict = nik && regions?.lookup(nik.districtCode);
  const nikRegency = nik && regions?.lookup(nik.regencyCode);
  const suggestion =
    nikDistrict &&
    nikRegency &&
    person.address.villageCode === '' &&
    person.address.districtCode !== nik.districtCode
      ? {
          label: labels.fromNik(nikDistrict.name, nikRegency.name),
          apply: () => actions.setAddress(who, { ...codesFrom(nik.districtCode) }),
        }
      : undefined;
  return (
    <div className="intake-person">
      <div className="intake-grid">
        {withoutNik ? null : (
          <DigitsField
            field={`${who}.nik`}
            label={labels.nik}
            hint={labels.nikHint}
            className="intake-span-4"
            length={16}
            value={person.nik}
            onChange={(value) => set({ nik: value })}
            {...(nik
              ? { note: labels.nikSays(typedDate(nik.birthDate), intakeLabels.sexes[nik.sex]) }
              : {})}
          />
        )}
        {allowNoNik ? (
          <label className="intake-check intake-span-4">
            <input
              type="checkbox"
              checked={person.noNik}
              onChange={(event) => set({ noNik: event.target.checked })}
            />
            <span>
              {intakeLabels.persons.noNik}
              <span className="intake-field__hint">{intakeLabels.persons.noNikHint}</span>
            </span>
          </label>
        ) : null}
        <DigitsField
          field={`${who}.kk`}
          label={labels.kk}
          hint={labels.kkHint}
          className="intake-span-4"
          length={16}
          value={person.kk}
          onChange={(value) => set({ kk: value })}
        />
      </div>
      <div className="intake-grid">
        <TextField
          field={`${who}.name`}
          label={labels.name}
          hint={labels.nameHint}
          className="intake-span-7"
          value={person.name}
          autoComplete="off"
          onChange={(name) => set({ name })}
        />
        <ChoiceGroup
          field={`${who}.sex`}
          legend={labels.sex}
          className="intake-span-5"
          value={person.sex}
          choices={[
            { value: 'female', label: labels.female },
            { value: 'male', label: labels.male },
          ]}
          onChange={(sex) => set({ sex })}
        />
      </div>
      <div className="intake-grid">
        <TextField
          field={`${who}.birthPlace`}
          label={labels.birthPlace}
          className="intake-span-4"
          value={person.birthPlace}
          autoComplete="off"
          onChange={(birthPlace) => set({ birthPlace })}
        />
        <TextField
          field={`${who}.birthDate`}
          label={labels.birthDate}
          className="intake-span-3"
          value={person.birthDate}
          inputMode="numeric"
          placeholder={labels.dateHint}
          autoComplete="off"
          onChange={(birthDate) => set({ birthDate })}
        />
        <TextField
          field={`${who}.phone`}
          label={labels.phone}
          hint={labels.phoneHint}
          className="intake-span-5"
          type="tel"
          value={person.phone}
          autoComplete="off"
          onChange={(value) => set({ phone: value })}
          {...(phone ? { note: labels.phoneSaved(phone.national, phone.e164) } : {})}
        />
      </div>
      {addressToggle}
      {ownAddress ? (
        <AddressFields
          root={`${who}.address`}
          address={person.address}
          onChange={(patch) => actions.setAddress(who, patch)}
          {...(suggestion ? { suggestion } : {})}
        />
      ) : null}
    </div>
  );
}
