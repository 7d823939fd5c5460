import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { AttachmentsTable } from '../../db/schema.ts';
import type { StoredGoal } from './plans.rules.ts';

// All SQL of the individual action plan: the plan row (the current text), its revisions,
// and what a save is checked against (the case team, the service catalogue).

export function findPlan(db: Database, caseId: string) {
  return db
    .selectFrom('plans')
    .leftJoin('users as updater', 'updater.id', 'plans.updated_by')
    .leftJoin('attachments', 'attachments.id', 'plans.agreement_document_id')
    .select((eb) => [
      'plans.id', 'plans.case_id', 'plans.goals', 'plans.agreed_on', 'plans.agreement_document_id', 'plans.updated_at', 'plans.version',
      'updater.first_name as updater_first_name', 'updater.last_name as updater_last_name',
      'attachments.file_name as document_file_name',
      eb.selectFrom('plan_revisions').select(eb.fn.countAll<number>().as('n')).whereRef('plan_revisions.plan_id', '=', 'plans.id').as('revisions'),
    ])
    .where('plans.case_id', '=', caseId)
    .executeTakeFirst();
}

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** The first plan of a case; undefined when someone else saved one first. */
export async function insertPlan(db: Database, caseId: string, goals: StoredGoal[], userId: string) {
  return db
    .insertInto('plans')
    .values({ case_id: caseId, goals: JSON.stringify(goals), updated_by: userId })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** A new revision of the plan, if it is still at `version`. */
export function updatePlan(
  db: Database,
  caseId: string,
  version: number,
  values: { goals: StoredGoal[]; agreedOn: string | null; agreementDocumentId: string | null; userId: string },
) {
  return db
    .updateTable('plans')
    .set({
      goals: JSON.stringify(values.goals), agreed_on: values.agreedOn, agreement_document_id: values.agreementDocumentId,
      updated_by: values.userId, updated_at: sql`now()`, version: sql`version + 1`,
    })
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Keeps the plan as it is now (after a save or an agreement) as its revision. */
export async function insertRevision(db: Database, caseId: string, values: { userId: string; note: string }) {
  await db
    .insertInto('plan_revisions')
    .columns(['plan_id', 'version', 'goals', 'agreed_on', 'agreement_document_id', 'saved_by', 'note'])
    .expression((eb) =>
      eb.selectFrom('plans')
        .select(['id', 'version', 'goals', 'agreed_on', 'agreement_document_id', eb.val(values.userId).as('saved_by'), eb.val(values.note).as('note')])
        .where('case_id', '=', caseId),
    )
    .execute();
}

function selectRevisions(db: Database, planId: string) {
  return db
    .selectFrom('plan_revisions')
    .leftJoin('users as saver', 'saver.id', 'plan_revisions.saved_by')
    .select([
      'plan_revisions.version', 'plan_revisions.goals', 'plan_revisions.agreed_on', 'plan_revisions.agreement_document_id',
      'plan_revisions.saved_at', 'plan_revisions.note', 'saver.first_name as saver_first_name', 'saver.last_name as saver_last_name',
    ])
    .where('plan_revisions.plan_id', '=', planId);
}

export type RevisionRow = Awaited<ReturnType<typeof listRevisions>>[number];

export function listRevisions(db: Database, planId: string) {
  return selectRevisions(db, planId).orderBy('plan_revisions.version', 'desc').execute();
}

export function findRevision(db: Database, planId: string, version: number) {
  return selectRevisions(db, planId)
    .leftJoin('attachments', 'attachments.id', 'plan_revisions.agreement_document_id')
    .select('attachments.file_name as document_file_name')
    .where('plan_revisions.version', '=', version)
    .executeTakeFirst();
}

/** The case team with names: who may be named responsible for a step. The case manager counts even if not listed. */
export function caseTeam(db: Database, caseId: string) {
  return db
    .selectFrom('case_members')
    .innerJoin('users', 'users.id', 'case_members.user_id')
    .select(['users.id', 'users.first_name', 'users.last_name', 'users.sort_key', 'case_members.role'])
    .where('case_members.case_id', '=', caseId)
    .unionAll(
      db.selectFrom('cases')
        .innerJoin('users', 'users.id', 'cases.case_manager_id')
        .select(['users.id', 'users.first_name', 'users.last_name', 'users.sort_key', sql<string>`'case_manager'`.as('role')])
        .where('cases.id', '=', caseId),
    )
    .execute();
}

/** Names of users named on steps, including those who have left the team since. */
export function userNames(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'first_name', 'last_name']).where('id', 'in', ids).execute();
}

export async function activeServiceKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.selectFrom('service_types').select('key').where('key', 'in', keys).where('is_active', '=', true).execute();
  return new Set(rows.map((row) => row.key));
}

export function serviceTypes(db: Database) {
  return db.selectFrom('service_types').select(['key', 'name_lt', 'name_en']).execute();
}

/** What the printed plan says about the person, the programme and who to contact. */
export function printFacts(db: Database, caseId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('participants', 'participants.id', 'cases.participant_id')
    .innerJoin('programmes', 'programmes.id', 'cases.programme_id')
    .innerJoin('organisations', 'organisations.id', 'cases.organisation_id')
    .leftJoin('users as manager', 'manager.id', 'cases.case_manager_id')
    .select([
      'participants.first_name', 'participants.last_name', 'participants.birth_date', 'participants.languages',
      'programmes.name_lt as programme_name_lt', 'programmes.name_en as programme_name_en',
      'organisations.name as organisation_name', 'organisations.phone as organisation_phone', 'organisations.email as organisation_email',
      'manager.first_name as manager_first_name', 'manager.last_name as manager_last_name', 'manager.email as manager_email',
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

export function participantLanguages(db: Database, caseId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('participants', 'participants.id', 'cases.participant_id')
    .select('participants.languages')
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

export async function insertAttachment(db: Database, values: Insertable<AttachmentsTable>) {
  const { id } = await db.insertInto('attachments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The case whose plan has (or once had) this attachment as its signed copy: every agreement is kept as a revision. */
export function caseOfPlanAttachment(db: Database, attachmentId: string) {
  return db
    .selectFrom('plan_revisions')
    .innerJoin('plans', 'plans.id', 'plan_revisions.plan_id')
    .innerJoin('cases', 'cases.id', 'plans.case_id')
    .select(['cases.id', 'cases.organisation_id'])
    .where('plan_revisions.agreement_document_id', '=', attachmentId)
    .limit(1)
    .executeTakeFirst();
}
