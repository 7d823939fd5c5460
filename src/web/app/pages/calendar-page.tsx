import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { CreatePanel } from '../../components/ui/panel.tsx';
import { useCan } from '../../lib/session.ts';
import { CalendarView } from '../../features/calendar/components/calendar-view.tsx';
import { AppointmentForm } from '../../features/cases/components/appointment-form.tsx';
import { AppointmentStatus } from '../../features/cases/components/appointments-panel.tsx';

// The calendar reads appointments (calendar feature); booking one and recording what
// happened belong to the case feature, composed here.
export function CalendarPage() {
  const { t } = useTranslation();
  const canWork = useCan('case.work');
  return (
    <>
      <PageHeader title={t('calendar.title')} />
      <CreatePanel id="calendar-book" title={t('appointments.book')} canCreate={canWork}>
        {(close) => <AppointmentForm form="calendar-appointment" onDone={close} />}
      </CreatePanel>
      <CalendarView renderStatus={(appointment) => <AppointmentStatus appointment={appointment} />} />
    </>
  );
}
