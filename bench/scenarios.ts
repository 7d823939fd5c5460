import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/server/db/connect.ts';
import type { DB } from '../src/server/db/schema.ts';
import { scopeOf, type Actor } from '../src/server/http/access.ts';
import { listAudit } from '../src/server/features/audit/audit.queries.ts';
import { recordAudit } from '../src/server/features/audit/audit.service.ts';
import * as users from '../src/server/features/users/users.service.ts';
import * as participants from '../src/server/features/participants/participants.service.ts';
import * as cases from '../src/server/features/cases/cases.service.ts';
import * as services from '../src/server/features/services/services.service.ts';
import * as matching from '../src/server/features/matching/matching.service.ts';
import type { ParticipantListQuery } from '../src/contracts/participants.ts';
import type { QueryPlan } from './load.ts';

export type PersonaName = 'admin' | 'auditor' | 'caseManager';

export interface Scenario {
  name: string;
  path: string;
  persona: PersonaName | null;
  connections: number;
  /** The endpoint's work, done once by the server's own query functions, to record its SQL. */
  work?: (db: Database, actor: Actor) => Promise<unknown>;
  /**
   * How many of the recorded reads run together at each step (listUsers runs two at once);
   * reads beyond the listed steps run one at a time (matching reads as many pages as it needs).
   */
  readSteps?: number[];
}

const PAGE = { pageSize: 50 };

// What GET /api/audit does after the session check, in audit.routes.ts (the route has no
// service function to call).
async function auditList(db: Database, actor: Actor) {
  await listAudit(db, scopeOf(actor, 'audit.read'), PAGE, PAGE.pageSize);
  await recordAudit(db, { actor, ip: '127.0.0.1' }, { action: 'audit.list', entityType: 'audit_log', details: { filter: PAGE } });
}

const userList = (db: Database, actor: Actor) => users.list({ db, actor, ip: '127.0.0.1', language: 'lt' }, PAGE);

/**
 * Every scenario at the usual connection count; the authenticated lists again at `high`.
 * The auditor goes first: the administrator's runs append thousands of entries outside
 * the auditor's scope, which the auditor's "newest 50" would then have to skip.
 */
export function scenarios(connections: number, high: number): Scenario[] {
  const levels = [...new Set([connections, high])];
  const lists: Omit<Scenario, 'connections'>[] = [
    { name: 'GET /api/audit, auditor', path: '/api/audit?pageSize=50', persona: 'auditor', work: auditList, readSteps: [1] },
    { name: 'GET /api/audit, administrator', path: '/api/audit?pageSize=50', persona: 'admin', work: auditList, readSteps: [1] },
    { name: 'GET /api/users, administrator', path: '/api/users?pageSize=50', persona: 'admin', work: userList, readSteps: [2, 1] },
  ];
  return [
    { name: 'GET /api/health', path: '/api/health', persona: null, connections },
    ...lists.flatMap((list) => levels.map((level) => ({ ...list, connections: level }))),
  ];
}

/** The participant searches: a common surname fragment, and a name typed without diacritics. */
export const COMMON_FRAGMENT = 'kausk';
export const FOLDED_NAME = 'zemait';

/**
 * Issue 3's participant list and searches, as the case manager, at both connection counts
 * (the target is set at 50). `deepCursor` is a nextCursor the server handed out far into
 * the registry, so the keyset page can be compared with the first.
 */
export function participantScenarios(connections: number, high: number, deepCursor: string): Scenario[] {
  const levels = [...new Set([connections, high])];
  const list = (name: string, query: ParticipantListQuery): Omit<Scenario, 'connections'> => ({
    name,
    path: `/api/participants?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
    persona: 'caseManager',
    // participants.list runs the page and the capped count together, then the audit insert.
    work: (db, actor) => participants.list({ db, actor, ip: '127.0.0.1', language: 'lt' }, query),
    readSteps: [2],
  });
  const lists = [
    list('participants, first page', { pageSize: 50 }),
    list(`participants, q=${COMMON_FRAGMENT}`, { q: COMMON_FRAGMENT, pageSize: 50 }),
    list(`participants, q=${FOLDED_NAME}`, { q: FOLDED_NAME, pageSize: 50 }),
    list('participants, deep cursor page', { pageSize: 50, cursor: deepCursor }),
  ];
  // The raw-SQL comparison only where the target is set (at `high`), to keep the run within ~8 minutes.
  return lists.flatMap((scenario) => levels.map((level) => (level === high ? { ...scenario, connections: level } : { ...scenario, work: undefined, connections: level })));
}

const INT8 = 20;
const DATE = 1082;
/** A pool that parses like the server's (src/server/db/connect.ts): int8 as numbers, dates as 'YYYY-MM-DD' text. */
export function serverLikePool(databaseUrl: string, max: number): pg.Pool {
  return new pg.Pool({
    connectionString: databaseUrl,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return (value: string) => Number(value);
        if (oid === DATE) return (value: string) => value;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
}

/**
 * Runs the scenario's work once through Kysely on its own small pool and records the
 * compiled SQL with its parameters, so the raw-SQL runs replay exactly what the endpoint
 * sends, scope filter included. Returns the reads alone and the reads plus the audit insert.
 */
export async function recordSql(databaseUrl: string, scenario: Scenario, actor: Actor): Promise<{ reads: QueryPlan; withAudit: QueryPlan }> {
  const recorded: CompiledQuery[] = [];
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: serverLikePool(databaseUrl, 2) }),
    log: (event) => void (event.level === 'query' && recorded.push(event.query)),
  });
  try {
    await scenario.work!(db, actor);
  } finally {
    await db.destroy();
  }
  const asQuery = (query: CompiledQuery) => ({ sql: query.sql, parameters: [...query.parameters] });
  const reads = recorded.filter((query) => !/^\s*insert/i.test(query.sql)).map(asQuery);
  const inserts = recorded.filter((query) => /^\s*insert/i.test(query.sql)).map(asQuery);
  const listed = scenario.readSteps ?? [reads.length];
  const rest = reads.length - listed.reduce((sum, n) => sum + n, 0);
  const steps = [...listed, ...Array.from({ length: Math.max(0, rest) }, () => 1)];
  if (rest < 0 || inserts.length !== 1) {
    throw new Error(`${scenario.name}: the endpoint now runs ${reads.length} reads and ${inserts.length} inserts; update readSteps in bench/scenarios.ts.`);
  }
  let next = 0;
  const plan: QueryPlan = steps.map((size) => reads.slice(next, (next += size)));
  return { reads: plan, withAudit: [...plan, inserts] };
}

/**
 * Issue 4: "My caseload" and a participant's case page as the case manager, at both
 * connection counts (the target is set at 50). The case page is what the browser loads
 * for it: the case, the first page of its services (the 2,000,000-row table), its timeline.
 */
export function caseScenarios(connections: number, high: number, caseId: string): Scenario[] {
  const levels = [...new Set([connections, high])];
  const ctx = (db: Database, actor: Actor) => ({ db, actor, ip: '127.0.0.1', language: 'lt' as const });
  // readSteps follow each service: the case and its records are read in one round.
  const pages: Omit<Scenario, 'connections'>[] = [
    { name: 'case: my caseload', path: '/api/cases?pageSize=50', persona: 'caseManager', work: (db, actor) => cases.list(ctx(db, actor), { pageSize: 50 }), readSteps: [1] },
    { name: 'case: case page', path: `/api/cases/${caseId}`, persona: 'caseManager', work: (db, actor) => cases.show(ctx(db, actor), caseId), readSteps: [3] },
    {
      name: 'case: services of a case', path: `/api/cases/${caseId}/services?pageSize=20`, persona: 'caseManager',
      work: (db, actor) => services.listForCase(ctx(db, actor), caseId, { pageSize: 20 }), readSteps: [3],
    },
    {
      name: 'case: timeline of a case', path: `/api/cases/${caseId}/timeline?pageSize=20`, persona: 'caseManager',
      work: (db, actor) => cases.timeline(ctx(db, actor), caseId, { pageSize: 20 }), readSteps: [2],
    },
  ];
  return pages.flatMap((page) => levels.map((level) => ({ ...page, connections: level })));
}

/**
 * Issue 5: the 20 people who fit a vacancy best, and the 20 vacancies that fit a person best,
 * as the case manager (matching.run), one request at a time and at both connection counts. The
 * vacancy is a cleaner's and the person aims at cleaning and shop work: the most common groups,
 * the most candidates.
 */
export function matchScenarios(connections: number, high: number, vacancyId: string, caseId: string): Scenario[] {
  const levels = [...new Set([1, connections, high])];
  const ctx = (db: Database, actor: Actor) => ({ db, actor, ip: '127.0.0.1', language: 'lt' as const });
  // The vacancy, then the candidates' ranking and details one after another; the case and the
  // person's profile together, then the same for the vacancies.
  const runs: Omit<Scenario, 'connections'>[] = [
    {
      name: 'match: vacancy -> top 20 people', path: `/api/vacancies/${vacancyId}/matches?limit=20`, persona: 'caseManager',
      work: (db, actor) => matching.forVacancy(ctx(db, actor), vacancyId, { limit: 20 }), readSteps: [1],
    },
    {
      name: 'match: person -> top 20 vacancies', path: `/api/cases/${caseId}/matches?limit=20`, persona: 'caseManager',
      work: (db, actor) => matching.forCase(ctx(db, actor), caseId, { limit: 20 }), readSteps: [2],
    },
  ];
  return runs.flatMap((run) => levels.map((level) => ({ ...run, connections: level })));
}
