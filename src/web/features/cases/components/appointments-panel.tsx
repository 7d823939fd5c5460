import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { announce } from '../../../lib/announce.ts';
import { todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useMe } from '../../../lib/session.ts';
import { addDays, dateInVilnius, formatDayHeading, timeInVilnius } from '../../../lib/vilnius-time.ts';
import { useCaseAppointments, useChangeAppointment, type Appointment } from '../api/appointments.ts';
import { AppointmentForm } from './appointment-form.tsx';
import type { CaseSectionProps } from './case-page.tsx';

// The case's appointments: upcoming first, then past ones newest first, each with what
// happened; booking (a case manager also for a team member) and recording the outcome.
// One window of half a year back and forward: a case has few appointments.
// A planned upcoming one can be rescheduled ("Keisti laiką") in the booking form.

const BACK_DAYS = 182;
const AHEAD_DAYS = 183;

export function AppointmentsPanel({ caseRecord, canWork, canManage }: CaseSectionProps) {
  const { t } = useTranslation();
  const me = useMe();
  const today = todayIso();
  const list = useCaseAppointments(caseRecord.id, addDays(today, -BACK_DAYS), addDays(today, AHEAD_DAYS));
  const [booking, setBooking] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editKey, setEditKey] = useState(0);
  const client = useQueryClient();
  const now = Date.now();
  const items = list.data?.items ?? [];
  const upcoming = items.filter((a) => Date.parse(a.endsAt) >= now);
  const past = items.filter((a) => Date.parse(a.endsAt) < now).reverse();
  const editing = items.find((a) => a.id === editingId);
  // Someone else changed it: read the case's appointments again and start the form from the fresh copy.
  const reload = async () => {
    await client.refetchQueries({ queryKey: ['appointments', 'case', caseRecord.id] });
    setEditKey((k) => k + 1);
  };
  // A case manager books for anyone in the team; a specialist for themselves.
  const team = canManage
    ? [...new Map(caseRecord.team.map((m) => [m.userId, { id: m.userId, name: m.name }])).values()]
    : undefined;
  const specialists = team && me && !team.some((m) => m.id === me.user.id)
    ? [{ id: me.user.id, name: `${me.user.firstName} ${me.user.lastName}` }, ...team]
    : team;

  return (
    <Panel id="appointments" title={t('appointments.title')}>
      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        <>
          <AppointmentTable caption={t('appointments.upcoming')} items={upcoming} empty={t('appointments.noneUpcoming')} onReschedule={canWork ? setEditingId : undefined} />
          <AppointmentTable caption={t('appointments.past')} items={past} empty={t('appointments.nonePast')} />
        </>
      ) : null}
      {canWork && editing ? (
        <>
          <h3>{t('appointments.reschedule')}</h3>
          <AppointmentForm
            key={`${editing.id}-${editKey}`} form={`appointment-${editing.id}`} appointment={editing} fixedCase={{ id: caseRecord.id, organisationId: caseRecord.organisationId }}
            onReload={() => void reload()} onDone={() => setEditingId(null)}
          />
        </>
      ) : null}
      {canWork && booking ? (
        <>
          <h3>{t('appointments.book')}</h3>
          <AppointmentForm
            form="appointment-new" fixedCase={{ id: caseRecord.id, organisationId: caseRecord.organisationId }} specialists={specialists}
            onDone={() => setBooking(false)}
          />
        </>
      ) : null}
      <div className="form-actions">
        {canWork && !booking && !editing ? <Button onPress={() => setBooking(true)}>{t('appointments.book')}</Button> : null}
        <Link to="/calendar" className="button button-secondary">{t('appointments.openCalendar')}</Link>
      </div>
    </Panel>
  );
}

function AppointmentTable({ caption, items, empty, onReschedule }: { caption: string; items: Appointment[]; empty: string; onReschedule?: ((id: string) => void) | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (items.length === 0) return <p><strong>{caption}:</strong> {empty}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('appointments.when')}</th>
          <th scope="col">{t('appointments.specialist')}</th>
          <th scope="col">{t('appointments.place')}</th>
          <th scope="col">{t('appointments.purpose')}</th>
          <th scope="col">{t('appointments.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              {formatDayHeading(dateInVilnius(a.startsAt), language)}<br />
              <span className="nowrap">{timeInVilnius(a.startsAt)}–{timeInVilnius(a.endsAt)}</span>
            </th>
            <td>{a.specialistName}</td>
            <td>{[t(`servicePlaces.${a.place}`), a.centreName, a.village].filter(Boolean).join(', ')}</td>
            <td>{a.purpose}</td>
            <td>
              <AppointmentStatus appointment={a} />
              {onReschedule && a.canChange && a.status === 'planned' && Date.parse(a.startsAt) > Date.now() ? (
                <Button
                  variant="secondary" onPress={() => onReschedule(a.id)}
                  aria-label={t('appointments.rescheduleNamed', { when: `${formatDayHeading(dateInVilnius(a.startsAt), language)} ${timeInVilnius(a.startsAt)}` })}
                >
                  {t('appointments.rescheduleShort')}
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The status, and what the user may record now: cancel before it starts, held or missed once it has. */
export function AppointmentStatus({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useChangeAppointment();
  const started = Date.parse(appointment.startsAt) <= Date.now();
  const when = `${formatDayHeading(dateInVilnius(appointment.startsAt), language)} ${timeInVilnius(appointment.startsAt)}`;
  const set = (status: Appointment['status']) => change.mutate(
    { id: appointment.id, status, version: appointment.version },
    { onSuccess: () => announce(t('appointments.statusSaved', { status: t(`appointmentStatuses.${status}`) })) },
  );
  const actions: Appointment['status'][] = !appointment.canChange ? []
    : started ? (['held', 'missed'] as const).filter((s) => s !== appointment.status)
      : appointment.status === 'planned' ? ['cancelled'] : [];
  return (
    <div className="status-line">
      <span>{t(`appointmentStatuses.${appointment.status}`)}</span>
      {actions.map((status) => (
        <Button key={status} variant="secondary" isDisabled={change.isPending} aria-label={t(`appointments.mark.${status}Named`, { when })} onPress={() => set(status)}>
          {t(`appointments.mark.${status}`)}
        </Button>
      ))}
      {change.error ? <QueryState isPending={false} error={change.error} /> : null}
    </div>
  );
}
