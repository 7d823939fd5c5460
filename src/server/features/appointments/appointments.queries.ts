import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import { APPOINTMENT_LIMITS } from '../../../contracts/appointments.ts';

// All SQL of appointments and the calendar.

export interface AppointmentValues {
  organisation_id: string;
  specialist_id: string;
  case_id: string | null;
  participant_id: string | null;
  centre_id: string | null;
  place: string;
  village: string;
  starts_at: Date;
  ends_at: Date;
  purpose: string;
  created_by: string;
}

export async function insertAppointment(db: Database, values: AppointmentValues): Promise<string> {
  const { id } = await db.insertInto('appointments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateAppointment(db: Database, id: string, version: number, values: Partial<Omit<AppointmentValues, 'organisation_id' | 'created_by'>> & { status?: string }) {
  return db.updateTable('appointments')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

/** Who sees what (decision 0021), the rule of `mayReadCase` in SQL, for a whole calendar at once. */
export interface Visibility {
  userId: string;
  readAll: Scope;
}

function selectAppointments(db: Database, visibility: Visibility) {
  return db.selectFrom('appointments as a')
    .innerJoin('users as s', 's.id', 'a.specialist_id')
    .leftJoin('participants as p', 'p.id', 'a.participant_id')
    .leftJoin('centres as c', 'c.id', 'a.centre_id')
    .select([
      'a.id', 'a.organisation_id', 'a.specialist_id', 's.first_name as specialist_first_name', 's.last_name as specialist_last_name',
      'a.case_id', 'a.participant_id', 'p.first_name as participant_first_name', 'p.last_name as participant_last_name',
      'a.centre_id', 'c.name as centre_name', 'a.place', 'a.village', 'a.starts_at', 'a.ends_at', 'a.purpose', 'a.status',
      'a.created_by', 'a.version',
    ])
    // The specialist always sees whom they meet; a slot without a person hides nothing.
    .select(sql<boolean>`case
      when a.specialist_id = ${visibility.userId}::uuid then true
      when a.case_id is null then a.participant_id is null or ${withinScope(visibility.readAll, 'a.organisation_id')}
      else ${withinScope(visibility.readAll, 'a.organisation_id')}
        or exists (select 1 from case_members m where m.case_id = a.case_id and m.user_id = ${visibility.userId}::uuid)
    end`.as('visible'));
}
export type AppointmentRow = NonNullable<Awaited<ReturnType<typeof findAppointment>>>;

export function findAppointment(db: Database, id: string, visibility: Visibility) {
  return selectAppointments(db, visibility).where('a.id', '=', id).executeTakeFirst();
}

export interface CalendarFilter {
  specialistId?: string | undefined;
  centreId?: string | undefined;
  participantId?: string | undefined;
  caseId?: string | undefined;
  place?: string | undefined;
  includeCancelled: boolean;
}

/**
 * Appointments overlapping whole days [from, to] in Lithuanian time (daylight saving
 * included), in the organisations the scope reaches, in time order. No appointment is
 * longer than 12 hours, so "starts after from − 12 h" lets the (…, starts_at) indexes
 * narrow the search; the range overlap is what the specialist's and participant's
 * exclusion indexes answer.
 */
export function listAppointments(db: Database, scope: Scope, visibility: Visibility, filter: CalendarFilter, from: string, toExclusive: string) {
  const start = sql`(${from}::date)::timestamp at time zone 'Europe/Vilnius'`;
  const end = sql`(${toExclusive}::date)::timestamp at time zone 'Europe/Vilnius'`;
  let query = selectAppointments(db, visibility)
    .where(withinScope(scope, 'a.organisation_id'))
    .where(sql<boolean>`tstzrange(a.starts_at, a.ends_at) && tstzrange(${start}, ${end})`)
    .where(sql<boolean>`a.starts_at >= ${start} - make_interval(hours => ${APPOINTMENT_LIMITS.maxHours})`)
    .where(sql<boolean>`a.starts_at < ${end}`);
  if (filter.specialistId) query = query.where('a.specialist_id', '=', filter.specialistId);
  if (filter.centreId) query = query.where('a.centre_id', '=', filter.centreId);
  if (filter.participantId) query = query.where('a.participant_id', '=', filter.participantId);
  if (filter.caseId) query = query.where('a.case_id', '=', filter.caseId);
  if (filter.place) query = query.where('a.place', '=', filter.place);
  if (!filter.includeCancelled) query = query.where('a.status', '<>', 'cancelled');
  return query.orderBy('a.starts_at').orderBy('a.ends_at').orderBy('a.id').limit(APPOINTMENT_LIMITS.listMax + 1).execute();
}

/** The first appointment that a booking clashed with, to name it in the refusal. */
export function findClash(db: Database, whose: 'specialist' | 'participant', personId: string, startsAt: Date, endsAt: Date, exceptId: string | null) {
  let query = db.selectFrom('appointments').select(['id', 'starts_at', 'ends_at'])
    .where(whose === 'specialist' ? 'specialist_id' : 'participant_id', '=', personId)
    .where('status', '<>', 'cancelled')
    .where(sql<boolean>`tstzrange(starts_at, ends_at) && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz)`);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.orderBy('starts_at').limit(1).executeTakeFirst();
}

export function userName(db: Database, id: string) {
  return db.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', id).executeTakeFirst();
}

export function participantName(db: Database, id: string) {
  return db.selectFrom('participants').select(['first_name', 'last_name']).where('id', '=', id).executeTakeFirst();
}

export function participantOrganisation(db: Database, id: string) {
  return db.selectFrom('participants').select('organisation_id').where('id', '=', id).executeTakeFirst();
}

export function centreOrganisation(db: Database, id: string) {
  return db.selectFrom('centres').select('organisation_id').where('id', '=', id).executeTakeFirst();
}

export async function isActiveStaff(db: Database, userId: string, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id').select('users.id')
    .where('memberships.user_id', '=', userId).where('memberships.organisation_id', '=', organisationId).where('users.is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** Active staff of the organisations, with their roles there, in Lithuanian name order. */
export function staffOf(db: Database, scope: Scope) {
  return db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.first_name', 'users.last_name', 'memberships.organisation_id'])
    .select(sql<string[]>`array_agg(memberships.role order by memberships.role)`.as('roles'))
    .where(withinScope(scope, 'memberships.organisation_id')).where('users.is_active', '=', true)
    .groupBy(['users.id', 'users.first_name', 'users.last_name', 'users.sort_key', 'memberships.organisation_id'])
    .orderBy(sql`users.sort_key collate "C"`).orderBy('users.id').orderBy('memberships.organisation_id')
    .execute();
}
