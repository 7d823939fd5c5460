import { cpus } from 'node:os';
import pg from 'pg';
import { startEnvironment } from './environment.ts';
import { generate, type Persona } from './generate.ts';
import { httpLoad, sqlLoad } from './load.ts';
import { table, writeJson, type Result } from './report.ts';
import { recordSql, scenarios } from './scenarios.ts';

// `npm run bench`: a throwaway PostgreSQL, Kelias in this process, a scale data set, then
// each endpoint under load next to the same SQL run straight through pg, so the cost of
// the HTTP layer, sessions and validation can be read off the ratio.
//   BENCH_DURATION     seconds per measured run (default 10)
//   BENCH_CONNECTIONS  concurrent connections (default 10; the lists also run at 50)
//   BENCH_DATABASE_URL use this PostgreSQL server instead of starting one

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

/** Signs in through the real API and returns the session cookie to send. */
async function signIn(baseUrl: string, persona: Persona): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: persona.email, password: persona.password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kelias_session='));
  if (!response.ok || !cookie) throw new Error(`Signing in as ${persona.email} failed: ${response.status} ${await response.text()}`);
  return cookie.split(';')[0]!;
}

async function main() {
  console.log(`Kelias benchmark: ${SECONDS} s per run, ${CONNECTIONS} connections (lists also at ${HIGH_CONNECTIONS}), ${cpus().length} CPUs, Node ${process.version}`);
  const environment = await startEnvironment((stop) => stops.push(stop));
  console.log(`PostgreSQL ${environment.postgres}; Kelias listening on ${environment.baseUrl}`);

  // The raw-SQL side gets as many connections as the server's pool: same database capacity.
  const pool = new pg.Pool({ connectionString: environment.databaseUrl, max: environment.serverPoolSize });
  pool.on('error', (error) => console.error('Idle raw-SQL connection failed:', error.message));
  stops.push(() => pool.end());

  const data = await generate(pool);
  console.log(
    `Generated ${data.counts.organisations} organisations, ${data.counts.users} users, ${data.counts.memberships} memberships, ` +
      `${data.counts.auditEntries} audit entries in ${data.seconds.toFixed(1)} s ` +
      `(the auditor's scope covers ${(data.auditorShare * 100).toFixed(0)}% of the log).`,
  );
  const personas = { admin: data.admin, auditor: data.auditor };
  const cookies = { admin: await signIn(environment.baseUrl, data.admin), auditor: await signIn(environment.baseUrl, data.auditor) };

  const results: Result[] = [];
  const signal = interrupt.signal;
  for (const scenario of scenarios(CONNECTIONS, HIGH_CONNECTIONS)) {
    const load = {
      url: `${environment.baseUrl}${scenario.path}`,
      connections: scenario.connections,
      headers: scenario.persona ? { cookie: cookies[scenario.persona] } : ({} as Record<string, string>),
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
  }

  const { rows: [grown] } = await pool.query<{ n: string }>('select count(*) as n from audit_log');
  console.log(`\n${table(results)}\n`);
  console.log(
    `Notes: latencies in ms, by nearest rank over every 2xx response; "API/SQL" divides the API's latency by the raw-SQL run's.\n` +
      `Every /api/audit and /api/users request also writes an audit entry (reads of personal data are audited) and looks up\n` +
      `its session (one query with the user and roles): both are part of the API's cost. The raw-SQL runs use ${environment.serverPoolSize} pooled connections like the server.\n` +
      `The audit log grew from ${data.counts.auditEntries} to ${grown!.n} entries during the runs; autocannon ran in a worker thread of this process.`,
  );
  const failed = results.filter((r) => r.api.failures || r.sql?.failures || r.sqlWithAudit?.failures).map((r) => r.scenario);
  if (failed.length) console.error(`\nWARNING: failed requests or queries in ${[...new Set(failed)].join('; ')}: those numbers do not measure success.`);
  writeJson(RESULTS, {
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, postgres: environment.postgres },
    settings: { seconds: SECONDS, connections: CONNECTIONS, highConnections: HIGH_CONNECTIONS, serverPoolSize: environment.serverPoolSize },
    data: { ...data.counts, generationSeconds: data.seconds, auditorShare: data.auditorShare, auditEntriesAfter: Number(grown!.n) },
    results,
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
