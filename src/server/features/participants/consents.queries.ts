import type { Database } from '../../db/connect.ts';
import type { AttachmentsTable, ConsentsTable } from '../../db/schema.ts';
import type { Insertable } from 'kysely';

// Consents (and other legal bases) of a participant, and the files attached to them.

function selectConsents(db: Database) {
  return db
    .selectFrom('consents')
    .leftJoin('users as recorder', 'recorder.id', 'consents.recorded_by')
    .leftJoin('users as withdrawer', 'withdrawer.id', 'consents.withdrawn_recorded_by')
    .leftJoin('attachments', 'attachments.id', 'consents.document_id')
    .select([
      'consents.id', 'consents.participant_id', 'consents.purpose', 'consents.legal_basis', 'consents.given_on',
      'consents.withdrawn_on', 'consents.created_at', 'consents.document_id',
      'recorder.first_name as recorder_first_name', 'recorder.last_name as recorder_last_name',
      'withdrawer.first_name as withdrawer_first_name', 'withdrawer.last_name as withdrawer_last_name',
      'attachments.file_name', 'attachments.content_type', 'attachments.size_bytes',
    ]);
}

export type ConsentRow = Awaited<ReturnType<typeof listConsents>>[number];

export function listConsents(db: Database, participantId: string) {
  return selectConsents(db)
    .where('consents.participant_id', '=', participantId)
    .orderBy('consents.given_on', 'desc')
    .orderBy('consents.created_at', 'desc')
    .execute();
}

export function findConsent(db: Database, participantId: string, consentId: string) {
  return selectConsents(db).where('consents.participant_id', '=', participantId).where('consents.id', '=', consentId).executeTakeFirst();
}

export async function insertConsent(db: Database, values: Insertable<ConsentsTable>) {
  const { id } = await db.insertInto('consents').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Withdraws a consent not yet withdrawn; false when it already was. */
export async function withdrawConsent(db: Database, consentId: string, withdrawnOn: string, userId: string) {
  const result = await db
    .updateTable('consents')
    .set({ withdrawn_on: withdrawnOn, withdrawn_recorded_by: userId })
    .where('id', '=', consentId)
    .where('withdrawn_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertAttachment(db: Database, values: Insertable<AttachmentsTable>) {
  const { id } = await db.insertInto('attachments').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findAttachment(db: Database, id: string) {
  return db
    .selectFrom('attachments')
    .select(['id', 'organisation_id', 'file_name', 'content_type', 'size_bytes', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}
