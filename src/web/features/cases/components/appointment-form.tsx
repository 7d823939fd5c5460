import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { APPOINTMENT_LIMITS } from '../../../../contracts/appointments.ts';
import { SERVICE_PLACES, type ServicePlace } from '../../../../contracts/cases.ts';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { todayIso } from '../../../lib/format.ts';
import { useCentreOptions, useOrganisationOptionsFor, type Option } from '../../../lib/lookups.ts';
import { useMe } from '../../../lib/session.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { dateInVilnius, parseTime, timeInVilnius, vilniusInstant } from '../../../lib/vilnius-time.ts';
import { useBookAppointment, useChangeAppointment, type Appointment } from '../api/appointments.ts';
import { useCaseload } from '../api/cases.ts';

// Booking an appointment, from a case page (the case fixed) or from the calendar (a case
// of my caseload, or none: a mobile-team round, a centre's hours). Times are typed on the
// 24-hour clock in Lithuanian time; the server refuses the past and clashes, and its
// message says whose time is taken and when.
// With `appointment` it reschedules that one instead (time, place, purpose; same case and
// specialist), sending the version read: a clash or someone else's change keeps the input.

interface FixedCase { id: string; organisationId: string }

interface AppointmentFormProps {
  /** Prefix of the controls' ids. */
  form: string;
  /** The case the appointment is for; without it the form offers the user's caseload. */
  fixedCase?: FixedCase | undefined;
  /** Whom it may be booked for (a case manager books for the case team); just me when absent. */
  specialists?: readonly Option[] | undefined;
  initialDate?: string | undefined;
  /** Reschedule this planned appointment instead of booking a new one. */
  appointment?: Appointment | undefined;
  /** After someone else changed it: read the appointment again (the form starts anew from it). */
  onReload?: (() => void) | undefined;
  onDone: (booked?: Appointment) => void;
}

interface Values {
  organisationId: string; specialistId: string; date: string; start: string; end: string; place: string; centreId: string; village: string; purpose: string;
}

export function AppointmentForm({ form: formName, fixedCase, specialists, initialDate, appointment, onReload, onDone }: AppointmentFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const book = useBookAppointment();
  const reschedule = useChangeAppointment();
  const form = useFormProblem();
  const organisations = useOrganisationOptionsFor('case.work');
  const [picked, setPicked] = useState<FixedCase | null>(null);
  const [values, setValues] = useState<Values>(appointment ? {
    organisationId: appointment.organisationId, specialistId: appointment.specialistId, date: dateInVilnius(appointment.startsAt),
    start: timeInVilnius(appointment.startsAt), end: timeInVilnius(appointment.endsAt), place: appointment.place, centreId: appointment.centreId ?? '',
    village: appointment.village, purpose: appointment.purpose,
  } : {
    organisationId: '', specialistId: me?.user.id ?? '', date: initialDate ?? todayIso(), start: '', end: '', place: '', centreId: '', village: '', purpose: '',
  });
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const chosenCase = fixedCase ?? (appointment ? { id: appointment.caseId ?? '', organisationId: appointment.organisationId } : picked);
  // Without a case, the organisation is asked only of someone who works in several.
  const askOrganisation = !chosenCase && organisations.length > 1;
  const organisationId = chosenCase?.organisationId ?? (askOrganisation ? values.organisationId : organisations[0]?.id);
  const centres = useCentreOptions(organisationId, values.place === 'centre' && Boolean(organisationId));
  const id = (field: string) => fieldId(formName, field);
  const labels: Record<string, string> = {
    caseId: t('appointments.case'), organisationId: t('appointments.organisation'), specialistId: t('appointments.specialist'), date: t('appointments.date'),
    startsAt: t('appointments.start'), endsAt: t('appointments.end'), place: t('appointments.place'), centreId: t('appointments.centre'),
    village: t('appointments.village'), purpose: t('appointments.purpose'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const start = parseTime(values.start);
    const end = parseTime(values.end);
    if (askOrganisation && !values.organisationId) fields.organisationId = t('form.chooseOne');
    if (!values.date) fields.date = t('form.fillIn');
    if (!start) fields.startsAt = t('appointments.timeFormat');
    if (!end) fields.endsAt = t('appointments.timeFormat');
    else if (start && end <= start) fields.endsAt = t('appointments.endAfterStart');
    if (!values.place) fields.place = t('form.chooseOne');
    if (values.place === 'centre' && !values.centreId) fields.centreId = t('form.chooseOne');
    if (values.place === 'mobile_team' && !values.village.trim()) fields.village = t('form.fillIn');
    if (Object.keys(fields).length > 0) return form.invalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
    form.submitted();
    if (appointment) {
      reschedule.mutate({
        id: appointment.id, version: appointment.version, place: values.place as ServicePlace,
        startsAt: vilniusInstant(values.date, start!), endsAt: vilniusInstant(values.date, end!),
        centreId: values.place === 'centre' ? values.centreId : null,
        village: values.place === 'centre' ? '' : values.village.trim(), purpose: values.purpose.trim(),
      }, {
        onSuccess: (changed) => { announce(t('appointments.rescheduled')); onDone(changed); },
        onError: form.failed,
      });
      return;
    }
    book.mutate({
      place: values.place as ServicePlace,
      startsAt: vilniusInstant(values.date, start!),
      endsAt: vilniusInstant(values.date, end!),
      ...(chosenCase ? { caseId: chosenCase.id } : {}),
      ...(!chosenCase && organisationId ? { organisationId } : {}),
      ...(values.specialistId && values.specialistId !== me?.user.id ? { specialistId: values.specialistId } : {}),
      ...(values.place === 'centre' ? { centreId: values.centreId } : {}),
      ...(values.village.trim() && values.place !== 'centre' ? { village: values.village.trim() } : {}),
      ...(values.purpose.trim() ? { purpose: values.purpose.trim() } : {}),
    }, {
      onSuccess: (booked) => { announce(t('appointments.booked')); onDone(booked); },
      onError: form.failed,
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={appointment ? t('appointments.reschedule') : t('appointments.book')}>
      {onReload ? <RecordChanged problem={form.problem} onReload={onReload} /> : null}
      <FormProblemSummary form={formName} problem={form.problem} attempt={form.attempt} labelOf={(f) => labels[f]} />
      {fixedCase || appointment ? null : (
        <>
          <CasePicker id={id('caseId')} label={labels.caseId!} picked={picked} onPick={(c) => { setPicked(c); set({ centreId: '' }); }} error={form.problem?.fields.caseId} />
          {askOrganisation ? (
            <SelectField
              id={id('organisationId')} label={labels.organisationId!} value={values.organisationId} onChange={(organisationId) => set({ organisationId, centreId: '' })}
              emptyLabel={t('form.choose')} options={organisations.map((o) => ({ value: o.id, label: o.name }))} error={form.problem?.fields.organisationId} isRequired
            />
          ) : null}
        </>
      )}
      {!appointment && specialists && specialists.length > 1 ? (
        <SelectField
          id={id('specialistId')} label={labels.specialistId!} value={values.specialistId} onChange={(specialistId) => set({ specialistId })} isRequired
          options={specialists.map((s) => ({ value: s.id, label: s.name }))} error={form.problem?.fields.specialistId}
        />
      ) : null}
      <TextField id={id('date')} label={labels.date!} type="date" value={values.date} onChange={(date) => set({ date })} error={form.problem?.fields.date} isRequired />
      <div className="rule-fields">
        <TextField
          id={id('startsAt')} label={labels.startsAt!} description={t('appointments.timeHint')} value={values.start} onChange={(start) => set({ start })}
          error={form.problem?.fields.startsAt} isRequired inputMode="numeric" maxLength={5}
        />
        <TextField
          id={id('endsAt')} label={labels.endsAt!} description={t('appointments.endHint', { hours: APPOINTMENT_LIMITS.maxHours })} value={values.end} onChange={(end) => set({ end })}
          error={form.problem?.fields.endsAt} isRequired inputMode="numeric" maxLength={5}
        />
      </div>
      <SelectField
        id={id('place')} label={labels.place!} value={values.place} onChange={(place) => set({ place })} emptyLabel={t('form.choose')} isRequired
        options={SERVICE_PLACES.map((p) => ({ value: p, label: t(`servicePlaces.${p}`) }))} error={form.problem?.fields.place}
      />
      {values.place === 'centre' ? (
        <SelectField
          id={id('centreId')} label={labels.centreId!} value={values.centreId} onChange={(centreId) => set({ centreId })} emptyLabel={t('form.choose')} isRequired
          options={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))} error={form.problem?.fields.centreId}
        />
      ) : null}
      {values.place === 'home_visit' || values.place === 'mobile_team' ? (
        <TextField
          id={id('village')} label={labels.village!} value={values.village} onChange={(village) => set({ village })} error={form.problem?.fields.village}
          isRequired={values.place === 'mobile_team'} maxLength={APPOINTMENT_LIMITS.villageMax}
        />
      ) : null}
      <TextField
        id={id('purpose')} label={labels.purpose!} description={t('appointments.purposeHint')} value={values.purpose} onChange={(purpose) => set({ purpose })}
        error={form.problem?.fields.purpose} maxLength={APPOINTMENT_LIMITS.purposeMax}
      />
      <FormActions submitLabel={appointment ? t('appointments.saveChange') : t('appointments.save')} isPending={book.isPending || reschedule.isPending} onCancel={() => onDone()} />
    </form>
  );
}

/** A case of my caseload (its participant's name), or none. */
function CasePicker({ id, label, picked, onPick, error }: { id: string; label: string; picked: FixedCase | null; onPick: (picked: FixedCase | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const caseload = useCaseload({ stage: '', scope: 'mine', includeClosed: false });
  const cases = (caseload.data?.pages ?? []).flatMap((page) => page.items);
  return (
    <>
      <QueryState isPending={caseload.isPending} error={caseload.error} />
      <SelectField
        id={id} label={label} value={picked?.id ?? ''} emptyLabel={t('appointments.noCase')} error={error}
        onChange={(caseId) => {
          const found = cases.find((c) => c.id === caseId);
          onPick(found ? { id: found.id, organisationId: found.organisationId } : null);
        }}
        options={cases.map((c) => ({ value: c.id, label: c.participant?.name ?? t('cases.nameHidden') }))}
      />
    </>
  );
}
