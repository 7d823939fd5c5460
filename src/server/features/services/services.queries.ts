import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import type { ServiceCursor } from './services.rules.ts';

// All SQL of the service catalogue and delivered services.

export function listServiceTypes(db: Database, includeInactive: boolean) {
  let query = db.selectFrom('service_types').select(['key', 'category', 'name_lt', 'name_en', 'is_active']);
  if (!includeInactive) query = query.where('is_active', '=', true);
  return query.orderBy('sort_order').orderBy('key').execute();
}
export type ServiceTypeRow = Awaited<ReturnType<typeof listServiceTypes>>[number];

export function findActiveServiceType(db: Database, key: string) {
  return db.selectFrom('service_types').select('key').where('key', '=', key).where('is_active', '=', true).executeTakeFirst();
}

export function centreOrganisation(db: Database, centreId: string) {
  return db.selectFrom('centres').select('organisation_id').where('id', '=', centreId).executeTakeFirst();
}

/** The user's roles in the case team (case_manager when named on the case). */
export async function teamRoles(db: Database, caseId: string, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('case_members').select('role').where('case_id', '=', caseId).where('user_id', '=', userId).execute();
  return rows.map((row) => row.role);
}

export function findCases(db: Database, ids: readonly string[]) {
  return db.selectFrom('cases').selectAll().where('id', 'in', ids).execute();
}

export interface DeliveryValues {
  organisation_id: string;
  case_id: string;
  participant_id: string;
  service_key: string;
  delivered_on: string;
  duration_minutes: number;
  provider_id: string;
  place: string;
  centre_id: string | null;
  village: string;
  group_id: string | null;
  notes: string;
  confidential_note: string;
  confidential_role: string | null;
  created_by: string;
  /** Job support given for a placement (decision 0034). */
  placement_id?: string | null;
}

export async function insertDeliveries(db: Database, rows: DeliveryValues[]): Promise<string[]> {
  const inserted = await db.insertInto('service_deliveries').values(rows).returning('id').execute();
  return inserted.map((row) => row.id);
}

function selectDeliveries(db: Database) {
  return db.selectFrom('service_deliveries as d')
    .innerJoin('service_types as t', 't.key', 'd.service_key')
    .innerJoin('users as p', 'p.id', 'd.provider_id')
    .leftJoin('centres as c', 'c.id', 'd.centre_id')
    .select([
      'd.id', 'd.organisation_id', 'd.case_id', 'd.participant_id', 'd.service_key', 't.category', 't.name_lt', 't.name_en',
      'd.delivered_on', 'd.duration_minutes', 'd.place', 'd.centre_id', 'c.name as centre_name', 'd.village', 'd.group_id',
      'd.notes', 'd.provider_id', 'p.first_name as provider_first_name', 'p.last_name as provider_last_name',
      'd.confidential_note', 'd.confidential_role', 'd.created_by', 'd.created_at',
    ])
    // Only a page of rows asks, each through the group index.
    .select(sql<number>`case when d.group_id is null then 1 else (select count(*) from service_deliveries g where g.group_id = d.group_id) end`.as('group_size'));
}
export type DeliveryRow = Awaited<ReturnType<typeof findDeliveries>>[number];

export function findDeliveries(db: Database, ids: readonly string[]) {
  return selectDeliveries(db).where('d.id', 'in', ids).orderBy('d.delivered_on', 'desc').orderBy('d.id').execute();
}

export function findDelivery(db: Database, id: string) {
  return selectDeliveries(db).where('d.id', '=', id).executeTakeFirst();
}

/** Newest first, after the cursor, along service_deliveries_case (case_id, delivered_on desc, id): no OFFSET, no sort. */
export function listCaseDeliveries(db: Database, caseId: string, cursor: ServiceCursor | null, limit: number) {
  let query = selectDeliveries(db).where('d.case_id', '=', caseId);
  if (cursor) {
    // The first condition is the index's: the scan starts at the cursor's day, not at the newest row.
    query = query.where('d.delivered_on', '<=', cursor.deliveredOn)
      .where(sql<boolean>`(d.delivered_on < ${cursor.deliveredOn}::date or (d.delivered_on = ${cursor.deliveredOn}::date and d.id > ${cursor.id}::uuid))`);
  }
  return query.orderBy('d.delivered_on', 'desc').orderBy('d.id').limit(limit).execute();
}

/** Count and minutes per service type, for the whole case. */
export function caseTotals(db: Database, caseId: string) {
  return db.selectFrom('service_deliveries as d').innerJoin('service_types as t', 't.key', 'd.service_key')
    .select(['d.service_key', 't.name_lt', 't.name_en'])
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.sum<number>('d.duration_minutes').as('minutes')])
    .where('d.case_id', '=', caseId)
    .groupBy(['d.service_key', 't.name_lt', 't.name_en', 't.sort_order'])
    .orderBy('t.sort_order')
    .execute();
}

/** A provider's own log between two dates, newest first, in the organisations the scope reaches (service_deliveries_provider). */
export function listProviderDeliveries(db: Database, providerId: string, scope: Scope, from: string, to: string, cursor: ServiceCursor | null, limit: number) {
  let query = selectDeliveries(db)
    .innerJoin('participants as pa', 'pa.id', 'd.participant_id')
    .select(['pa.first_name as participant_first_name', 'pa.last_name as participant_last_name'])
    .where('d.provider_id', '=', providerId)
    .where(withinScope(scope, 'd.organisation_id'))
    .where('d.delivered_on', '>=', from).where('d.delivered_on', '<=', to);
  if (cursor) {
    query = query.where(sql<boolean>`(d.delivered_on < ${cursor.deliveredOn}::date or (d.delivered_on = ${cursor.deliveredOn}::date and d.id > ${cursor.id}::uuid))`);
  }
  return query.orderBy('d.delivered_on', 'desc').orderBy('d.id').limit(limit).execute();
}

export async function deleteDelivery(db: Database, id: string): Promise<boolean> {
  const result = await db.deleteFrom('service_deliveries').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
