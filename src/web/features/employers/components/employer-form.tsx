import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_LIMITS, type CoachOption, type Employer, type EmployerCreate } from '../../../../contracts/employers.ts';
import { SECTORS } from '../../../../contracts/employment.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { api, withQuery } from '../../../lib/api-client.ts';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { useOrganisationOptionsFor } from '../../../lib/lookups.ts';
import { MunicipalityField } from '../../../components/fields/municipality-field.tsx';

// The employer's details: create ("Naujas darbdavys") and edit on the employer's page.

export interface EmployerValues {
  organisationId: string;
  name: string; companyCode: string; sector: string; address: string; municipalityCode: string | null; eldership: string;
  phone: string; email: string; website: string;
  offersTrialPractice: boolean; offersApprenticeships: boolean; offersAdaptedWorkplaces: boolean;
  coachId: string; notes: string;
}

export function employerValuesOf(e?: Employer): EmployerValues {
  return {
    organisationId: e?.organisationId ?? '',
    name: e?.name ?? '', companyCode: e?.companyCode ?? '', sector: e?.sector ?? '', address: e?.address ?? '',
    municipalityCode: e?.municipalityCode ?? null, eldership: e?.eldership ?? '', phone: e?.phone ?? '', email: e?.email ?? '', website: e?.website ?? '',
    offersTrialPractice: e?.offersTrialPractice ?? false, offersApprenticeships: e?.offersApprenticeships ?? false, offersAdaptedWorkplaces: e?.offersAdaptedWorkplaces ?? false,
    coachId: e?.coachId ?? '', notes: e?.notes ?? '',
  };
}

/** The body the API takes; empty choices are "not given" (null). */
export function employerBody(values: EmployerValues): Omit<EmployerCreate, 'organisationId'> {
  return {
    name: values.name.trim(),
    companyCode: values.companyCode.trim() || null,
    sector: (values.sector || null) as EmployerCreate['sector'],
    address: values.address, municipalityCode: values.municipalityCode, eldership: values.eldership,
    phone: values.phone, email: values.email.trim(), website: values.website.trim(),
    offersTrialPractice: values.offersTrialPractice, offersApprenticeships: values.offersApprenticeships, offersAdaptedWorkplaces: values.offersAdaptedWorkplaces,
    coachId: values.coachId || null, notes: values.notes,
  };
}

export function useCoachOptions(organisationId: string | null) {
  return useQuery({
    queryKey: ['employers', 'coaches', organisationId ?? 'all'],
    queryFn: () => api<CoachOption[]>(withQuery('/api/employers/coaches', { organisationId })),
    staleTime: 60_000,
  });
}

interface EmployerFormProps extends RecordFormProps<EmployerValues> {
  mode: 'create' | 'edit';
  onSubmit: (values: EmployerValues) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function EmployerForm({ form, mode, initial, submitLabel, problem, attempt, isPending, onSubmit, onInvalid, onCancel }: EmployerFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof EmployerValues>(key: K) => (value: EmployerValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const id = (field: string) => fieldId(form, field);
  const organisations = useOrganisationOptionsFor('employer.manage');
  const chooseOrganisation = mode === 'create' && organisations.length > 1;
  const organisationId = values.organisationId || (organisations.length === 1 ? organisations[0]!.id : null);
  const coaches = useCoachOptions(organisationId).data ?? [];
  const labelOf = (field: string) => t(`employers.fields.${field.split('.')[0]}`);
  const error = (field: string) => problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (chooseOrganisation && !values.organisationId) fields.organisationId = t('form.chooseOne');
    if (!values.name.trim()) fields.name = t('form.fillIn');
    const code = values.companyCode.replace(/[\s-]/g, '');
    if (code !== '' && !/^[0-9]{9}$/.test(code)) fields.companyCode = t('employers.companyCodeInvalid');
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={labelOf} />
      {chooseOrganisation ? (
        <SelectField
          id={id('organisationId')} label={labelOf('organisationId')} value={values.organisationId} onChange={set('organisationId')}
          emptyLabel={t('form.choose')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} error={error('organisationId')} isRequired
        />
      ) : null}
      <TextField id={id('name')} label={labelOf('name')} value={values.name} onChange={set('name')} error={error('name')} isRequired maxLength={LIMITS.nameMax} autoComplete="organization" />
      <TextField
        id={id('companyCode')} label={labelOf('companyCode')} description={t('employers.companyCodeHint')} inputMode="numeric" autoComplete="off"
        value={values.companyCode} onChange={set('companyCode')} error={error('companyCode')} maxLength={LIMITS.codeMax}
      />
      <SelectField
        id={id('sector')} label={labelOf('sector')} value={values.sector} onChange={set('sector')} emptyLabel={t('employers.notGiven')}
        options={SECTORS.map((s) => ({ value: s, label: `${s} – ${t(`employers.sectors.${s}`)}` }))} error={error('sector')}
      />
      <fieldset className="form-group">
        <legend>{t('employers.groups.place')}</legend>
        <MunicipalityField id={id('municipalityCode')} label={labelOf('municipalityCode')} value={values.municipalityCode} onChange={set('municipalityCode')} errorMessage={error('municipalityCode')} emptyLabel={t('employers.notGiven')} />
        <TextField id={id('eldership')} label={labelOf('eldership')} value={values.eldership} onChange={set('eldership')} error={error('eldership')} maxLength={LIMITS.nameMax} />
        <TextField id={id('address')} label={labelOf('address')} value={values.address} onChange={set('address')} error={error('address')} maxLength={LIMITS.nameMax} autoComplete="street-address" />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('employers.groups.contact')}</legend>
        <TextField id={id('phone')} label={labelOf('phone')} type="tel" value={values.phone} onChange={set('phone')} error={error('phone')} maxLength={LIMITS.phoneMax} />
        <TextField id={id('email')} label={labelOf('email')} type="email" value={values.email} onChange={set('email')} error={error('email')} maxLength={LIMITS.emailMax} />
        <TextField id={id('website')} label={labelOf('website')} value={values.website} onChange={set('website')} error={error('website')} maxLength={EMPLOYER_LIMITS.websiteMax} />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('employers.groups.offers')}</legend>
        <Checkbox id={id('offersTrialPractice')} label={labelOf('offersTrialPractice')} isSelected={values.offersTrialPractice} onChange={set('offersTrialPractice')} />
        <Checkbox id={id('offersApprenticeships')} label={labelOf('offersApprenticeships')} isSelected={values.offersApprenticeships} onChange={set('offersApprenticeships')} />
        <Checkbox id={id('offersAdaptedWorkplaces')} label={labelOf('offersAdaptedWorkplaces')} isSelected={values.offersAdaptedWorkplaces} onChange={set('offersAdaptedWorkplaces')} />
      </fieldset>
      <SelectField
        id={id('coachId')} label={labelOf('coachId')} value={values.coachId} onChange={set('coachId')} emptyLabel={t('employers.noCoach')}
        options={coaches.filter((c) => organisationId === null || c.organisationId === organisationId).map((c) => ({ value: c.id, label: c.name }))} error={error('coachId')}
      />
      <TextField id={id('notes')} label={labelOf('notes')} multiline value={values.notes} onChange={set('notes')} error={error('notes')} maxLength={EMPLOYER_LIMITS.notesMax} />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
