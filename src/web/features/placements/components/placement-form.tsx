import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_KINDS, type PlacementKind } from '../../../../contracts/employment.ts';
import { PLACEMENT_LIMITS, type FadingStep, type Placement } from '../../../../contracts/placements.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { EmployerField } from '../../../components/fields/employer-field.tsx';
import { useEmployerOpenVacancies } from '../../../lib/lookups.ts';
import { OccupationField } from '../../../components/fields/occupation-field.tsx';
import { useRecordPlacement, useUpdatePlacement } from '../api/placements.ts';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { centsToInput, decimalInput, euroToCents, parseDecimal } from '../../../lib/amounts.ts';

// Recording a placement on the case page, or correcting it on its page: what kind, where,
// which occupation, when, hours, wage, the support agreed and the planned fading of
// on-the-job support. A wage below the minimum is saved; the warning comes back with the
// placement and is shown after saving. The kind stays once recorded (decision 0034).


interface Step { fromWeek: string; hoursPerWeek: string }
interface Values {
  kind: string; employerId: string | null; vacancyId: string; iscoCode: string | null; jobTitle: string; startsOn: string; endsOn: string;
  hoursPerWeek: string; wage: string; supportAgreed: string; fadingPlan: Step[];
}

export function PlacementForm({ caseId, organisationId, placement, onSaved, onCancel }: {
  caseId: string; organisationId: string; placement?: Placement; onSaved: (placement: Placement) => void; onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const FORM = placement ? 'placement-edit' : 'placement-new';
  const record = useRecordPlacement(caseId);
  const update = useUpdatePlacement({ id: placement?.id ?? '', caseId });
  const form = useFormProblem();
  const [values, setValues] = useState<Values>(() => (placement ? {
    kind: placement.kind, employerId: placement.employer?.id ?? null, vacancyId: placement.vacancy?.id ?? '', iscoCode: placement.iscoCode, jobTitle: placement.jobTitle,
    startsOn: placement.startsOn, endsOn: placement.endsOn ?? '', hoursPerWeek: decimalInput(placement.hoursPerWeek, language),
    wage: centsToInput(placement.wageMonthlyCents, language), supportAgreed: placement.supportAgreed,
    fadingPlan: placement.fadingPlan.map((step) => ({ fromWeek: String(step.fromWeek), hoursPerWeek: decimalInput(step.hoursPerWeek, language) })),
  } : {
    kind: '', employerId: null, vacancyId: '', iscoCode: null, jobTitle: '', startsOn: todayIso(), endsOn: '', hoursPerWeek: '40', wage: '', supportAgreed: '',
    fadingPlan: [],
  }));
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const id = (field: string) => fieldId(FORM, field);
  const error = (field: string) => form.problem?.fields[field];
  const selfEmployed = values.kind === 'self_employment';
  const vacancyOptions = useEmployerOpenVacancies(selfEmployed ? null : values.employerId).data?.items ?? [];
  const labels: Record<string, string> = {
    kind: t('placements.kind'), employerId: t('placements.employer'), iscoCode: t('placements.occupation'), jobTitle: t('placements.jobTitle'),
    startsOn: t('placements.startsOn'), endsOn: t('placements.endsOn'), hoursPerWeek: t('placements.hoursPerWeek'), wageMonthlyCents: t('placements.wage'),
    supportAgreed: t('placements.supportAgreed'), vacancyId: t('placements.vacancy'),
  };
  const labelOf = (field: string) => {
    const step = /^fadingPlan\.(\d+)\.(fromWeek|hoursPerWeek)$/.exec(field);
    if (step) return t(step[2] === 'fromWeek' ? 'placements.fading.fromWeekNamed' : 'placements.fading.hoursNamed', { n: Number(step[1]) + 1 });
    return labels[field];
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const hours = parseDecimal(values.hoursPerWeek);
    const wage = values.wage.trim() ? euroToCents(values.wage) : null;
    if (!values.kind) fields.kind = t('form.chooseOne');
    if (!selfEmployed && !values.employerId) fields.employerId = t('form.chooseOne');
    if (!values.iscoCode) fields.iscoCode = t('form.chooseOne');
    if (!values.jobTitle.trim()) fields.jobTitle = t('form.fillIn');
    if (!values.startsOn) fields.startsOn = t('form.fillIn');
    if (values.endsOn && values.startsOn && values.endsOn < values.startsOn) fields.endsOn = t('placements.endsBeforeStart');
    if (hours === null || hours <= 0 || hours > 60) fields.hoursPerWeek = t('placements.hoursRange');
    if (values.wage.trim() && wage === null) fields.wageMonthlyCents = t('placements.wageNumber');
    const plan: FadingStep[] = [];
    values.fadingPlan.forEach((step, index) => {
      const week = Number(step.fromWeek);
      const stepHours = parseDecimal(step.hoursPerWeek);
      if (!Number.isInteger(week) || week < 1) fields[`fadingPlan.${index}.fromWeek`] = t('placements.fading.weekWhole');
      if (stepHours === null || stepHours > 60) fields[`fadingPlan.${index}.hoursPerWeek`] = t('placements.hoursRange');
      plan.push({ fromWeek: week, hoursPerWeek: stepHours ?? 0 });
    });
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    const body = {
      ...(selfEmployed ? {} : { employerId: values.employerId }),
      ...(!selfEmployed && values.vacancyId ? { vacancyId: values.vacancyId } : {}),
      iscoCode: values.iscoCode!, jobTitle: values.jobTitle.trim(), startsOn: values.startsOn,
      ...(values.endsOn ? { endsOn: values.endsOn } : placement ? { endsOn: null } : {}),
      hoursPerWeek: hours!, wageMonthlyCents: wage,
      ...(values.supportAgreed.trim() || placement ? { supportAgreed: values.supportAgreed } : {}),
      fadingPlan: plan,
    };
    const done = {
      onSuccess: (saved: Placement) => { announce(t(placement ? 'placements.changed' : 'placements.recorded')); onSaved(saved); },
      onError: form.failed,
    };
    if (placement) update.mutate({ ...body, ...(selfEmployed || values.vacancyId ? {} : { vacancyId: null }), version: placement.version }, done);
    else record.mutate({ kind: values.kind as PlacementKind, ...body }, done);
  };

  const setStep = (index: number, change: Partial<Step>) => set({ fadingPlan: values.fadingPlan.map((step, i) => (i === index ? { ...step, ...change } : step)) });
  const addStep = () => {
    const last = values.fadingPlan.at(-1);
    set({ fadingPlan: [...values.fadingPlan, { fromWeek: last ? String(Number(last.fromWeek) + 2 || '') : '1', hoursPerWeek: '' }] });
  };

  return (
    <form className="form panel-inset" onSubmit={submit} noValidate aria-labelledby={`${FORM}-title`}>
      <h3 id={`${FORM}-title`}>{t(placement ? 'placements.edit' : 'placements.record')}</h3>
      {placement ? <RecordChanged problem={form.problem} onReload={onCancel} /> : null}
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={labelOf} />
      <SelectField
        id={id('kind')} label={labels.kind!} value={values.kind} isRequired isDisabled={placement !== undefined} emptyLabel={t('form.choose')} onChange={(kind) => set({ kind })} error={error('kind')}
        options={PLACEMENT_KINDS.map((kind) => ({ value: kind, label: t(`placements.kinds.${kind}`) }))}
      />
      {selfEmployed ? null : (
        <EmployerField
          id={id('employerId')} label={labels.employerId!} organisationId={organisationId} value={values.employerId} isRequired
          onChange={(employerId) => set({ employerId, vacancyId: '' })} errorMessage={error('employerId')}
        />
      )}
      {!selfEmployed && vacancyOptions.length > 0 ? (
        <SelectField
          id={id('vacancyId')} label={labels.vacancyId!} value={values.vacancyId} emptyLabel={t('placements.noVacancy')} error={error('vacancyId')}
          options={vacancyOptions.map((v) => ({ value: v.id, label: v.title }))}
          onChange={(vacancyId) => {
            // The job is the vacancy's, unless already written otherwise.
            const vacancy = vacancyOptions.find((v) => v.id === vacancyId);
            set({ vacancyId, ...(vacancy ? { iscoCode: values.iscoCode ?? vacancy.iscoCode, jobTitle: values.jobTitle || vacancy.title } : {}) });
          }}
        />
      ) : null}
      <OccupationField id={id('iscoCode')} label={labels.iscoCode!} value={values.iscoCode} isRequired onChange={(iscoCode) => set({ iscoCode })} errorMessage={error('iscoCode')} />
      <TextField id={id('jobTitle')} label={labels.jobTitle!} value={values.jobTitle} isRequired maxLength={PLACEMENT_LIMITS.jobTitleMax} onChange={(jobTitle) => set({ jobTitle })} error={error('jobTitle')} />
      <div className="placement-row">
        <TextField id={id('startsOn')} label={labels.startsOn!} type="date" isRequired value={values.startsOn} onChange={(startsOn) => set({ startsOn })} error={error('startsOn')} />
        <TextField id={id('endsOn')} label={labels.endsOn!} type="date" description={t('placements.endsOnHint')} value={values.endsOn} onChange={(endsOn) => set({ endsOn })} error={error('endsOn')} />
      </div>
      <div className="placement-row">
        <TextField id={id('hoursPerWeek')} label={labels.hoursPerWeek!} inputMode="text" isRequired value={values.hoursPerWeek} onChange={(hoursPerWeek) => set({ hoursPerWeek })} error={error('hoursPerWeek')} />
        <TextField
          id={id('wageMonthlyCents')} label={labels.wageMonthlyCents!} inputMode="text" description={t('placements.wageHint')}
          value={values.wage} onChange={(wage) => set({ wage })} error={error('wageMonthlyCents')}
        />
      </div>
      <TextField
        id={id('supportAgreed')} label={labels.supportAgreed!} description={t('placements.supportAgreedHint')} multiline maxLength={PLACEMENT_LIMITS.supportAgreedMax}
        value={values.supportAgreed} onChange={(supportAgreed) => set({ supportAgreed })} error={error('supportAgreed')}
      />
      <fieldset className="form-group fading-plan">
        <legend>{t('placements.fading.title')}</legend>
        <p className="field-description">{t('placements.fading.hint')}</p>
        {values.fadingPlan.map((step, index) => (
          <div className="fading-step" key={index}>
            <TextField
              id={id(`fadingPlan.${index}.fromWeek`)} label={t('placements.fading.fromWeekNamed', { n: index + 1 })} inputMode="numeric"
              value={step.fromWeek} onChange={(fromWeek) => setStep(index, { fromWeek })} error={error(`fadingPlan.${index}.fromWeek`)}
            />
            <TextField
              id={id(`fadingPlan.${index}.hoursPerWeek`)} label={t('placements.fading.hoursNamed', { n: index + 1 })} inputMode="text"
              value={step.hoursPerWeek} onChange={(hoursPerWeek) => setStep(index, { hoursPerWeek })} error={error(`fadingPlan.${index}.hoursPerWeek`)}
            />
            <Button variant="secondary" aria-label={t('placements.fading.removeNamed', { n: index + 1 })} onPress={() => set({ fadingPlan: values.fadingPlan.filter((_, i) => i !== index) })}>
              {t('placements.fading.remove')}
            </Button>
          </div>
        ))}
        {values.fadingPlan.length < PLACEMENT_LIMITS.fadingStepsMax ? <Button variant="secondary" onPress={addStep}>{t('placements.fading.add')}</Button> : null}
      </fieldset>
      <FormActions submitLabel={t('placements.save')} isPending={record.isPending || update.isPending} onCancel={onCancel} />
    </form>
  );
}
