import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ParticipantSpecialDataTable } from '../../db/schema.ts';
import type { Updateable } from 'kysely';

// Special-category data (GDPR art. 9) lives in its own table and is read only here.

export function findSpecialData(db: Database, participantId: string) {
  return db
    .selectFrom('participant_special_data')
    .select(['participant_id', 'disability', 'minority', 'minority_group', 'migrant_status', 'health_limits', 'health_notes', 'updated_at', 'version'])
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

export type SpecialDataRow = NonNullable<Awaited<ReturnType<typeof findSpecialData>>>;
type SpecialValues = Omit<Updateable<ParticipantSpecialDataTable>, 'participant_id' | 'updated_at' | 'version'>;

/** The first answers for a person; false when someone else recorded them first. */
export async function insertSpecialData(db: Database, participantId: string, values: SpecialValues): Promise<boolean> {
  const inserted = await db
    .insertInto('participant_special_data')
    .values({ participant_id: participantId, ...values })
    .onConflict((oc) => oc.column('participant_id').doNothing())
    .returning('participant_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function updateSpecialData(db: Database, participantId: string, version: number, values: SpecialValues) {
  return db
    .updateTable('participant_special_data')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('participant_id', '=', participantId)
    .where('version', '=', version)
    .executeTakeFirst();
}
