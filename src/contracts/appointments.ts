import { Type, type Static } from 'typebox';
import { Id, IsoDate, Timestamp, Version } from './common.ts';
import { SERVICE_PLACES } from './cases.ts';

// Appointments and the calendar (issue 4, scope 6). Times travel as ISO timestamps and
// are stored as timestamptz; calendar windows are whole days in Lithuanian time.

export const APPOINTMENT_STATUSES = ['planned', 'held', 'missed', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_LIMITS = {
  /** The longest appointment, in hours. */
  maxHours: 12,
  /** The longest calendar window, in days. */
  rangeDaysMax: 31,
  /** The longest window of one case's appointments (a case has few: past and upcoming at once). */
  caseRangeDaysMax: 366,
  purposeMax: 500,
  villageMax: 100,
  /** The most appointments one calendar read returns (`truncated` says there were more). */
  listMax: 1000,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const AppointmentCreate = Type.Object(
  {
    /** Who meets the participant: me when absent; a case manager may book a member of the case team. */
    specialistId: Type.Optional(Id),
    /** The case: its participant becomes the appointment's participant. */
    caseId: Type.Optional(Id),
    /** Needed without a case and centre when the user works in several organisations. */
    organisationId: Type.Optional(Id),
    /** Required when place is "centre": a centre of the organisation. */
    centreId: Type.Optional(Id),
    place: Type.Enum(SERVICE_PLACES),
    /** Required for the mobile team (its schedule is by village). */
    village: Type.Optional(Type.String({ maxLength: APPOINTMENT_LIMITS.villageMax })),
    startsAt: Timestamp,
    endsAt: Timestamp,
    purpose: Type.Optional(Type.String({ maxLength: APPOINTMENT_LIMITS.purposeMax })),
  },
  { additionalProperties: false },
);
export type AppointmentCreate = Static<typeof AppointmentCreate>;

/** Reschedule (a planned appointment), move, or record what happened. */
export const AppointmentUpdate = Type.Object(
  {
    startsAt: Type.Optional(Timestamp),
    endsAt: Type.Optional(Timestamp),
    place: Type.Optional(Type.Enum(SERVICE_PLACES)),
    centreId: Type.Optional(Nullable(Id)),
    village: Type.Optional(Type.String({ maxLength: APPOINTMENT_LIMITS.villageMax })),
    purpose: Type.Optional(Type.String({ maxLength: APPOINTMENT_LIMITS.purposeMax })),
    status: Type.Optional(Type.Enum(APPOINTMENT_STATUSES)),
    version: Version,
  },
  { additionalProperties: false },
);
export type AppointmentUpdate = Static<typeof AppointmentUpdate>;

export const Appointment = Type.Object({
  id: Id,
  organisationId: Id,
  specialistId: Id,
  specialistName: Type.String(),
  /**
   * True when the user may not read the participant's case: the slot shows as busy, and
   * caseId, participant and purpose are withheld.
   */
  busy: Type.Boolean(),
  caseId: Nullable(Id),
  participantId: Nullable(Id),
  participantName: Nullable(Type.String()),
  place: Type.Enum(SERVICE_PLACES),
  centreId: Nullable(Id),
  centreName: Nullable(Type.String()),
  village: Type.String(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  purpose: Type.String(),
  status: Type.Enum(APPOINTMENT_STATUSES),
  /** Whether this user may reschedule it or record what happened. */
  canChange: Type.Boolean(),
  version: Type.Integer(),
});
export type Appointment = Static<typeof Appointment>;

/** Whose calendar: one of the filters (none means my own); `from`–`to` whole days, Lithuanian time, inclusive (at most 31, or 366 for a case). */
export const AppointmentListQuery = Type.Object(
  {
    specialistId: Type.Optional(Type.Union([Type.Literal('me'), Id])),
    centreId: Type.Optional(Id),
    participantId: Type.Optional(Id),
    caseId: Type.Optional(Id),
    place: Type.Optional(Type.Enum(SERVICE_PLACES)),
    from: IsoDate,
    to: IsoDate,
    /** Cancelled ones are left out unless asked for. */
    includeCancelled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AppointmentListQuery = Static<typeof AppointmentListQuery>;

export const AppointmentList = Type.Object({
  /** In time order. */
  items: Type.Array(Appointment),
  from: IsoDate,
  to: IsoDate,
  truncated: Type.Boolean(),
});
export type AppointmentList = Static<typeof AppointmentList>;

/** Staff whose calendars the user may open (the organisations where they read cases). */
export const CalendarSpecialist = Type.Object({ id: Id, name: Type.String(), organisationId: Id, roles: Type.Array(Type.String()) });
export type CalendarSpecialist = Static<typeof CalendarSpecialist>;
