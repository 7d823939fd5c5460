import { mkdirSync, writeFileSync } from 'node:fs';
import type { Measurement } from './load.ts';

export interface Result {
  scenario: string;
  path: string;
  persona: string | null;
  connections: number;
  api: Measurement;
  /** The endpoint's reads replayed through a pg Pool. */
  sql?: Measurement;
  /** The same plus the audit entry the endpoint writes. */
  sqlWithAudit?: Measurement;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const ratio = (api: number, sql: number) => (sql > 0 ? `${(api / sql).toFixed(1)}×` : '–');

const COLUMNS: [string, number][] = [
  ['scenario', 34], ['conns', 5], ['requests', 9], ['req/s', 8], ['p50 ms', 7], ['p95 ms', 7], ['p99 ms', 7],
  ['API/SQL p50', 11], ['API/SQL p95', 11], ['failed', 6],
];

function line(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]![1]) : cell.padStart(COLUMNS[i]![1]))).join('  ');
}

function measurementLine(label: string, connections: number, m: Measurement, api?: Measurement): string {
  return line([
    label, String(connections), String(m.operations), m.perSecond.toFixed(0), ms(m.p50), ms(m.p95), ms(m.p99),
    api ? ratio(api.p50, m.p50) : '', api ? ratio(api.p95, m.p95) : '', m.failures ? String(m.failures) : '',
  ]);
}

/** One row per HTTP run; under each list, its raw-SQL runs with API latency divided by theirs. */
export function table(results: Result[]): string {
  const rows = [line(COLUMNS.map(([name]) => name)), '-'.repeat(COLUMNS.reduce((sum, [, width]) => sum + width + 2, -2))];
  for (const result of results) {
    rows.push(measurementLine(result.scenario, result.connections, result.api));
    if (result.sql) rows.push(measurementLine('  raw SQL, list queries', result.connections, result.sql, result.api));
    if (result.sqlWithAudit) rows.push(measurementLine('  raw SQL incl. audit insert', result.connections, result.sqlWithAudit, result.api));
  }
  return rows.join('\n');
}

export function writeJson(path: URL, report: object): void {
  mkdirSync(new URL('.', path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
