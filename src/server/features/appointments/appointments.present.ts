import type { Appointment, AppointmentStatus, CalendarSpecialist } from '../../../contracts/appointments.ts';
import type { ServicePlace } from '../../../contracts/cases.ts';
import type { AppointmentRow } from './appointments.queries.ts';

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

/** What the reader may do with appointments in an organisation. */
export interface Reader {
  userId: string;
  /** Holds case.work there (needed for any change). */
  works: (organisationId: string) => boolean;
  /** Holds case.manage there (changes anyone's appointments). */
  manages: (organisationId: string) => boolean;
}

/** The specialist, whoever booked it, or a case manager; only with case.work there and when the case is readable. */
export function mayChange(row: AppointmentRow, reader: Reader): boolean {
  const own = row.specialist_id === reader.userId || row.created_by === reader.userId;
  return Boolean(row.visible) && reader.works(row.organisation_id) && (own || reader.manages(row.organisation_id));
}

/** A slot the reader may not see into shows as busy: no case, person or purpose. */
export function presentAppointment(row: AppointmentRow, reader: Reader): Appointment {
  const visible = Boolean(row.visible);
  return {
    id: row.id,
    organisationId: row.organisation_id,
    specialistId: row.specialist_id,
    specialistName: `${row.specialist_first_name} ${row.specialist_last_name}`,
    busy: !visible,
    caseId: visible ? row.case_id : null,
    participantId: visible ? row.participant_id : null,
    participantName: visible && row.participant_first_name !== null ? `${row.participant_first_name} ${row.participant_last_name}` : null,
    place: row.place as ServicePlace,
    centreId: row.centre_id,
    centreName: row.centre_name,
    village: row.village,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    purpose: visible ? row.purpose : '',
    status: row.status as AppointmentStatus,
    canChange: row.status !== 'cancelled' && mayChange(row, reader),
    version: row.version,
  };
}

export function presentSpecialist(row: { id: string; first_name: string; last_name: string; organisation_id: string; roles: string[] }): CalendarSpecialist {
  return { id: row.id, name: `${row.first_name} ${row.last_name}`, organisationId: row.organisation_id, roles: row.roles };
}
