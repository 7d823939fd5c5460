import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/connect.ts';
import { withinScope } from '../../db/scope.ts';
import type { Scope } from '../../http/access.ts';
import type { Period } from './fidelity.rules.ts';

// All SQL of the fidelity figures and the job coach's dashboard. Each figure is one grouped
// query over all the coaches at once (never one query per coach or per person).

/** The date a person enrolled: the enrolment's date, else the case's opening (they are the same day when the case was opened by enrolling). */
const enrolledOn = sql<string>`coalesce(e.enrolled_on, c.opened_on)`;

export function findProgramme(db: Database, id: string) {
  return db.selectFrom('programmes').select(['id', 'organisation_id', 'name_lt', 'name_en']).where('id', '=', id).executeTakeFirst();
}

/**
 * The programme's job coaches: named on one of its supported-employment processes that ran
 * during the period, or in its team as job coach. Sorted by name the Lithuanian way.
 */
export function programmeCoaches(db: Database, programmeId: string, period: Period) {
  const named = db.selectFrom('supported_employment as se')
    .innerJoin('cases as c', 'c.id', 'se.case_id')
    .select('se.coach_id as user_id')
    .where('c.programme_id', '=', programmeId)
    .where('se.coach_id', 'is not', null)
    .where('se.started_on', '<=', period.to)
    .where((eb) => eb.or([eb('se.ended_on', 'is', null), eb('se.ended_on', '>=', period.from)]));
  const team = db.selectFrom('programme_team').select('user_id').where('programme_id', '=', programmeId).where('role', '=', 'job_coach');
  return db.selectFrom('users as u')
    .select(['u.id', 'u.first_name', 'u.last_name'])
    .where((eb) => eb.or([eb('u.id', 'in', named), eb('u.id', 'in', team)]))
    .orderBy(sql`u.sort_key collate "C"`)
    .orderBy('u.id')
    .execute();
}

/** Active supported-employment processes (not ended, case not closed) per coach in the organisations, and of them those in the programme. */
export async function caseloads(db: Database, coachIds: readonly string[], organisations: Scope, programmeId: string | null = null) {
  if (coachIds.length === 0) return [];
  return db.selectFrom('supported_employment as se')
    .innerJoin('cases as c', 'c.id', 'se.case_id')
    .select((eb) => [
      'se.coach_id',
      eb.fn.countAll<number>().as('active'),
      sql<number>`count(*) filter (where c.programme_id = ${programmeId})`.as('in_programme'),
    ])
    .where('se.coach_id', 'in', coachIds)
    .where('se.ended_on', 'is', null)
    .where('c.stage', '<>', 'closed')
    .where(withinScope(organisations, 'se.organisation_id'))
    .groupBy('se.coach_id')
    .execute();
}

/** Active supported-employment processes of the programme, whoever their coach. */
export async function activeProcessesInProgramme(db: Database, programmeId: string): Promise<number> {
  const row = await db.selectFrom('supported_employment as se')
    .innerJoin('cases as c', 'c.id', 'se.case_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('c.programme_id', '=', programmeId)
    .where('se.ended_on', 'is', null)
    .where('c.stage', '<>', 'closed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Employer contacts in the period per staff member, with or without a case, in the organisations. */
export async function contactCounts(db: Database, staffIds: readonly string[], organisations: Scope, period: Period) {
  if (staffIds.length === 0) return [];
  return db.selectFrom('employer_contacts')
    .select((eb) => ['staff_id', eb.fn.countAll<number>().as('contacts')])
    .where('staff_id', 'in', staffIds)
    .where(withinScope(organisations, 'organisation_id'))
    .where('contacted_on', '>=', period.from)
    .where('contacted_on', '<=', period.to)
    .groupBy('staff_id')
    .execute();
}

/**
 * The people in supported employment enrolled in the period, with their earliest employer
 * contact up to the period's end (through the (case_id, contacted_on) index: one probe a person).
 */
export function enrolledPeople(db: Database, period: Period, where: { programmeId: string } | { coachId: string; organisations: Scope }) {
  let query = db.selectFrom('supported_employment as se')
    .innerJoin('cases as c', 'c.id', 'se.case_id')
    .innerJoin('enrolments as e', 'e.id', 'c.enrolment_id')
    .select([
      'se.case_id', 'se.coach_id', enrolledOn.as('enrolled_on'),
      sql<string | null>`(select min(ec.contacted_on) from employer_contacts ec where ec.case_id = se.case_id and ec.contacted_on <= ${period.to})`.as('first_contact_on'),
    ])
    .where(sql<SqlBool>`${enrolledOn} between ${period.from} and ${period.to}`);
  query = 'programmeId' in where
    ? query.where('c.programme_id', '=', where.programmeId)
    : query.where('se.coach_id', '=', where.coachId).where(withinScope(where.organisations, 'se.organisation_id'));
  return query.execute();
}

/** Placements started in the period, with the coach of their case's supported-employment process. */
export function placementsStarted(db: Database, period: Period, where: { programmeId: string } | { coachId: string; organisations: Scope }) {
  let query = db.selectFrom('placements as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .leftJoin('supported_employment as se', 'se.case_id', 'p.case_id')
    .select(['p.id', 'p.kind', 'p.hours_per_week', 'p.wage_monthly_cents', 'se.coach_id'])
    .where('p.starts_on', '>=', period.from)
    .where('p.starts_on', '<=', period.to);
  query = 'programmeId' in where
    ? query.where('c.programme_id', '=', where.programmeId)
    : query.where('se.coach_id', '=', where.coachId).where(withinScope(where.organisations, 'p.organisation_id'));
  return query.execute();
}

// ── The job coach's dashboard ───────────────────────────────────────────────

/** What decides which cases a user reads (decision 0021), for the lists. */
export interface Reader {
  userId: string;
  readAll: Scope;
  read: Scope;
}

/** "The reader may read this case" as SQL, `c` being the case (the rule of cases.access.ts). */
function readsCase(reader: Reader): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${withinScope(reader.readAll, 'c.organisation_id')} or (${withinScope(reader.read, 'c.organisation_id')}
    and exists (select 1 from case_members m where m.case_id = c.id and m.user_id = ${reader.userId})))`;
}

/** My active supported-employment processes, each with whether I may read the case, and the first employer contact ever made for it. */
export function myParticipants(db: Database, reader: Reader, organisations: Scope, limit: number) {
  return db.selectFrom('supported_employment as se')
    .innerJoin('cases as c', 'c.id', 'se.case_id')
    .innerJoin('enrolments as e', 'e.id', 'c.enrolment_id')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .select([
      'se.case_id', 'se.stage', 'c.organisation_id', 'c.participant_id', 'p.first_name', 'p.last_name', enrolledOn.as('enrolled_on'),
      readsCase(reader).as('readable'),
      sql<string | null>`(select min(ec.contacted_on) from employer_contacts ec where ec.case_id = se.case_id)`.as('first_contact_on'),
    ])
    .where('se.coach_id', '=', reader.userId)
    .where('se.ended_on', 'is', null)
    .where('c.stage', '<>', 'closed')
    .where(withinScope(organisations, 'se.organisation_id'))
    .orderBy(sql`p.sort_key collate "C"`)
    .orderBy('se.case_id')
    .limit(limit)
    .execute();
}
export type MyParticipantRow = Awaited<ReturnType<typeof myParticipants>>[number];

/** My employer contacts in a week, the newest first; the person's name only where I may read the case. */
export function myContacts(db: Database, reader: Reader, organisations: Scope, week: Period, limit: number) {
  return db.selectFrom('employer_contacts as ec')
    .innerJoin('employers as em', 'em.id', 'ec.employer_id')
    .leftJoin('cases as c', 'c.id', 'ec.case_id')
    .leftJoin('participants as p', 'p.id', 'c.participant_id')
    .select([
      'ec.id', 'ec.contacted_on', 'ec.kind', 'ec.employer_id', 'em.name as employer_name', 'ec.case_id',
      'c.organisation_id as case_organisation_id', 'p.first_name', 'p.last_name',
      sql<boolean>`(c.id is not null and ${readsCase(reader)})`.as('readable'),
    ])
    .where('ec.staff_id', '=', reader.userId)
    .where(withinScope(organisations, 'ec.organisation_id'))
    .where('ec.contacted_on', '>=', week.from)
    .where('ec.contacted_on', '<=', week.to)
    .orderBy('ec.contacted_on', 'desc')
    .orderBy('ec.created_at', 'desc')
    .limit(limit)
    .execute();
}
export type MyContactRow = Awaited<ReturnType<typeof myContacts>>[number];

/** My open placement follow-up tasks on cases I may read (as the task list shows them), the earliest due first, with the placement they ask about. */
export function myFollowUps(db: Database, reader: Reader, limit: number) {
  return db.selectFrom('tasks as t')
    .innerJoin('placement_follow_ups as f', 'f.task_id', 't.id')
    .innerJoin('placements as pl', 'pl.id', 'f.placement_id')
    .innerJoin('cases as c', 'c.id', 'pl.case_id')
    .innerJoin('participants as p', 'p.id', 'pl.participant_id')
    .leftJoin('employers as em', 'em.id', 'pl.employer_id')
    .select([
      't.id', 't.title', 't.due_on', 't.organisation_id', 'f.months', 'f.placement_id', 'pl.case_id', 'pl.job_title',
      'p.first_name', 'p.last_name', 'em.name as employer_name',
    ])
    .where('t.assignee_id', '=', reader.userId)
    .where('t.kind', '=', 'placement_follow_up')
    .where(readsCase(reader))
    .where('t.status', '=', 'open')
    .orderBy('t.due_on')
    .orderBy('t.id')
    .limit(limit)
    .execute();
}
export type MyFollowUpRow = Awaited<ReturnType<typeof myFollowUps>>[number];
