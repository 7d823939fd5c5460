import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../../contracts/roles.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import type { Organisation } from '../../../../contracts/organisations.ts';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId } from '../../../lib/form-errors.ts';

export interface OrganisationValues { name: string; kind: string; companyCode: string; address: string; email: string; phone: string }

export function valuesOf(organisation?: Organisation): OrganisationValues {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    companyCode: organisation?.companyCode ?? '',
    address: organisation?.address ?? '',
    email: organisation?.email ?? '',
    phone: organisation?.phone ?? '',
  };
}

export function toBody(values: OrganisationValues) {
  return { ...values, kind: values.kind as OrganisationKind };
}

interface OrganisationFormProps extends RecordFormProps<OrganisationValues> {
  onSubmit: (values: OrganisationValues) => void;
}

export function OrganisationForm({ form, initial, submitLabel, problem, attempt, isPending, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof OrganisationValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const labels: Record<string, string> = {
    name: t('organisations.name'), kind: t('organisations.kind'), companyCode: t('organisations.companyCode'),
    address: t('organisations.address'), email: t('organisations.email'), phone: t('organisations.phone'),
  };
  const id = (field: string) => fieldId(form, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={(field) => labels[field]} />
      <TextField id={id('name')} label={labels.name!} value={values.name} onChange={set('name')} error={problem?.fields.name} isRequired maxLength={LIMITS.nameMax} />
      <SelectField
        id={id('kind')}
        label={labels.kind!}
        value={values.kind}
        onChange={set('kind')}
        emptyLabel={t('form.choose')}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`organisationKinds.${kind}`) }))}
        error={problem?.fields.kind}
        isRequired
      />
      <TextField id={id('companyCode')} label={labels.companyCode!} value={values.companyCode} onChange={set('companyCode')} error={problem?.fields.companyCode} maxLength={LIMITS.codeMax} />
      <TextField id={id('address')} label={labels.address!} value={values.address} onChange={set('address')} error={problem?.fields.address} maxLength={LIMITS.nameMax} />
      <TextField id={id('email')} label={labels.email!} type="email" value={values.email} onChange={set('email')} error={problem?.fields.email} maxLength={LIMITS.emailMax} />
      <TextField id={id('phone')} label={labels.phone!} type="tel" value={values.phone} onChange={set('phone')} error={problem?.fields.phone} maxLength={LIMITS.phoneMax} />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
