import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../contracts/appointments.ts';
import { Button } from '../../components/ui/button.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { CreatePanel, Panel } from '../../components/ui/panel.tsx';
import { dateInVilnius, formatDayHeading, timeInVilnius } from '../../lib/vilnius-time.ts';
import { useLanguage } from '../../lib/i18n.ts';
import { useCan } from '../../lib/session.ts';
import { CalendarView } from '../../features/calendar/components/calendar-view.tsx';
import { AppointmentForm } from '../../features/cases/components/appointment-form.tsx';
import { AppointmentStatus } from '../../features/cases/components/appointments-panel.tsx';

// The calendar reads appointments (calendar feature); booking one, moving it and recording
// what happened belong to the case feature, composed here.
export function CalendarPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const canWork = useCan('case.work');
  const [moving, setMoving] = useState<Appointment | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moving) heading.current?.focus();
  }, [moving]);
  const when = (a: Appointment) => `${formatDayHeading(dateInVilnius(a.startsAt), language)} ${timeInVilnius(a.startsAt)}`;
  const movable = (a: Appointment) => canWork && !a.busy && a.canChange && a.status === 'planned' && Date.parse(a.startsAt) > Date.now();
  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <CreatePanel id="calendar-book" title={t('appointments.book')} canCreate={canWork}>
        {(close) => <AppointmentForm form="calendar-appointment" onDone={close} />}
      </CreatePanel>
      {moving ? (
        <Panel id="calendar-move" title={t('appointments.reschedule')}>
          <p ref={heading} tabIndex={-1}>{when(moving)}</p>
          <AppointmentForm key={moving.id} form={`calendar-move-${moving.id}`} appointment={moving} onReload={() => setMoving(null)} onDone={() => setMoving(null)} />
        </Panel>
      ) : null}
      <CalendarView
        renderStatus={(appointment) => (
          <>
            <AppointmentStatus appointment={appointment} />
            {movable(appointment) ? (
              <Button variant="secondary" onPress={() => setMoving(appointment)} aria-label={t('appointments.rescheduleNamed', { when: when(appointment) })}>
                {t('appointments.rescheduleShort')}
              </Button>
            ) : null}
          </>
        )}
      />
    </>
  );
}
