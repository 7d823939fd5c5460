import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import type { CaseTeamRole } from '../../../contracts/cases.ts';
import type { NameCursor } from '../../shared/name-cursor.ts';

// The SQL every case feature shares: the case row, its team, its timeline.

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

export function findCase(db: Database, id: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function isTeamMember(db: Database, caseId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('case_members').select('user_id')
    .where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function insertCase(db: Database, values: {
  organisationId: string; programmeId: string; participantId: string; enrolmentId: string; openedOn: string; caseManagerId: string | null;
}): Promise<string> {
  const { id } = await db.insertInto('cases').values({
    organisation_id: values.organisationId, programme_id: values.programmeId, participant_id: values.participantId,
    enrolment_id: values.enrolmentId, opened_on: values.openedOn, case_manager_id: values.caseManagerId,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function addTeamMembers(db: Database, caseId: string, members: readonly { userId: string; role: CaseTeamRole }[]) {
  if (members.length === 0) return;
  await db.insertInto('case_members')
    .values(members.map((member) => ({ case_id: caseId, user_id: member.userId, role: member.role })))
    .onConflict((oc) => oc.doNothing()).execute();
}

/** The programme's standing team, as the first team of a new case. */
export function programmeTeam(db: Database, programmeId: string) {
  return db.selectFrom('programme_team').select(['user_id', 'role']).where('programme_id', '=', programmeId).execute();
}

/**
 * One line of the timeline. `details` holds keys and ids, never free text about the person.
 * `at` is for the demo data only, which tells a past that did not happen now; lines are
 * read in the order they were written, so a story must be written in its own order.
 */
export async function recordCaseEvent(
  db: Database, caseId: string, actorId: string | null, kind: string, details: Record<string, unknown> = {}, at: RawBuilder<Date> = sql`clock_timestamp()`,
) {
  await db.insertInto('case_events')
    .values({ case_id: caseId, actor_id: actorId, kind, details: JSON.stringify(details), occurred_at: at })
    .execute();
}

// ── The case page ─────────────────────────────────────────────────────────────

/** The case with the names its page shows: participant, programme, case manager. */
export function findCaseDetails(db: Database, id: string) {
  return db.selectFrom('cases')
    .innerJoin('participants', 'participants.id', 'cases.participant_id')
    .innerJoin('programmes', 'programmes.id', 'cases.programme_id')
    .leftJoin('users as manager', 'manager.id', 'cases.case_manager_id')
    .selectAll('cases')
    .select([
      'participants.first_name', 'participants.last_name', 'programmes.name_lt as programme_name_lt', 'programmes.name_en as programme_name_en',
      'manager.first_name as manager_first_name', 'manager.last_name as manager_last_name',
    ])
    .where('cases.id', '=', id)
    .executeTakeFirst();
}
export type CaseDetailsRow = NonNullable<Awaited<ReturnType<typeof findCaseDetails>>>;

/**
 * What the stage conditions look at, counted in the database (decision 0021), and the
 * placements the closing form's suggested outcome is read from (decision 0034).
 */
export async function caseFacts(db: Database, caseId: string, today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' })) {
  const { rows } = await sql<{
    completed_assessments: number | string; plan_agreed: boolean; delivered_services: number | string; started_placements: number | string;
    placements: { kind: string; startsOn: string; endedOn: string | null }[] | null;
  }>`
    select
      (select count(*) from assessments where case_id = ${caseId} and status = 'completed') as completed_assessments,
      exists (select 1 from plans where case_id = ${caseId} and agreed_on is not null and jsonb_array_length(goals) > 0) as plan_agreed,
      (select count(*) from service_deliveries where case_id = ${caseId}) as delivered_services,
      (select count(*) from placements where case_id = ${caseId} and starts_on <= ${today}::date) as started_placements,
      (select jsonb_agg(jsonb_build_object('kind', kind, 'startsOn', starts_on, 'endedOn', ended_on)) from placements where case_id = ${caseId}) as placements
  `.execute(db);
  const row = rows[0]!;
  return {
    completedAssessments: Number(row.completed_assessments), planAgreed: row.plan_agreed, deliveredServices: Number(row.delivered_services),
    startedPlacements: Number(row.started_placements), placements: row.placements ?? [],
  };
}

/** The team with names, case manager first, then in Lithuanian name order. */
export function caseTeam(db: Database, caseId: string) {
  return db.selectFrom('case_members')
    .innerJoin('users', 'users.id', 'case_members.user_id')
    .select(['case_members.user_id', 'case_members.role', 'users.first_name', 'users.last_name'])
    .where('case_members.case_id', '=', caseId)
    .orderBy(sql`case_members.role = 'case_manager'`, 'desc')
    .orderBy(sql`users.sort_key collate "C"`).orderBy('users.id').orderBy('case_members.role')
    .execute();
}
export type CaseTeamRow = Awaited<ReturnType<typeof caseTeam>>[number];

// ── Moving the case ───────────────────────────────────────────────────────────

export interface StageValues {
  stage: string;
  closed_on?: string | null;
  outcome?: string;
  outcome_on?: string;
  outcome_note?: string;
  result_job_searching?: boolean;
  result_education_or_training?: boolean;
  result_qualification?: boolean;
  result_employed?: boolean;
}

/** Changes the case if nobody saved it since `version` was read (0 rows otherwise). */
export function updateCase(db: Database, id: string, version: number, values: StageValues | { case_manager_id: string } | Record<string, never>) {
  return db.updateTable('cases')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

/** The exit that closing a case records on its enrolment: one act, one date (decision 0021). */
export function exitEnrolment(db: Database, enrolmentId: string, exitedOn: string, reason: string) {
  return db.updateTable('enrolments')
    .set({ status: 'exited', exited_on: exitedOn, exit_reason: reason, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', enrolmentId).where('status', '=', 'enrolled')
    .executeTakeFirst();
}

/** A case closed by mistake and reopened takes part in its programme again. */
export function reinstateEnrolment(db: Database, enrolmentId: string) {
  return db.updateTable('enrolments')
    .set({ status: 'enrolled', exited_on: null, exit_reason: '', updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', enrolmentId).where('status', '=', 'exited')
    .executeTakeFirst();
}

export async function insertFollowUpTask(db: Database, values: {
  organisationId: string; caseId: string; title: string; assigneeId: string; dueOn: string; createdBy: string;
}): Promise<string> {
  const { id } = await db.insertInto('tasks').values({
    organisation_id: values.organisationId, case_id: values.caseId, title: values.title, kind: 'follow_up_6_months',
    assignee_id: values.assigneeId, due_on: values.dueOn, created_by: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Reopening cancels the follow-up still open, so closing again leaves exactly one. */
export async function cancelFollowUpTasks(db: Database, caseId: string): Promise<string[]> {
  const rows = await db.updateTable('tasks')
    .set({ status: 'cancelled', updated_at: sql`now()`, version: sql`version + 1` })
    .where('case_id', '=', caseId).where('kind', '=', 'follow_up_6_months').where('status', '=', 'open')
    .returning('id').execute();
  return rows.map((row) => row.id);
}

/** The case an enrolment opened, while it is not closed (an open case keeps its enrolment). */
export function openCaseOfEnrolment(db: Database, enrolmentId: string) {
  return db.selectFrom('cases').select(['id', 'stage']).where('enrolment_id', '=', enrolmentId).where('stage', '<>', 'closed').executeTakeFirst();
}

// ── Team and handover ─────────────────────────────────────────────────────────

/** Active staff of the organisation with their roles there, in Lithuanian name order. */
export async function activeStaff(db: Database, organisationId: string) {
  const rows = await db.selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id', 'users.first_name', 'users.last_name', 'memberships.role'])
    .where('memberships.organisation_id', '=', organisationId).where('users.is_active', '=', true)
    .orderBy(sql`users.sort_key collate "C"`).orderBy('users.id').orderBy('memberships.role')
    .execute();
  const staff = new Map<string, { id: string; firstName: string; lastName: string; roles: string[] }>();
  for (const row of rows) {
    const person = staff.get(row.id) ?? { id: row.id, firstName: row.first_name, lastName: row.last_name, roles: [] };
    person.roles.push(row.role);
    staff.set(row.id, person);
  }
  return [...staff.values()];
}

export async function replaceTeam(db: Database, caseId: string, members: readonly { userId: string; role: CaseTeamRole }[]) {
  await db.deleteFrom('case_members').where('case_id', '=', caseId).execute();
  await addTeamMembers(db, caseId, members);
}

// ── Timeline ──────────────────────────────────────────────────────────────────

/** Newest first, after the cursor (an event id): keyset pages, as fast on page 50 as on page 1. */
export function timeline(db: Database, caseId: string, before: string | null, limit: number) {
  let query = db.selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_id')
    .select(['case_events.id', 'case_events.occurred_at', 'case_events.kind', 'case_events.details', 'case_events.actor_id', 'users.first_name', 'users.last_name'])
    .where('case_events.case_id', '=', caseId);
  if (before !== null) query = query.where('case_events.id', '<', sql<number>`${before}::bigint`);
  return query.orderBy('case_events.id', 'desc').limit(limit).execute();
}
export type TimelineRow = Awaited<ReturnType<typeof timeline>>[number];

// ── My caseload ───────────────────────────────────────────────────────────────

export interface CaseloadFilter {
  userId: string;
  /** 'mine': cases where the user is case manager or in the team, within `scope` (case.read); 'organisation': every case within `scope` (case.read_all). */
  which: 'mine' | 'organisation';
  scope: Scope;
  stage?: string | undefined;
  includeClosed: boolean;
  /** Today in Lithuania: tasks due before it are overdue. */
  today: string;
}

/**
 * One page of cases in Lithuanian name order of the participants, each with the user's
 * roles in it, their overdue tasks there and the next planned appointment. "Mine" starts
 * from the user's own cases (two index lookups), so a caseload costs the same in an
 * organisation of 100 cases or of 100,000.
 */
export function listCaseload(db: Database, filter: CaseloadFilter, cursor: NameCursor | null, limit: number) {
  let query = db.selectFrom('cases')
    .innerJoin('participants', 'participants.id', 'cases.participant_id')
    .innerJoin('programmes', 'programmes.id', 'cases.programme_id')
    .select([
      'cases.id', 'cases.organisation_id', 'cases.stage', 'cases.opened_on', 'cases.closed_on', 'cases.case_manager_id',
      'cases.participant_id', 'participants.first_name', 'participants.last_name', 'participants.sort_key',
      'cases.programme_id', 'programmes.name_lt as programme_name_lt', 'programmes.name_en as programme_name_en',
    ])
    .select([
      sql<string[]>`array(select m.role from case_members m where m.case_id = cases.id and m.user_id = ${filter.userId} order by m.role)`.as('my_roles'),
      sql<number | string>`(select count(*) from tasks t where t.case_id = cases.id and t.assignee_id = ${filter.userId}
        and t.status = 'open' and t.due_on < ${filter.today}::date)`.as('overdue_tasks'),
      sql<Date | null>`(select min(a.starts_at) from appointments a where a.case_id = cases.id and a.status = 'planned' and a.starts_at >= now())`.as('next_appointment_at'),
    ])
    .where(withinScope(filter.scope, 'cases.organisation_id'));
  if (filter.which === 'mine') {
    query = query.where(sql<boolean>`cases.id in (
      select c.id from cases c where c.case_manager_id = ${filter.userId}
      union select m.case_id from case_members m where m.user_id = ${filter.userId})`);
  }
  if (filter.stage) query = query.where('cases.stage', '=', filter.stage);
  else if (!filter.includeClosed) query = query.where('cases.stage', '<>', 'closed');
  if (cursor) {
    query = query.where(sql<boolean>`(participants.sort_key collate "C", cases.id) > (${cursor.sortKey} collate "C", ${cursor.id}::uuid)`);
  }
  return query.orderBy(sql`participants.sort_key collate "C"`).orderBy('cases.id').limit(limit).execute();
}
export type CaseloadRow = Awaited<ReturnType<typeof listCaseload>>[number];

export async function countOverdueTasks(db: Database, userId: string, today: string): Promise<number> {
  const { n } = await db.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assignee_id', '=', userId).where('status', '=', 'open').where('due_on', '<', today)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The user's appointments on a Lithuanian calendar day, not cancelled, in time order. */
export function appointmentsOnDay(db: Database, userId: string, day: string) {
  return db.selectFrom('appointments')
    .leftJoin('participants', 'participants.id', 'appointments.participant_id')
    .leftJoin('centres', 'centres.id', 'appointments.centre_id')
    .select([
      'appointments.id', 'appointments.organisation_id', 'appointments.starts_at', 'appointments.ends_at', 'appointments.case_id', 'appointments.participant_id',
      'participants.first_name', 'participants.last_name', 'appointments.place', 'centres.name as centre_name', 'appointments.village', 'appointments.status',
    ])
    .where('appointments.specialist_id', '=', userId)
    .where('appointments.status', '<>', 'cancelled')
    .where('appointments.starts_at', '>=', sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Vilnius'`)
    .where('appointments.starts_at', '<', sql<Date>`(${day}::date + 1)::timestamp at time zone 'Europe/Vilnius'`)
    .orderBy('appointments.starts_at').orderBy('appointments.id')
    .execute();
}
export type DayAppointmentRow = Awaited<ReturnType<typeof appointmentsOnDay>>[number];
