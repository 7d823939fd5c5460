import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ADAPTATIONS, HOURS_KINDS, VACANCY_SOURCES, WORK_LANGUAGES } from '../../../../contracts/employment.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { VACANCY_LIMITS, type Vacancy, type VacancyCreate } from '../../../../contracts/vacancies.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { OccupationField } from '../../../components/fields/occupation-field.tsx';
import { EmployerField } from '../../../components/fields/employer-field.tsx';
import { centsToInput, euroToCents, parseDecimal } from '../../../lib/amounts.ts';
import { useEmployer } from '../api/employers.ts';
import { MunicipalityField } from '../../../components/fields/municipality-field.tsx';

// A vacancy's details: the new-vacancy page and the edit panel of the vacancy's page.

export interface VacancyValues {
  employerId: string | null;
  iscoCode: string | null;
  title: string; description: string;
  municipalityCode: string | null; eldership: string; address: string;
  hours: string; hoursPerWeek: string;
  wageMin: string; wageMax: string;
  /** One skill a line. */
  skills: string;
  languages: string[];
  drivingLicenceRequired: boolean;
  adaptations: string[];
  positions: string;
  opensOn: string; closesOn: string;
  status: string; source: string;
}

export function vacancyValuesOf(v: Vacancy | undefined, language: 'lt' | 'en', defaults: { employerId?: string | null; today: string }): VacancyValues {
  return {
    employerId: v?.employerId ?? defaults.employerId ?? null,
    iscoCode: v?.iscoCode ?? null,
    title: v?.title ?? '', description: v?.description ?? '',
    municipalityCode: v?.municipalityCode ?? null, eldership: v?.eldership ?? '', address: v?.address ?? '',
    hours: v?.hours ?? 'full_time', hoursPerWeek: v?.hoursPerWeek === null || v?.hoursPerWeek === undefined ? '' : String(v.hoursPerWeek).replace('.', language === 'lt' ? ',' : '.'),
    wageMin: centsToInput(v?.wageMinCents ?? null, language), wageMax: centsToInput(v?.wageMaxCents ?? null, language),
    skills: (v?.skills ?? []).join('\n'),
    languages: v?.languages ?? [],
    drivingLicenceRequired: v?.drivingLicenceRequired ?? false,
    adaptations: v?.adaptations ?? [],
    positions: String(v?.positions ?? 1),
    opensOn: v?.opensOn ?? defaults.today, closesOn: v?.closesOn ?? '',
    status: v?.status ?? 'open', source: v?.source ?? 'employer',
  };
}

/** The body the API takes, or the fields that cannot be read (numbers typed wrongly, missing choices). */
export function vacancyBody(values: VacancyValues, t: (key: string) => string): { body: Omit<VacancyCreate, 'employerId'> & { employerId: string }; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  if (!values.employerId) fields.employerId = t('form.chooseOne');
  if (!values.iscoCode) fields.iscoCode = t('form.chooseOne');
  if (!values.title.trim()) fields.title = t('form.fillIn');
  if (!values.municipalityCode) fields.municipalityCode = t('form.chooseOne');
  if (!values.opensOn) fields.opensOn = t('form.fillIn');
  const number = (field: string, text: string, read: (text: string) => number | null) => {
    if (text.trim() === '') return null;
    const value = read(text);
    if (value === null) fields[field] = t('employers.vacancy.numberInvalid');
    return value;
  };
  const hoursPerWeek = number('hoursPerWeek', values.hoursPerWeek, parseDecimal);
  const wageMinCents = number('wageMinCents', values.wageMin, euroToCents);
  const wageMaxCents = number('wageMaxCents', values.wageMax, euroToCents);
  const positions = number('positions', values.positions, (text) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null)) ?? 1;
  return {
    fields,
    body: {
      employerId: values.employerId ?? '',
      iscoCode: values.iscoCode ?? '',
      title: values.title.trim(), description: values.description,
      municipalityCode: values.municipalityCode ?? '', eldership: values.eldership, address: values.address,
      hours: values.hours as VacancyCreate['hours'], hoursPerWeek,
      wageMinCents, wageMaxCents,
      skills: values.skills.split('\n').map((s) => s.trim()).filter(Boolean),
      languages: values.languages,
      drivingLicenceRequired: values.drivingLicenceRequired,
      adaptations: values.adaptations as VacancyCreate['adaptations'],
      positions,
      opensOn: values.opensOn, closesOn: values.closesOn || null,
      status: values.status as VacancyCreate['status'], source: values.source as VacancyCreate['source'],
    },
  };
}

interface VacancyFormProps extends RecordFormProps<VacancyValues> {
  mode: 'create' | 'edit';
  organisationId: string | null;
  onSubmit: (values: VacancyValues) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function VacancyForm({ form, mode, organisationId, initial, submitLabel, problem, attempt, isPending, onSubmit, onInvalid, onCancel }: VacancyFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof VacancyValues>(key: K) => (value: VacancyValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const toggle = (key: 'languages' | 'adaptations', item: string) => (on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], item] : v[key].filter((x) => x !== item) }));
  // A new vacancy is at the employer's place unless said otherwise: the place is filled in once the employer is chosen.
  const employer = useEmployer(mode === 'create' ? values.employerId ?? '' : '');
  useEffect(() => {
    const chosen = employer.data;
    if (mode !== 'create' || !chosen) return;
    setValues((v) => (v.municipalityCode || v.address || v.eldership
      ? v
      : { ...v, municipalityCode: chosen.municipalityCode, eldership: chosen.eldership, address: chosen.address }));
  }, [employer.data, mode]);
  const id = (field: string) => fieldId(form, field);
  const labelOf = (field: string) => t(`employers.vacancy.fields.${field.split('.')[0]}`);
  const error = (field: string) => problem?.fields[field] ?? (field === 'languages' ? Object.entries(problem?.fields ?? {}).find(([key]) => key.startsWith('languages.'))?.[1] : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { fields } = vacancyBody(values, t);
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={labelOf} />
      {mode === 'create' ? (
        <EmployerField id={id('employerId')} label={labelOf('employerId')} organisationId={organisationId} value={values.employerId} onChange={set('employerId')} isRequired errorMessage={error('employerId')} />
      ) : null}
      <OccupationField id={id('iscoCode')} label={labelOf('iscoCode')} value={values.iscoCode} onChange={set('iscoCode')} isRequired errorMessage={error('iscoCode')} />
      <TextField id={id('title')} label={labelOf('title')} value={values.title} onChange={set('title')} error={error('title')} isRequired maxLength={VACANCY_LIMITS.titleMax} />
      <TextField id={id('description')} label={labelOf('description')} multiline value={values.description} onChange={set('description')} error={error('description')} maxLength={VACANCY_LIMITS.descriptionMax} />
      <fieldset className="form-group">
        <legend>{t('employers.vacancy.groups.place')}</legend>
        <MunicipalityField id={id('municipalityCode')} label={labelOf('municipalityCode')} value={values.municipalityCode} onChange={set('municipalityCode')} isRequired errorMessage={error('municipalityCode')} />
        <TextField id={id('eldership')} label={labelOf('eldership')} value={values.eldership} onChange={set('eldership')} error={error('eldership')} maxLength={LIMITS.nameMax} />
        <TextField id={id('address')} label={labelOf('address')} value={values.address} onChange={set('address')} error={error('address')} maxLength={LIMITS.nameMax} />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('employers.vacancy.groups.terms')}</legend>
        <SelectField id={id('hours')} label={labelOf('hours')} value={values.hours} onChange={set('hours')} isRequired error={error('hours')}
          options={HOURS_KINDS.map((h) => ({ value: h, label: t(`employers.vacancy.hoursKinds.${h}`) }))} />
        <TextField id={id('hoursPerWeek')} label={labelOf('hoursPerWeek')} description={t('employers.vacancy.hoursPerWeekHint')} inputMode="text" value={values.hoursPerWeek} onChange={set('hoursPerWeek')} error={error('hoursPerWeek')} maxLength={6} />
        <TextField id={id('wageMinCents')} label={labelOf('wageMinCents')} description={t('employers.vacancy.wageHint')} inputMode="text" value={values.wageMin} onChange={set('wageMin')} error={error('wageMinCents')} maxLength={15} />
        <TextField id={id('wageMaxCents')} label={labelOf('wageMaxCents')} inputMode="text" value={values.wageMax} onChange={set('wageMax')} error={error('wageMaxCents')} maxLength={15} />
        <TextField id={id('positions')} label={labelOf('positions')} inputMode="numeric" value={values.positions} onChange={set('positions')} error={error('positions')} maxLength={4} />
        <TextField id={id('opensOn')} label={labelOf('opensOn')} type="date" value={values.opensOn} onChange={set('opensOn')} error={error('opensOn')} isRequired />
        <TextField id={id('closesOn')} label={labelOf('closesOn')} type="date" value={values.closesOn} onChange={set('closesOn')} error={error('closesOn')} />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('employers.vacancy.groups.requirements')}</legend>
        <TextField id={id('skills')} label={labelOf('skills')} description={t('employers.vacancy.skillsHint', { max: VACANCY_LIMITS.skillsMax })} multiline value={values.skills} onChange={set('skills')} error={error('skills')} />
        <fieldset className="form-group" id={id('languages')}>
          <legend>{labelOf('languages')}</legend>
          {error('languages') ? <p className="field-error">{error('languages')}</p> : null}
          {WORK_LANGUAGES.map((code) => (
            <Checkbox key={code} label={t(`employers.vacancy.languageNames.${code}`)} isSelected={values.languages.includes(code)} onChange={toggle('languages', code)} />
          ))}
        </fieldset>
        <Checkbox id={id('drivingLicenceRequired')} label={labelOf('drivingLicenceRequired')} isSelected={values.drivingLicenceRequired} onChange={set('drivingLicenceRequired')} />
      </fieldset>
      <fieldset className="form-group" id={id('adaptations')}>
        <legend>{labelOf('adaptations')}</legend>
        {ADAPTATIONS.map((a) => (
          <Checkbox key={a} label={t(`employers.vacancy.adaptations.${a}`)} isSelected={values.adaptations.includes(a)} onChange={toggle('adaptations', a)} />
        ))}
      </fieldset>
      <SelectField id={id('source')} label={labelOf('source')} value={values.source} onChange={set('source')} error={error('source')}
        options={VACANCY_SOURCES.map((s) => ({ value: s, label: t(`employers.vacancy.sources.${s}`) }))} />
      {mode === 'create' ? (
        <SelectField id={id('status')} label={labelOf('status')} value={values.status} onChange={set('status')} error={error('status')}
          options={(['open', 'draft'] as const).map((s) => ({ value: s, label: t(`employers.vacancy.statuses.${s}`) }))} />
      ) : null}
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
