import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AppointmentList, CalendarSpecialist } from '../../../../contracts/appointments.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Calendar reads: whole days in Lithuanian time for me, a centre, a specialist or the
// mobile team. Keys start with 'appointments', so a booking anywhere refreshes them.

export type CalendarWhose =
  | { kind: 'mine' }
  | { kind: 'centre'; centreId: string }
  | { kind: 'specialist'; specialistId: string }
  | { kind: 'mobile' };

function filterOf(whose: CalendarWhose) {
  switch (whose.kind) {
    case 'mine': return { specialistId: 'me' };
    case 'centre': return { centreId: whose.centreId };
    case 'specialist': return { specialistId: whose.specialistId };
    case 'mobile': return { place: 'mobile_team' };
  }
}

export function useCalendar(whose: CalendarWhose, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['appointments', 'calendar', whose, from, to],
    queryFn: () => api<AppointmentList>(withQuery('/api/appointments', { ...filterOf(whose), from, to, includeCancelled: true })),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSpecialists(enabled: boolean) {
  return useQuery({
    queryKey: ['appointments', 'specialists'],
    queryFn: () => api<CalendarSpecialist[]>('/api/appointments/specialists'),
    enabled,
    staleTime: 5 * 60_000,
  });
}
