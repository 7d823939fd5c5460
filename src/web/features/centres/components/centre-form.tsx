import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../contracts/centres.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { useOrganisationOptionsFor, useUserOptions } from '../../../lib/lookups.ts';
import { useCan } from '../../../lib/session.ts';

export interface CentreValues {
  organisationId: string; name: string; address: string; municipality: string; openingHours: string;
  workstations: string; coordinatorId: string; phone: string; email: string;
}

export function valuesOf(centre?: Centre): CentreValues {
  return {
    organisationId: centre?.organisationId ?? '',
    name: centre?.name ?? '',
    address: centre?.address ?? '',
    municipality: centre?.municipality ?? '',
    openingHours: centre?.openingHours ?? '',
    workstations: centre ? String(centre.workstations) : '0',
    coordinatorId: centre?.coordinatorId ?? '',
    phone: centre?.phone ?? '',
    email: centre?.email ?? '',
  };
}

/** The body the API takes; the coordinator only when the user could choose one. */
export function toBody(values: CentreValues, withCoordinator: boolean) {
  const { organisationId: _organisation, workstations, coordinatorId, ...rest } = values;
  return {
    ...rest,
    workstations: Number(workstations),
    ...(withCoordinator ? { coordinatorId: coordinatorId || null } : {}),
  };
}

interface CentreFormProps extends RecordFormProps<CentreValues> {
  mode: 'create' | 'edit';
  onSubmit: (values: CentreValues, withCoordinator: boolean) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function CentreForm({ form, mode, initial, submitLabel, problem, attempt, isPending, onSubmit, onInvalid, onCancel }: CentreFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: keyof CentreValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const mayPickCoordinator = useCan('user.read');
  const organisations = useOrganisationOptionsFor('centre.manage');
  const coordinators = useUserOptions(values.organisationId || undefined, mayPickCoordinator && Boolean(values.organisationId));
  const id = (field: string) => fieldId(form, field);
  const labels: Record<string, string> = {
    organisationId: t('centres.organisation'), name: t('centres.name'), address: t('centres.address'),
    municipality: t('centres.municipality'), openingHours: t('centres.openingHours'), workstations: t('centres.workstations'),
    coordinatorId: t('centres.coordinator'), phone: t('centres.phone'), email: t('centres.email'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (mode === 'create' && !values.organisationId) fields.organisationId = t('form.chooseOne');
    if (!/^\d+$/.test(values.workstations.trim())) fields.workstations = t('centres.workstationsInvalid');
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit({ ...values, workstations: values.workstations.trim() }, mayPickCoordinator);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={(field) => labels[field]} />
      {mode === 'create' ? (
        <SelectField
          id={id('organisationId')}
          label={labels.organisationId!}
          value={values.organisationId}
          onChange={(organisationId) => setValues((v) => ({ ...v, organisationId, coordinatorId: '' }))}
          emptyLabel={t('form.choose')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={problem?.fields.organisationId}
          isRequired
        />
      ) : null}
      <TextField id={id('name')} label={labels.name!} value={values.name} onChange={set('name')} error={problem?.fields.name} isRequired maxLength={LIMITS.nameMax} />
      <TextField id={id('address')} label={labels.address!} value={values.address} onChange={set('address')} error={problem?.fields.address} isRequired maxLength={LIMITS.nameMax} />
      <TextField id={id('municipality')} label={labels.municipality!} value={values.municipality} onChange={set('municipality')} error={problem?.fields.municipality} maxLength={LIMITS.nameMax} />
      <TextField id={id('openingHours')} label={labels.openingHours!} description={t('centres.openingHoursHint')} multiline value={values.openingHours} onChange={set('openingHours')} error={problem?.fields.openingHours} maxLength={500} />
      <TextField id={id('workstations')} label={labels.workstations!} description={t('centres.workstationsHint')} inputMode="numeric" value={values.workstations} onChange={set('workstations')} error={problem?.fields.workstations} isRequired />
      {mayPickCoordinator ? (
        <SelectField
          id={id('coordinatorId')}
          label={labels.coordinatorId!}
          value={values.coordinatorId}
          onChange={set('coordinatorId')}
          emptyLabel={t('centres.noCoordinator')}
          options={(coordinators.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          error={problem?.fields.coordinatorId}
          isDisabled={!values.organisationId}
        />
      ) : null}
      <TextField id={id('phone')} label={labels.phone!} type="tel" autoComplete="off" value={values.phone} onChange={set('phone')} error={problem?.fields.phone} maxLength={LIMITS.phoneMax} />
      <TextField id={id('email')} label={labels.email!} type="email" autoComplete="off" value={values.email} onChange={set('email')} error={problem?.fields.email} maxLength={LIMITS.emailMax} />
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
