import { useTranslation } from 'react-i18next';
import { SERVICE_PLACES } from '../../../../contracts/cases.ts';
import { SERVICE_LIMITS } from '../../../../contracts/services.ts';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId } from '../../../lib/form-errors.ts';
import { useCentreOptions } from '../../../lib/lookups.ts';
import { useServiceTypes, type ServiceTypeGroup } from '../api/services.ts';

// What every logged service says — which service, when, how long, where — for one
// person's service and for a group session alike.

export interface SessionValues {
  serviceKey: string; deliveredOn: string; hours: string; minutes: string; place: string; centreId: string; village: string;
}

export function SessionFields({ form, values, set, errors, labels, organisationId }: {
  form: string;
  values: SessionValues;
  set: (change: Partial<SessionValues>) => void;
  errors: Record<string, string> | undefined;
  labels: Record<string, string>;
  organisationId: string | undefined;
}) {
  const { t } = useTranslation();
  const types = useServiceTypes();
  const centres = useCentreOptions(organisationId, values.place === 'centre' && Boolean(organisationId));
  const id = (field: string) => fieldId(form, field);
  return (
    <>
        <QueryState isPending={types.isPending} error={types.error} />
        {types.data ? <ServiceTypeSelect id={id('serviceKey')} groups={types.data} value={values.serviceKey} onChange={(serviceKey) => set({ serviceKey })} error={errors?.serviceKey} /> : null}
        <TextField id={id('deliveredOn')} label={labels.deliveredOn!} type="date" value={values.deliveredOn} onChange={(deliveredOn) => set({ deliveredOn })} error={errors?.deliveredOn} isRequired />
        <fieldset className="form-group">
          <legend>{labels.durationMinutes} <span className="field-required">{t('form.required')}</span></legend>
          <p className="field-description">{t('services.durationHint')}</p>
          <div className="rule-fields">
            <TextField id={id('durationMinutes')} label={t('services.hours')} inputMode="numeric" value={values.hours} onChange={(hours) => set({ hours })} error={errors?.durationMinutes} maxLength={2} />
            <TextField id={id('minutes')} label={t('services.minutes')} inputMode="numeric" value={values.minutes} onChange={(minutes) => set({ minutes })} maxLength={4} />
          </div>
        </fieldset>
        <SelectField
          id={id('place')} label={labels.place!} value={values.place} onChange={(place) => set({ place })} emptyLabel={t('form.choose')} isRequired
          options={SERVICE_PLACES.map((p) => ({ value: p, label: t(`servicePlaces.${p}`) }))} error={errors?.place}
        />
        {values.place === 'centre' ? (
          <SelectField
            id={id('centreId')} label={labels.centreId!} value={values.centreId} onChange={(centreId) => set({ centreId })} emptyLabel={t('form.choose')} isRequired
            options={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))} error={errors?.centreId}
          />
        ) : null}
        {values.place === 'home_visit' || values.place === 'mobile_team' ? (
          <TextField id={id('village')} label={labels.village!} value={values.village} onChange={(village) => set({ village })} error={errors?.village} isRequired={values.place === 'mobile_team'} maxLength={SERVICE_LIMITS.villageMax} />
        ) : null}
    </>
  );
}

/** A native select with the catalogue's categories as option groups. */
export function ServiceTypeSelect({ id, groups, value, onChange, error }: { id: string; groups: ServiceTypeGroup[]; value: string; onChange: (value: string) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{t('services.service')}</label>
        <span className="field-required"> {t('form.required')}</span>
      </span>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-required aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
        <option value="">{t('form.choose')}</option>
        {groups.map((group) => (
          <optgroup key={group.category} label={t(`services.categories.${group.category}`)}>
            {group.types.map((type) => <option key={type.key} value={type.key}>{type.name}</option>)}
          </optgroup>
        ))}
      </select>
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
    </div>
  );
}

/** Hours and minutes as typed, in minutes; null when they are not whole numbers (blank counts as 0). */
