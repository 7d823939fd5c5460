import type pg from 'pg';
import type { Actor } from '../src/server/http/access.ts';
import type { BulkTiming, ImportTiming } from './bulk.ts';
import type { Result } from './report.ts';
import { recordSql, type Scenario } from './scenarios.ts';

// Speed targets, read off the results. Issue 3: participant list and search p95 under
// 25 ms at 50 connections and within 2× the same SQL; bulk screening under 1 s; import
// of 100,000 rows under 30 s. Issue 4: My caseload and the case page, the same 25 ms / 2×.

export const TARGETS = { listP95Ms: 25, listRatio: 2, bulkMs: 1000, importSeconds: 30, matchP95Ms: 100 } as const;

const verdict = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
const num = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function targetLines(results: Result[], high: number, bulk: BulkTiming | undefined, imported: ImportTiming | undefined): string[] {
  const lines = [`Issue 3 targets (participant lists at ${high} connections; API/SQL is p95 over the same reads run through pg):`];
  for (const result of results.filter((r) => r.scenario.startsWith('participants') && r.connections === high)) {
    const p95 = result.api.p95;
    const ratio = result.sql ? p95 / result.sql.p95 : Number.NaN;
    const withAudit = result.sqlWithAudit ? p95 / result.sqlWithAudit.p95 : Number.NaN;
    lines.push(
      `  ${verdict(p95 < TARGETS.listP95Ms)} p95 < ${TARGETS.listP95Ms} ms   ${result.scenario.padEnd(32)} p95 ${num(p95, 2)} ms` +
        `   ${verdict(ratio <= TARGETS.listRatio)} ≤ ${TARGETS.listRatio}× SQL: ${num(ratio, 1)}× (${num(withAudit, 1)}× counting the audit insert)`,
    );
  }
  const caseResults = results.filter((r) => r.scenario.startsWith('case:') && r.connections === high);
  if (caseResults.length > 0) {
    lines.push(`Issue 4 targets (My caseload and the case page at ${high} connections):`);
    for (const result of caseResults) {
      const p95 = result.api.p95;
      const ratio = result.sql ? p95 / result.sql.p95 : Number.NaN;
      const withAudit = result.sqlWithAudit ? p95 / result.sqlWithAudit.p95 : Number.NaN;
      lines.push(
        `  ${verdict(p95 < TARGETS.listP95Ms)} p95 < ${TARGETS.listP95Ms} ms   ${result.scenario.padEnd(32)} p95 ${num(p95, 2)} ms` +
          `   ${verdict(withAudit <= TARGETS.listRatio)} ≤ ${TARGETS.listRatio}× SQL incl. audit insert (decision 0020): ${num(withAudit, 1)}× (reads alone ${num(ratio, 1)}×)`,
      );
    }
  }
  const matchResults = results.filter((r) => r.scenario.startsWith('match:'));
  if (matchResults.length > 0) {
    lines.push(`Issue 5 targets (top 20 matches, p95 under ${TARGETS.matchP95Ms} ms; API/SQL over the same candidate queries run through pg):`);
    for (const result of matchResults) {
      const p95 = result.api.p95;
      const ratio = result.sql ? p95 / result.sql.p95 : Number.NaN;
      const withAudit = result.sqlWithAudit ? p95 / result.sqlWithAudit.p95 : Number.NaN;
      lines.push(
        `  ${verdict(p95 < TARGETS.matchP95Ms)} p95 < ${TARGETS.matchP95Ms} ms  ${result.scenario.padEnd(34)} ${String(result.connections).padStart(2)} conns  p95 ${num(p95, 2)} ms` +
          `   API/SQL ${num(ratio, 1)}× (${num(withAudit, 1)}× counting the audit insert)`,
      );
    }
  }
  if (bulk) {
    const counts = Object.entries(bulk.counts).map(([result, n]) => `${result} ${n}`).join(', ');
    lines.push(
      `  ${verdict(bulk.max < TARGETS.bulkMs)} < ${TARGETS.bulkMs} ms   bulk screening of ${bulk.total} (Kazlų Rūda): median ${bulk.median.toFixed(0)} ms, ` +
        `max ${bulk.max.toFixed(0)} ms over ${bulk.runs.length} runs [${bulk.runs.map((ms) => ms.toFixed(0)).join(', ')}]`,
      `           its reads alone through pg: median ${bulk.sqlMedian.toFixed(0)} ms; ${counts}; ${bulk.items} listed` +
        `${bulk.truncated ? ' (truncated: default limit)' : ''}, ${(bulk.responseBytes / 1024).toFixed(0)} KiB answer`,
    );
  }
  if (imported) {
    lines.push(
      imported.available && imported.seconds !== undefined
        ? `  ${verdict(imported.seconds < TARGETS.importSeconds)} < ${TARGETS.importSeconds} s     import of ${imported.rows} CSV rows ` +
            `(${((imported.fileBytes ?? 0) / 1024 / 1024).toFixed(1)} MB, real run) into an empty organisation: ${imported.seconds.toFixed(1)} s; ` +
            `${Object.entries(imported.summary ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}; ${imported.inDatabase} now in the database`
        : `  TODO     ${imported.note}`,
    );
  }
  return lines;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every read each scenario's endpoint sends, with its real parameters. */
export async function explainPlans(pool: pg.Pool, databaseUrl: string, scenarios: Scenario[], actor: Actor): Promise<string> {
  const out: string[] = [];
  for (const scenario of scenarios) {
    const { reads } = await recordSql(databaseUrl, scenario, actor);
    for (const query of reads.flat()) {
      const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, query.parameters);
      out.push(`\n── ${scenario.name}\n${query.sql}\n${rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  }
  return out.join('\n');
}
