import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { FadingStep } from '../../../contracts/placements.ts';

// All SQL of placements, their follow-ups and their job support log.

function selectPlacements(db: Database) {
  return db.selectFrom('placements as pl')
    .leftJoin('employers as e', 'e.id', 'pl.employer_id')
    .leftJoin('vacancies as v', 'v.id', 'pl.vacancy_id')
    .leftJoin('occupations as o', (join) => join.on('o.scheme', '=', 'isco08').onRef('o.code', '=', 'pl.isco_code'))
    .innerJoin('participants as p', 'p.id', 'pl.participant_id')
    .select([
      'pl.id', 'pl.organisation_id', 'pl.case_id', 'pl.participant_id', 'pl.employer_id', 'pl.vacancy_id', 'pl.kind', 'pl.isco_code',
      'pl.job_title', 'pl.starts_on', 'pl.ends_on', 'pl.hours_per_week', 'pl.wage_monthly_cents', 'pl.support_agreed', 'pl.fading_plan',
      'pl.ended_on', 'pl.end_reason', 'pl.created_at', 'pl.version',
      'e.name as employer_name', 'v.title as vacancy_title', 'o.name_lt as occupation_name_lt', 'o.name_en as occupation_name_en',
      'p.first_name as participant_first_name', 'p.last_name as participant_last_name',
    ]);
}
export type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

export function findPlacement(db: Database, id: string) {
  return selectPlacements(db).where('pl.id', '=', id).executeTakeFirst();
}

/** The latest start first. */
export function placementsOfCase(db: Database, caseId: string) {
  return selectPlacements(db).where('pl.case_id', '=', caseId).orderBy('pl.starts_on', 'desc').orderBy('pl.created_at', 'desc').execute();
}

export function followUpsOf(db: Database, placementId: string) {
  return db.selectFrom('placement_follow_ups as f')
    .leftJoin('users as u', 'u.id', 'f.recorded_by')
    .select([
      'f.placement_id', 'f.months', 'f.due_on', 'f.task_id', 'f.still_employed', 'f.same_employer', 'f.recorded_on', 'f.recorded_by', 'f.notes',
      'u.first_name as recorder_first_name', 'u.last_name as recorder_last_name',
    ])
    .where('f.placement_id', '=', placementId).orderBy('f.months').execute();
}
export type FollowUpRow = Awaited<ReturnType<typeof followUpsOf>>[number];

export async function supportTotals(db: Database, placementId: string) {
  const row = await db.selectFrom('service_deliveries')
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('duration_minutes').as('minutes'), eb.fn.max('delivered_on').as('last_on')])
    .where('placement_id', '=', placementId).executeTakeFirstOrThrow();
  return { count: Number(row.count), minutes: Number(row.minutes ?? 0), lastOn: (row.last_on as string | null) ?? null };
}

export function supportOf(db: Database, placementId: string) {
  return db.selectFrom('service_deliveries as d').innerJoin('users as u', 'u.id', 'd.provider_id')
    .select(['d.id', 'd.delivered_on', 'd.duration_minutes', 'd.place', 'd.notes', 'u.first_name as provider_first_name', 'u.last_name as provider_last_name'])
    .where('d.placement_id', '=', placementId)
    .orderBy('d.delivered_on', 'desc').orderBy('d.id').execute();
}
export type SupportRow = Awaited<ReturnType<typeof supportOf>>[number];

// ── What a placement refers to ──────────────────────────────────────────────

export function findEmployer(db: Database, id: string) {
  return db.selectFrom('employers').select(['id', 'organisation_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function findVacancy(db: Database, id: string) {
  return db.selectFrom('vacancies').select(['id', 'organisation_id', 'employer_id', 'positions', 'status']).where('id', '=', id).executeTakeFirst();
}

export async function unitGroupExists(db: Database, code: string): Promise<boolean> {
  const row = await db.selectFrom('occupations').select('code').where('scheme', '=', 'isco08').where('code', '=', code).where('level', '=', 4).executeTakeFirst();
  return row !== undefined;
}

/** Who a follow-up task goes to: the supported-employment job coach of the case, else its case manager. */
export async function followUpAssignee(db: Database, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('cases')
    .leftJoin('supported_employment as se', 'se.case_id', 'cases.id')
    .leftJoin('users as coach', (join) => join.onRef('coach.id', '=', 'se.coach_id').on('coach.is_active', '=', true))
    .select(['coach.id as coach_id', 'cases.case_manager_id'])
    .where('cases.id', '=', caseId).executeTakeFirst();
  return row?.coach_id ?? row?.case_manager_id ?? null;
}

// ── Writing ─────────────────────────────────────────────────────────────────

export interface PlacementValues {
  kind: string;
  employer_id: string | null;
  vacancy_id: string | null;
  isco_code: string;
  job_title: string;
  starts_on: string;
  ends_on: string | null;
  hours_per_week: number;
  wage_monthly_cents: number | null;
  support_agreed: string;
  fading_plan: FadingStep[];
}

export async function insertPlacement(db: Database, values: PlacementValues & {
  organisation_id: string; case_id: string; participant_id: string; created_by: string;
}): Promise<string> {
  const { id } = await db.insertInto('placements')
    .values({ ...values, fading_plan: JSON.stringify(values.fading_plan) })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Changes the placement if nobody saved it since `version` was read (0 rows otherwise). */
export function updatePlacement(db: Database, id: string, version: number, values: PlacementValues) {
  return db.updateTable('placements')
    .set({ ...values, fading_plan: JSON.stringify(values.fading_plan), updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
}

/** Ends the placement unless it has ended already (0 rows then). */
export function endPlacement(db: Database, id: string, endedOn: string, endReason: string) {
  return db.updateTable('placements')
    .set({ ended_on: endedOn, end_reason: endReason, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id).where('ended_on', 'is', null)
    .executeTakeFirst();
}

export async function insertFollowUpTask(db: Database, values: {
  organisationId: string; caseId: string; title: string; assigneeId: string; dueOn: string; createdBy: string;
}): Promise<string> {
  const { id } = await db.insertInto('tasks').values({
    organisation_id: values.organisationId, case_id: values.caseId, title: values.title, kind: 'placement_follow_up',
    assignee_id: values.assigneeId, due_on: values.dueOn, created_by: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function insertFollowUp(db: Database, values: { placementId: string; months: number; dueOn: string; taskId: string | null }) {
  await db.insertInto('placement_follow_ups')
    .values({ placement_id: values.placementId, months: values.months, due_on: values.dueOn, task_id: values.taskId })
    .execute();
}

/** A moved start moves the follow-ups not yet answered, and their open tasks. */
export async function moveFollowUp(db: Database, placementId: string, months: number, dueOn: string) {
  const row = await db.updateTable('placement_follow_ups').set({ due_on: dueOn })
    .where('placement_id', '=', placementId).where('months', '=', months).where('recorded_on', 'is', null)
    .returning('task_id').executeTakeFirst();
  if (row?.task_id) {
    await db.updateTable('tasks').set({ due_on: dueOn, updated_at: sql`now()`, version: sql`version + 1` })
      .where('id', '=', row.task_id).where('status', '=', 'open').execute();
  }
}

/** Records the answer unless one is recorded already (0 rows then). */
export function recordFollowUp(db: Database, placementId: string, months: number, values: {
  stillEmployed: boolean; sameEmployer: boolean | null; recordedOn: string; recordedBy: string; notes: string;
}) {
  return db.updateTable('placement_follow_ups')
    .set({
      still_employed: values.stillEmployed, same_employer: values.sameEmployer, recorded_on: values.recordedOn,
      recorded_by: values.recordedBy, notes: values.notes,
    })
    .where('placement_id', '=', placementId).where('months', '=', months).where('recorded_on', 'is', null)
    .executeTakeFirst();
}

/** The follow-up's task is done by whoever recorded the answer. */
export async function completeTask(db: Database, taskId: string, userId: string) {
  await db.updateTable('tasks')
    .set({ status: 'done', done_at: sql`now()`, done_by: userId, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', taskId).where('status', '<>', 'done')
    .execute();
}

/** A vacancy whose placements (trial practice aside) reach its positions is filled. */
export async function fillVacancyIfTaken(db: Database, vacancyId: string): Promise<boolean> {
  const result = await db.updateTable('vacancies')
    .set({ status: 'filled', updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', vacancyId).where('status', '=', 'open')
    .where((eb) => eb(
      eb.selectFrom('placements').select(eb.fn.countAll<number>().as('n'))
        .whereRef('placements.vacancy_id', '=', 'vacancies.id').where('placements.kind', '<>', 'trial_practice'),
      '>=',
      eb.ref('vacancies.positions'),
    ))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
