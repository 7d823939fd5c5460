import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { DB, ParticipantsTable } from '../../db/schema.ts';
import type { Insertable, Updateable } from 'kysely';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import { likePattern, searchKey } from '../../shared/text.ts';
import { PARTICIPANT_LIMITS, type ParticipantListQuery } from '../../../contracts/participants.ts';
import type { NameCursor } from '../../shared/name-cursor.ts';

// All SQL of the participant registry (ordinary facts). Special-category data and
// consents have their own queries files.

const PROFILE_COLUMNS = [
  'participants.id', 'participants.organisation_id', 'organisations.name as organisation_name',
  'participants.first_name', 'participants.last_name', 'participants.personal_code', 'participants.birth_date', 'participants.sex',
  'participants.email', 'participants.phone', 'participants.address', 'participants.municipality', 'participants.eldership',
  'participants.languages', 'participants.education_level', 'participants.labour_market_status',
  'participants.registered_unemployed_since', 'participants.not_working_since',
  'participants.receives_social_assistance', 'participants.social_assistance_since', 'participants.target_groups',
  'participants.created_at', 'participants.updated_at', 'participants.version',
] as const;

export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

export function findParticipant(db: Database, id: string) {
  return db
    .selectFrom('participants')
    .innerJoin('organisations', 'organisations.id', 'participants.organisation_id')
    .select(PROFILE_COLUMNS)
    .where('participants.id', '=', id)
    .executeTakeFirst();
}

export async function insertParticipant(db: Database, values: Insertable<ParticipantsTable>) {
  const { id } = await db.insertInto('participants').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function updateParticipant(db: Database, id: string, version: number, values: Updateable<ParticipantsTable>) {
  return db
    .updateTable('participants')
    .set({ ...values, updated_at: sql`now()`, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

type ParticipantQuery<O> = SelectQueryBuilder<DB, 'participants', O>;

function searchWords(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean);
}

function filtered<O>(qb: ParticipantQuery<O>, scope: Scope, query: ParticipantListQuery): ParticipantQuery<O> {
  let result = qb.where(withinScope(scope, 'participants.organisation_id'));
  if (query.organisationId) result = result.where('participants.organisation_id', '=', query.organisationId);
  // Every word must appear somewhere in "first last code": "petr jon" finds Jonas Petraitis.
  for (const word of searchWords(query.q)) {
    result = result.where(sql<boolean>`participants.search_key like ${likePattern(word)}`);
  }
  if (query.municipality) result = result.where('participants.municipality', '=', query.municipality);
  if (query.labourMarketStatus) result = result.where('participants.labour_market_status', '=', query.labourMarketStatus);
  if (query.targetGroup) result = result.where(sql<boolean>`participants.target_groups @> array[${query.targetGroup}]::text[]`);
  return result;
}

function afterCursor<O>(qb: ParticipantQuery<O>, cursor: NameCursor | null): ParticipantQuery<O> {
  if (!cursor) return qb;
  return qb.where(sql<boolean>`(participants.sort_key collate "C", participants.id) > (${cursor.sortKey} collate "C", ${cursor.id}::uuid)`);
}

const LIST_COLUMNS = [
  'participants.id', 'participants.organisation_id', 'participants.first_name', 'participants.last_name',
  'participants.personal_code', 'participants.birth_date', 'participants.sex', 'participants.municipality',
  'participants.eldership', 'participants.labour_market_status', 'participants.target_groups', 'participants.sort_key',
] as const;

/** One page in Lithuanian order (sort_key in "C" order, then id), after the cursor: no OFFSET, so page 500 is as fast as page 1. */
export function listParticipants(db: Database, scope: Scope, query: ParticipantListQuery, cursor: NameCursor | null, limit: number) {
  // With a search word of 3+ letters the planner would still walk the sort index, filtering
  // every row until a page of matches is found: on 100,000 people "q=zemait" read ~93,000 rows
  // (96 ms). Finding the matches first through the trigram index (participants_search), then
  // sorting just their keys, took 4.5 ms (EXPLAIN ANALYZE on the bench data). Shorter words have
  // no trigram, so they keep the plain plan.
  if (searchWords(query.q).some((word) => searchKey(word).length >= 3)) {
    return db
      .with((cte) => cte('matches').materialized(), (db) =>
        afterCursor(filtered(db.selectFrom('participants').select(['participants.id', 'participants.sort_key']), scope, query), cursor))
      .selectFrom((eb) => eb.selectFrom('matches').select(['matches.id', 'matches.sort_key'])
        .orderBy(sql`matches.sort_key collate "C"`).orderBy('matches.id').limit(limit).as('page'))
      .innerJoin('participants', 'participants.id', 'page.id')
      .select(LIST_COLUMNS)
      .orderBy(sql`page.sort_key collate "C"`).orderBy('page.id')
      .execute();
  }
  return afterCursor(filtered(db.selectFrom('participants').select(LIST_COLUMNS), scope, query), cursor)
    .orderBy(sql`participants.sort_key collate "C"`).orderBy('participants.id').limit(limit).execute();
}

export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>[number];

/** How many match, counted no further than the cap, so a count never costs more than a page or two. */
export async function countParticipants(db: Database, scope: Scope, query: ParticipantListQuery) {
  const cap = PARTICIPANT_LIMITS.totalCountCap;
  const capped = filtered(db.selectFrom('participants').select(sql<number>`1`.as('one')), scope, query).limit(cap + 1);
  const { n } = await db
    .selectFrom(capped.as('matching'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { total: Math.min(Number(n), cap), capped: Number(n) > cap };
}

export function findByPersonalCode(db: Database, organisationId: string, personalCode: string, exceptId?: string) {
  let qb = db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date'])
    .where('organisation_id', '=', organisationId)
    .where('personal_code', '=', personalCode);
  if (exceptId) qb = qb.where('id', '<>', exceptId);
  return qb.executeTakeFirst();
}

/** Same folded name and birth date; people whose personal code differs from `personalCode` are other people. */
export function findSameNameAndBirth(
  db: Database,
  organisationId: string,
  nameKey: string,
  birthDate: string,
  personalCode: string | null,
  exceptId?: string,
) {
  let qb = db
    .selectFrom('participants')
    .select(['id', 'first_name', 'last_name', 'birth_date'])
    .where('organisation_id', '=', organisationId)
    .where('name_key', '=', nameKey)
    .where('birth_date', '=', birthDate);
  if (personalCode !== null) qb = qb.where((eb) => eb.or([eb('personal_code', 'is', null), eb('personal_code', '=', personalCode)]));
  if (exceptId) qb = qb.where('id', '<>', exceptId);
  return qb.orderBy(sql`sort_key collate "C"`).orderBy('id').limit(PARTICIPANT_LIMITS.duplicateCandidatesMax).execute();
}

export function consentsOf(db: Database, participantId: string) {
  return db.selectFrom('consents').select(['purpose', 'given_on', 'withdrawn_on', 'legal_basis', 'id']).where('participant_id', '=', participantId).execute();
}
