import type { ReactNode } from 'react';
import { validateNik, validatePhone, type RegionTable } from '../../../shared/validate';
import { codesFrom } from '../regions/regionCodes';
import { AddressFields } from './AddressFields';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ChoiceGroup } from '../../components/form/ChoiceGroup';
import { DateField } from '../../components/form/DateField';
import { DigitsField } from '../../components/form/DigitsField';
import { TextField } from '../../components/form/TextField';
import { typedFromIso } from '../../components/form/typedDate';
import type { PersonDraft } from './draft';
import type { IntakeState, Who } from './intakeStore';
import { intakeLabels } from './labels';

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
      <div className="field-grid">
        {withoutNik ? null : (
          <DigitsField
            field={`${who}.nik`}
            label={labels.nik}
            hint={labels.nikHint}
            className="span-4"
            length={16}
            value={person.nik}
            onChange={(value) => set({ nik: value })}
            {...(nik
              ? { note: labels.nikSays(typedFromIso(nik.birthDate), intakeLabels.sexes[nik.sex]) }
              : {})}
          />
        )}
        {allowNoNik ? (
          <CheckboxField
            className="span-4"
            label={intakeLabels.persons.noNik}
            hint={intakeLabels.persons.noNikHint}
            checked={person.noNik}
            onChange={(noNik) => set({ noNik })}
          />
        ) : null}
        <DigitsField
          field={`${who}.kk`}
          label={labels.kk}
          hint={labels.kkHint}
          className="span-4"
          length={16}
          value={person.kk}
          onChange={(value) => set({ kk: value })}
        />
      </div>
      <div className="field-grid">
        <TextField
          field={`${who}.name`}
          label={labels.name}
          hint={labels.nameHint}
          className="span-7"
          value={person.name}
          autoComplete="off"
          onChange={(name) => set({ name })}
        />
        <ChoiceGroup
          field={`${who}.sex`}
          label={labels.sex}
          className="span-5"
          value={person.sex}
          choices={[
            { value: 'female', label: labels.female },
            { value: 'male', label: labels.male },
          ]}
          onChange={(sex) => set({ sex })}
        />
      </div>
      <div className="field-grid">
        <TextField
          field={`${who}.birthPlace`}
          label={labels.birthPlace}
          className="span-4"
          value={person.birthPlace}
          autoComplete="off"
          onChange={(birthPlace) => set({ birthPlace })}
        />
        <DateField
          field={`${who}.birthDate`}
          label={labels.birthDate}
          className="span-3"
          value={person.birthDate}
          onChange={(birthDate) => set({ birthDate })}
        />
        <TextField
          field={`${who}.phone`}
          label={labels.phone}
          hint={labels.phoneHint}
          className="span-5"
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
