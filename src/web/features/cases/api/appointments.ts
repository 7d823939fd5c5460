import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Appointment, AppointmentCreate, AppointmentList, AppointmentUpdate } from '../../../../contracts/appointments.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// A case's appointments, and booking or changing one (also from the calendar page).
// Query keys start with 'appointments', which the calendar's use too: a booking here
// makes every calendar stale, and the case's timeline and "today" on My caseload.

export function useCaseAppointments(caseId: string, from: string, to: string) {
  return useQuery({
    queryKey: ['appointments', 'case', caseId, from, to],
    queryFn: () => api<AppointmentList>(withQuery('/api/appointments', { caseId, from, to, includeCancelled: true })),
  });
}

function useAfterChange() {
  const client = useQueryClient();
  return (appointment: Appointment) => {
    void client.invalidateQueries({ queryKey: ['appointments'] });
    void client.invalidateQueries({ queryKey: ['cases', 'summary'] });
    void client.invalidateQueries({ queryKey: ['cases', 'list'] });
    if (appointment.caseId) void client.invalidateQueries({ queryKey: ['cases', 'timeline', appointment.caseId] });
  };
}

export function useBookAppointment() {
  const changed = useAfterChange();
  return useMutation({
    mutationFn: (body: AppointmentCreate) => api<Appointment>('/api/appointments', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useChangeAppointment() {
  const changed = useAfterChange();
  return useMutation({
    mutationFn: ({ id, ...body }: AppointmentUpdate & { id: string }) => api<Appointment>(`/api/appointments/${id}`, { method: 'PATCH', body }),
    onSuccess: changed,
  });
}

export type { Appointment };
