import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { Scope } from '../../http/access.ts';
import { withinScope } from '../../db/scope.ts';
import type { HomeCounts } from '../../../contracts/home.ts';

/** Where the user holds each permission the home page's counts need. */
export interface HomeScopes {
  organisations: Scope;
  audit: Scope;
  programmes: Scope;
  /** participant.read: the registry and the people in programmes. */
  people: Scope;
}

const reaches = (scope: Scope) => scope === 'all' || scope.length > 0;

/** Counts within the organisations the user may see; null for what the user may not see at all. */
export async function countsFor(db: Database, scopes: HomeScopes): Promise<HomeCounts> {
  const { organisations, audit, programmes, people } = scopes;
  const row = await sql<{ organisations: number; centres: number; workstations: number; active_staff: number }>`
    select
      (select count(*) from organisations where ${withinScope(organisations, 'organisations.id')}) as organisations,
      (select count(*) from centres where ${withinScope(organisations, 'centres.organisation_id')}) as centres,
      (select coalesce(sum(workstations), 0) from centres where ${withinScope(organisations, 'centres.organisation_id')})::int as workstations,
      (select count(distinct users.id) from users join memberships on memberships.user_id = users.id
        where users.is_active and ${withinScope(organisations, 'memberships.organisation_id')}) as active_staff
  `.execute(db);
  const counts = row.rows[0]!;
  let auditEntriesToday: number | null = null;
  if (reaches(audit)) {
    const result = await sql<{ n: number }>`
      select count(*) as n from audit_log
      where occurred_at >= date_trunc('day', now()) and ${withinScope(audit, 'audit_log.organisation_id')}`.execute(db);
    auditEntriesToday = Number(result.rows[0]!.n);
  }
  let activeProgrammes: number | null = null;
  if (reaches(programmes)) {
    const result = await sql<{ n: number }>`
      select count(*) as n from programmes where status = 'active' and ${withinScope(programmes, 'programmes.organisation_id')}`.execute(db);
    activeProgrammes = Number(result.rows[0]!.n);
  }
  // People are counted once however many programmes they are in; enrolments by the programme's organisation.
  let peopleCounts: { participants: number; enrolled: number; waiting: number } | null = null;
  if (reaches(people)) {
    const result = await sql<{ participants: number; enrolled: number; waiting: number }>`
      select
        (select count(*) from participants where ${withinScope(people, 'participants.organisation_id')}) as participants,
        (select count(distinct enrolments.participant_id) from enrolments join programmes on programmes.id = enrolments.programme_id
          where enrolments.status = 'enrolled' and ${withinScope(people, 'programmes.organisation_id')}) as enrolled,
        (select count(distinct enrolments.participant_id) from enrolments join programmes on programmes.id = enrolments.programme_id
          where enrolments.status = 'waiting' and ${withinScope(people, 'programmes.organisation_id')}) as waiting
    `.execute(db);
    const found = result.rows[0]!;
    peopleCounts = { participants: Number(found.participants), enrolled: Number(found.enrolled), waiting: Number(found.waiting) };
  }
  return {
    organisations: Number(counts.organisations),
    centres: Number(counts.centres),
    workstations: Number(counts.workstations),
    activeStaff: Number(counts.active_staff),
    auditEntriesToday,
    participants: peopleCounts?.participants ?? null,
    activeProgrammes,
    enrolled: peopleCounts?.enrolled ?? null,
    waiting: peopleCounts?.waiting ?? null,
  };
}
