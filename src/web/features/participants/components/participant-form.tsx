import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LABOUR_MARKET_STATUSES, PARTICIPANT_LIMITS, SEXES, type Participant } from '../../../../contracts/participants.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { useOrganisationOptionsFor } from '../../../lib/lookups.ts';

/** Languages offered as tick boxes: those the programmes meet most (Roma speakers mostly also speak one of these). */
export const SPOKEN_LANGUAGES = ['lt', 'ru', 'pl', 'uk', 'be', 'en', 'de'] as const;
export const EDUCATION_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

export interface ParticipantValues {
  organisationId: string;
  firstName: string; lastName: string; personalCode: string; birthDate: string; sex: string;
  email: string; phone: string; address: string; municipality: string; eldership: string;
  languages: string[]; educationLevel: string; labourMarketStatus: string;
  registeredUnemployedSince: string; notWorkingSince: string;
  /** '' = not recorded, 'yes', 'no'. */
  receivesSocialAssistance: string; socialAssistanceSince: string;
}

export function valuesOf(p?: Participant): ParticipantValues {
  return {
    organisationId: p?.organisationId ?? '',
    firstName: p?.firstName ?? '', lastName: p?.lastName ?? '', personalCode: p?.personalCode ?? '',
    birthDate: p?.birthDate ?? '', sex: p?.sex ?? '', email: p?.email ?? '', phone: p?.phone ?? '', address: p?.address ?? '',
    municipality: p?.municipality ?? '', eldership: p?.eldership ?? '', languages: p?.languages ?? [],
    educationLevel: p?.educationLevel === null || p?.educationLevel === undefined ? '' : String(p.educationLevel),
    labourMarketStatus: p?.labourMarketStatus ?? '',
    registeredUnemployedSince: p?.registeredUnemployedSince ?? '', notWorkingSince: p?.notWorkingSince ?? '',
    receivesSocialAssistance: p?.receivesSocialAssistance === true ? 'yes' : p?.receivesSocialAssistance === false ? 'no' : '',
    socialAssistanceSince: p?.socialAssistanceSince ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The body the API takes: empty answers are "not recorded" (null). */
export function toBody(values: ParticipantValues) {
  return {
    firstName: values.firstName, lastName: values.lastName,
    personalCode: orNull(values.personalCode), birthDate: orNull(values.birthDate),
    sex: (orNull(values.sex) as (typeof SEXES)[number] | null),
    email: values.email.trim(), phone: values.phone, address: values.address, municipality: values.municipality, eldership: values.eldership,
    languages: values.languages,
    educationLevel: values.educationLevel === '' ? null : Number(values.educationLevel),
    labourMarketStatus: (orNull(values.labourMarketStatus) as (typeof LABOUR_MARKET_STATUSES)[number] | null),
    registeredUnemployedSince: orNull(values.registeredUnemployedSince),
    notWorkingSince: orNull(values.notWorkingSince),
    receivesSocialAssistance: values.receivesSocialAssistance === '' ? null : values.receivesSocialAssistance === 'yes',
    socialAssistanceSince: orNull(values.socialAssistanceSince),
  };
}

interface ParticipantFormProps extends RecordFormProps<ParticipantValues> {
  mode: 'create' | 'edit';
  onSubmit: (values: ParticipantValues) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function ParticipantForm({ form, mode, initial, submitLabel, problem, attempt, isPending, onSubmit, onInvalid, onCancel }: ParticipantFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof ParticipantValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const id = (field: string) => fieldId(form, field);
  // Only people who register people in more than one organisation say where the person is registered.
  const organisations = useOrganisationOptionsFor('participant.manage');
  const chooseOrganisation = mode === 'create' && organisations.length > 1;
  const labelOf = (field: string) => {
    const key = field.split('.')[0]!;
    return key === 'organisationId' ? t('participants.organisation') : t(`participants.fields.${key}`);
  };
  const error = (field: string) => problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (chooseOrganisation && !values.organisationId) fields.organisationId = t('form.chooseOne');
    if (!values.firstName.trim()) fields.firstName = t('form.fillIn');
    if (!values.lastName.trim()) fields.lastName = t('form.fillIn');
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit(values);
  };

  const date = (field: keyof ParticipantValues, description?: string) => (
    <TextField id={id(field)} label={labelOf(field)} type="date" value={values[field] as string} onChange={set(field)} error={error(field)} description={description} />
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={labelOf} />
      {chooseOrganisation ? (
        <SelectField
          id={id('organisationId')} label={labelOf('organisationId')} value={values.organisationId} onChange={set('organisationId')}
          emptyLabel={t('form.choose')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} error={error('organisationId')} isRequired
        />
      ) : null}
      <fieldset className="form-group">
        <legend>{t('participants.groups.person')}</legend>
        <TextField id={id('firstName')} label={labelOf('firstName')} value={values.firstName} onChange={set('firstName')} error={error('firstName')} isRequired maxLength={LIMITS.nameMax} autoComplete="off" />
        <TextField id={id('lastName')} label={labelOf('lastName')} value={values.lastName} onChange={set('lastName')} error={error('lastName')} isRequired maxLength={LIMITS.nameMax} autoComplete="off" />
        <TextField
          id={id('personalCode')} label={labelOf('personalCode')} description={t('participants.personalCodeHint')} inputMode="numeric" autoComplete="off"
          value={values.personalCode} onChange={set('personalCode')} error={error('personalCode')} maxLength={PARTICIPANT_LIMITS.personalCodeInputMax}
        />
        {date('birthDate', t('participants.fromCodeHint'))}
        <SelectField
          id={id('sex')} label={labelOf('sex')} value={values.sex} onChange={set('sex')} emptyLabel={t('participants.notRecorded')}
          options={SEXES.map((sex) => ({ value: sex, label: t(`participants.sexes.${sex}`) }))} error={error('sex')}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('participants.groups.contacts')}</legend>
        <TextField id={id('phone')} label={labelOf('phone')} type="tel" autoComplete="off" value={values.phone} onChange={set('phone')} error={error('phone')} maxLength={LIMITS.phoneMax} />
        <TextField id={id('email')} label={labelOf('email')} type="email" autoComplete="off" value={values.email} onChange={set('email')} error={error('email')} maxLength={LIMITS.emailMax} />
        <TextField id={id('address')} label={labelOf('address')} autoComplete="off" value={values.address} onChange={set('address')} error={error('address')} maxLength={LIMITS.nameMax} />
        <TextField id={id('municipality')} label={labelOf('municipality')} description={t('participants.municipalityHint')} value={values.municipality} onChange={set('municipality')} error={error('municipality')} maxLength={LIMITS.nameMax} />
        <TextField id={id('eldership')} label={labelOf('eldership')} value={values.eldership} onChange={set('eldership')} error={error('eldership')} maxLength={LIMITS.nameMax} />
        <fieldset className="checkbox-group" id={id('languages')}>
          <legend>{labelOf('languages')}</legend>
          {SPOKEN_LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              label={t(`participants.spokenLanguages.${language}`)}
              isSelected={values.languages.includes(language)}
              onChange={(on) => setValues((v) => ({ ...v, languages: on ? [...v.languages, language] : v.languages.filter((l) => l !== language) }))}
            />
          ))}
          {error('languages') ? <p className="field-error">{error('languages')}</p> : null}
        </fieldset>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('participants.groups.work')}</legend>
        <SelectField
          id={id('educationLevel')} label={labelOf('educationLevel')} value={values.educationLevel} onChange={set('educationLevel')} emptyLabel={t('participants.notRecorded')}
          options={EDUCATION_LEVELS.map((level) => ({ value: String(level), label: t(`participants.education.${level}`) }))} error={error('educationLevel')}
        />
        <SelectField
          id={id('labourMarketStatus')} label={labelOf('labourMarketStatus')} value={values.labourMarketStatus} onChange={set('labourMarketStatus')} emptyLabel={t('participants.notRecorded')}
          options={LABOUR_MARKET_STATUSES.map((status) => ({ value: status, label: t(`participants.statuses.${status}`) }))} error={error('labourMarketStatus')}
        />
        {date('registeredUnemployedSince')}
        {date('notWorkingSince')}
        <SelectField
          id={id('receivesSocialAssistance')} label={labelOf('receivesSocialAssistance')} value={values.receivesSocialAssistance} onChange={set('receivesSocialAssistance')}
          emptyLabel={t('participants.notRecorded')} options={[{ value: 'yes', label: t('participants.yes') }, { value: 'no', label: t('participants.no') }]}
          error={error('receivesSocialAssistance')}
        />
        {date('socialAssistanceSince')}
      </fieldset>
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
