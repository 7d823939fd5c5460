import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

// All SQL of assessments. Answers and results are jsonb: written as JSON text, read back parsed.

export function findAssessment(db: Database, id: string) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .leftJoin('users as u', 'u.id', 'a.assessor_id')
    .select([
      'a.id', 'a.case_id', 'a.questionnaire_key', 'a.questionnaire_version', 'a.status', 'a.assessed_on', 'a.answers', 'a.result',
      'a.completed_at', 'a.created_at', 'a.updated_at', 'a.version', 'c.organisation_id', 'c.participant_id', 'c.opened_on',
      'p.first_name as participant_first_name', 'p.last_name as participant_last_name',
      'u.first_name as assessor_first_name', 'u.last_name as assessor_last_name',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

/** A case's assessments, the latest first. */
export function listAssessments(db: Database, caseId: string) {
  return db
    .selectFrom('assessments as a')
    .leftJoin('users as u', 'u.id', 'a.assessor_id')
    .select([
      'a.id', 'a.case_id', 'a.questionnaire_key', 'a.questionnaire_version', 'a.status', 'a.assessed_on', 'a.result', 'a.completed_at', 'a.version',
      'u.first_name as assessor_first_name', 'u.last_name as assessor_last_name',
    ])
    .where('a.case_id', '=', caseId)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
}

export type AssessmentListRow = Awaited<ReturnType<typeof listAssessments>>[number];

export async function insertAssessment(db: Database, values: { caseId: string; questionnaireKey: string; questionnaireVersion: number; assessedOn: string; assessorId: string }) {
  const { id } = await db
    .insertInto('assessments')
    .values({
      case_id: values.caseId, questionnaire_key: values.questionnaireKey, questionnaire_version: values.questionnaireVersion,
      assessed_on: values.assessedOn, assessor_id: values.assessorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Saves a draft; matches nothing when someone saved (or completed it) since `version`. */
export function updateDraft(db: Database, id: string, version: number, values: { answers: unknown; assessedOn: string }) {
  return db
    .updateTable('assessments')
    .set({ answers: JSON.stringify(values.answers), assessed_on: values.assessedOn, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

export function completeAssessment(db: Database, id: string, version: number, result: unknown) {
  return db
    .updateTable('assessments')
    .set({ status: 'completed', result: JSON.stringify(result), completed_at: sql`now()`, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
}

/**
 * Completed assessments of the same questionnaire key for the same participant in the
 * organisation, done before this one: those of the same case first, then the latest.
 */
export function earlierCompleted(db: Database, row: Pick<AssessmentRow, 'id' | 'case_id' | 'participant_id' | 'organisation_id' | 'questionnaire_key' | 'assessed_on'> & { completed_at: Date }) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .select(['a.id', 'a.case_id', 'a.questionnaire_version', 'a.assessed_on', 'a.result', 'c.organisation_id'])
    .where('c.participant_id', '=', row.participant_id)
    .where('c.organisation_id', '=', row.organisation_id)
    .where('a.questionnaire_key', '=', row.questionnaire_key)
    .where('a.status', '=', 'completed')
    .where('a.id', '<>', row.id)
    .where(sql<boolean>`(a.assessed_on, a.completed_at) < (${row.assessed_on}::date, ${row.completed_at.toISOString()}::timestamptz)`)
    .orderBy(sql`a.case_id = ${row.case_id}`, 'desc')
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.completed_at', 'desc')
    .limit(20)
    .execute();
}

/** The service catalogue's names (a few dozen rows). */
export function serviceTypeNames(db: Database) {
  return db.selectFrom('service_types').select(['key', 'name_lt', 'name_en']).execute();
}
