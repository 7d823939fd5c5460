import { cpus } from 'node:os';
import { generateCases, type GeneratedCases } from './cases.ts';
import { startEnvironment } from './environment.ts';
import { generate, type Persona } from './generate.ts';
import { httpLoad, sqlLoad } from './load.ts';
import { table, writeJson, type Result } from './report.ts';
import { caseScenarios, matchScenarios, recordSql, participantScenarios, scenarios, serverLikePool, type Scenario } from './scenarios.ts';
import { emptyOrganisation, generateParticipants, importCsv } from './participants.ts';
import { createKazluRuda, timeBulkScreening, timeImport, type BulkTiming, type ImportTiming, type Session } from './bulk.ts';
import { explainPlans, targetLines } from './targets.ts';
import { generateMatching, type GeneratedMatching } from './matching.ts';

// `npm run bench`: a throwaway PostgreSQL, Kelias in this process, a scale data set, then
// each endpoint under load next to the same SQL run straight through pg, so the cost of
// the HTTP layer, sessions and validation can be read off the ratio.
//   BENCH_DURATION     seconds per measured run (default 10)
//   BENCH_CONNECTIONS  concurrent connections (default 10; the lists also run at 50, matching at 1 and 50)
//   BENCH_DATABASE_URL use this PostgreSQL server instead of starting one
//   BENCH_ONLY         comma-separated words: run only the scenarios whose name contains one
//                      (e.g. "participants", "q=kausk", "audit", "bulk", "import", "case", "match"); the base data is
//                      generated in full, cases only for "case" and "match", employers and vacancies only for "match"
//   BENCH_EXPLAIN      set to 1 to print EXPLAIN (ANALYZE, BUFFERS) of each participant list's and match's SQL at the end

function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above 0; it is "${raw}".`);
  return value;
}

const SECONDS = setting('BENCH_DURATION', 10);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 10);
const HIGH_CONNECTIONS = 50;
// Short runs before measuring, so connections, JIT and caches are warm.
const HTTP_WARMUP_SECONDS = 2;
const SQL_WARMUP_SECONDS = 1;
const RESULTS = new URL('./results/latest.json', import.meta.url);
const BULK_RUNS = 5;
const IMPORT_ROWS = 100_000;
// Pages of the largest size followed through nextCursor to reach the middle of the registry.
const DEEP_PAGES = 250;
const DEEP_PAGE_SIZE = 200;
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').map((word) => word.trim().toLowerCase()).filter(Boolean);
const selected = (name: string) => ONLY.length === 0 || ONLY.some((word) => name.toLowerCase().includes(word));

const stops: (() => unknown)[] = [];
const interrupt = new AbortController();
let closing: Promise<void> | undefined;

/** Stops what was started, newest first, once; a failing step does not keep the rest running. */
function closeAll(): Promise<void> {
  closing ??= (async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error('While stopping:', error);
      }
    }
  })();
  return closing;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping…`);
    interrupt.abort();
    void closeAll().then(() => process.exit(130));
  });
}

/** Signs in through the real API and returns the session cookie to send and the CSRF token for changes. */
async function signIn(baseUrl: string, persona: Persona): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: persona.email, password: persona.password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kelias_session='));
  if (!response.ok || !cookie) throw new Error(`Signing in as ${persona.email} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, csrf: csrfToken };
}

/**
 * Follows nextCursor from the first page, as the web app does, `pages` times; returns the
 * cursor reached and the slowest and median page, which show whether pages stay flat.
 */
async function walkPages(baseUrl: string, session: Session, pages: number, pageSize: number) {
  let cursor: string | null = null;
  const times: number[] = [];
  for (let i = 0; i < pages; i++) {
    const query = new URLSearchParams({ pageSize: String(pageSize), ...(cursor ? { cursor } : {}) });
    const sent = performance.now();
    const response = await fetch(`${baseUrl}/api/participants?${query}`, { headers: { cookie: session.cookie } });
    const page = (await response.json()) as { nextCursor: string | null; items: unknown[] };
    times.push(performance.now() - sent);
    if (!response.ok || !page.nextCursor) throw new Error(`Following the participant pages stopped at page ${i + 1}: ${response.status}`);
    cursor = page.nextCursor;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { cursor: cursor!, rowsSkipped: pages * pageSize, first: times[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
}

async function main() {
  console.log(`Kelias benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections (lists also at ${HIGH_CONNECTIONS}), ${cpus().length} CPUs, Node ${process.version}`);
  const environment = await startEnvironment((stop) => stops.push(stop));
  console.log(`PostgreSQL ${environment.postgres}; Kelias listening on ${environment.baseUrl}`);

  // The raw-SQL side gets as many connections as the server's pool: same database capacity.
  // …and parses like it (int8 as numbers, dates as text), so the rows cost the same to read.
  const pool = serverLikePool(environment.databaseUrl, environment.serverPoolSize);
  pool.on('error', (error) => console.error('Idle raw-SQL connection failed:', error.message));
  stops.push(() => pool.end());

  const data = await generate(pool);
  console.log(
    `Generated ${data.counts.organisations} organisations, ${data.counts.users} users, ${data.counts.memberships} memberships, ` +
      `${data.counts.auditEntries} audit entries in ${data.seconds.toFixed(1)} s ` +
      `(the auditor's scope covers ${(data.auditorShare * 100).toFixed(0)}% of the log).`,
  );

  // Issue 3: the participant registry in the auditor's organisation, where the case manager works.
  const home = data.auditor.actor.memberships[0]!.organisationId;
  const { rows: others } = await pool.query<{ id: string }>('select id from organisations where id <> $1 order by id', [home]);
  const registry = await generateParticipants(pool, home, others.map((o) => o.id));
  console.log(
    `Generated ${registry.counts.inScope} participants in the case manager's organisation and ${registry.counts.elsewhere} in the others ` +
      `(${registry.counts.withCode} with a personal code) in ${registry.seconds.toFixed(1)} s, ANALYZE included.`,
  );

  const personas = { admin: data.admin, auditor: data.auditor, caseManager: registry.caseManager };
  const sessions = {
    admin: await signIn(environment.baseUrl, data.admin),
    auditor: await signIn(environment.baseUrl, data.auditor),
    caseManager: await signIn(environment.baseUrl, registry.caseManager),
  };

  const results: Result[] = [];
  const signal = interrupt.signal;
  const runScenario = async (scenario: Scenario) => {
    const load = {
      url: `${environment.baseUrl}${scenario.path}`,
      connections: scenario.connections,
      headers: scenario.persona ? { cookie: sessions[scenario.persona].cookie } : ({} as Record<string, string>),
    };
    await httpLoad({ ...load, seconds: HTTP_WARMUP_SECONDS }, signal);
    const result: Result = {
      scenario: scenario.name, path: scenario.path, persona: scenario.persona, connections: scenario.connections,
      api: await httpLoad({ ...load, seconds: SECONDS }, signal),
    };
    if (scenario.work && scenario.persona) {
      const plans = await recordSql(environment.databaseUrl, scenario, personas[scenario.persona].actor);
      await sqlLoad(pool, plans.reads, scenario.connections, SQL_WARMUP_SECONDS, signal);
      result.sql = await sqlLoad(pool, plans.reads, scenario.connections, SECONDS, signal);
      result.sqlWithAudit = await sqlLoad(pool, plans.withAudit, scenario.connections, SECONDS, signal);
    }
    results.push(result);
    console.log(`  done: ${scenario.name} at ${scenario.connections} connections, ${result.api.perSecond.toFixed(0)} req/s`);
  };
  for (const scenario of scenarios(CONNECTIONS, HIGH_CONNECTIONS).filter((s) => selected(s.name))) await runScenario(scenario);

  // After the audit and user lists: the case manager's list entries fall in the auditor's scope.
  const walk = await walkPages(environment.baseUrl, sessions.caseManager, DEEP_PAGES, DEEP_PAGE_SIZE);
  console.log(
    `Followed nextCursor through ${DEEP_PAGES} pages of ${DEEP_PAGE_SIZE} (${walk.rowsSkipped} rows): page 1 ${walk.first.toFixed(1)} ms, ` +
      `median ${walk.median.toFixed(1)} ms, slowest ${walk.max.toFixed(1)} ms (one request at a time).`,
  );
  const participantRuns = participantScenarios(CONNECTIONS, HIGH_CONNECTIONS, walk.cursor).filter((s) => selected(s.name));
  for (const scenario of participantRuns) await runScenario(scenario);

  // Issue 4: cases, teams, tasks, appointments and 2,000,000 services in the same organisation.
  let cases: GeneratedCases | undefined;
  if (selected('case') || selected('match')) {
    cases = await generateCases(pool, home, registry.caseManager.actor.userId);
    console.log(
      `Generated ${cases.counts.cases} cases, ${cases.counts.services} services, ${cases.counts.tasks} tasks, ${cases.counts.appointments} appointments, ` +
        `${cases.counts.events} timeline events in ${cases.seconds.toFixed(1)} s, ANALYZE included.`,
    );
    if (selected('case')) for (const scenario of caseScenarios(CONNECTIONS, HIGH_CONNECTIONS, cases.sampleCaseId)) await runScenario(scenario);
  }

  // Issue 5: employers, vacancies, vocational profiles and consents on top of those cases.
  let matching: GeneratedMatching | undefined;
  let matchRuns: Scenario[] = [];
  if (selected('match')) {
    matching = await generateMatching(pool, home);
    console.log(
      `Generated ${matching.counts.employers} employers, ${matching.counts.vacancies} vacancies (${matching.counts.openVacancies} open), ` +
        `${matching.counts.profiles} vocational profiles, ${matching.counts.consents} job-mediation consents, ${matching.counts.placements} people in a paid job ` +
        `in ${matching.seconds.toFixed(1)} s, ANALYZE included. The sample vacancy's sub-major group holds ${matching.sampleCandidates.people} profiles; ` +
        `the sample person's groups ${matching.sampleCandidates.vacancies} open vacancies.`,
    );
    matchRuns = matchScenarios(CONNECTIONS, HIGH_CONNECTIONS, matching.sampleVacancyId, matching.sampleCaseId);
    for (const scenario of matchRuns) await runScenario(scenario);
  }

  let bulk: BulkTiming | undefined;
  if (selected('bulk screening')) {
    const programmeId = await createKazluRuda(environment.baseUrl, sessions.admin, home);
    bulk = await timeBulkScreening(environment.baseUrl, environment.databaseUrl, pool, sessions.caseManager, registry.caseManager.actor, programmeId, BULK_RUNS);
    console.log(`  done: bulk screening, ${BULK_RUNS} runs after a warm-up`);
  }
  let imported: ImportTiming | undefined;
  if (selected('import')) {
    const { organisationId, importer } = await emptyOrganisation(pool);
    const file = importCsv(IMPORT_ROWS);
    imported = await timeImport(environment.baseUrl, pool, await signIn(environment.baseUrl, importer), organisationId, file.csv, IMPORT_ROWS);
    console.log(`  done: import of a ${IMPORT_ROWS}-row CSV (${(Buffer.byteLength(file.csv) / 1024 / 1024).toFixed(1)} MB, ${file.withoutCode} without a personal code)`);
  }

  const { rows: [grown] } = await pool.query<{ n: string }>('select count(*) as n from audit_log');
  console.log(`\n${table(results)}\n`);
  console.log(
    `Notes: latencies in ms, by nearest rank over every 2xx response; "API/SQL" divides the API's latency by the raw-SQL run's.\n` +
      `Every /api/audit and /api/users request also writes an audit entry (reads of personal data are audited) and looks up\n` +
      `its session (one query with the user and roles): both are part of the API's cost. The raw-SQL runs use ${environment.serverPoolSize} pooled connections like the server.\n` +
      `The audit log grew from ${data.counts.auditEntries} to ${grown!.n} entries during the runs; autocannon ran in a worker thread of this process.`,
  );
  console.log(`\n${targetLines(results, HIGH_CONNECTIONS, bulk, imported).join('\n')}`);
  if (process.env.BENCH_EXPLAIN === '1') {
    const explained = [...participantRuns, ...matchRuns].filter((s) => s.connections === HIGH_CONNECTIONS);
    console.log(await explainPlans(pool, environment.databaseUrl, explained, registry.caseManager.actor));
  }
  const failed = results.filter((r) => r.api.failures || r.sql?.failures || r.sqlWithAudit?.failures).map((r) => r.scenario);
  if (failed.length) console.error(`\nWARNING: failed requests or queries in ${[...new Set(failed)].join('; ')}: those numbers do not measure success.`);
  writeJson(RESULTS, {
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, postgres: environment.postgres },
    settings: { seconds: SECONDS, connections: CONNECTIONS, highConnections: HIGH_CONNECTIONS, serverPoolSize: environment.serverPoolSize },
    data: {
      ...data.counts, generationSeconds: data.seconds, auditorShare: data.auditorShare, auditEntriesAfter: Number(grown!.n),
      participants: registry.counts, participantGenerationSeconds: registry.seconds,
      cases: cases?.counts, caseGenerationSeconds: cases?.seconds,
      matching: matching && { ...matching.counts, sampleCandidates: matching.sampleCandidates }, matchingGenerationSeconds: matching?.seconds,
    },
    results,
    deepCursorWalk: { pages: DEEP_PAGES, pageSize: DEEP_PAGE_SIZE, ...walk, cursor: undefined },
    bulkScreening: bulk,
    import: imported,
  });
  console.log(`Results written to ${RESULTS.pathname}`);
}

try {
  await main();
} catch (error) {
  if (!interrupt.signal.aborted) {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  await closeAll();
}
