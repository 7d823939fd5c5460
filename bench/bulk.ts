import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type pg from 'pg';
import { serverLikePool } from './scenarios.ts';
import type { DB } from '../src/server/db/schema.ts';
import type { Actor } from '../src/server/http/access.ts';
import * as programmes from '../src/server/features/programmes/programmes.service.ts';

// Issue 3's one-shot timings: bulk screening of the whole registry against the Kazlų Rūda
// rules (target under 1 s) and the import of a 100,000-row CSV (target under 30 s). Each
// request is timed from sending to the last byte of the answer, over 127.0.0.1.

export interface Session {
  cookie: string;
  csrf: string;
}

export interface BulkTiming {
  runs: number[];
  median: number;
  max: number;
  /** The same reads, replayed one after another through pg (what the database alone costs). */
  sqlRuns: number[];
  sqlMedian: number;
  total: number;
  counts: { eligible: number; not_eligible: number; unknown: number };
  items: number;
  truncated: boolean;
  responseBytes: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

function local(baseUrl: string): string {
  if (new URL(baseUrl).hostname !== '127.0.0.1') throw new Error('The benchmark only sends traffic to 127.0.0.1.');
  return baseUrl;
}

export async function post(baseUrl: string, session: Session, path: string, body: unknown): Promise<{ status: number; text: string; ms: number }> {
  const sent = performance.now();
  const response = await fetch(`${local(baseUrl)}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - sent };
}

/** The Kazlų Rūda programme, set up from its template through the real API. */
export async function createKazluRuda(baseUrl: string, admin: Session, organisationId: string): Promise<string> {
  const created = await post(baseUrl, admin, '/api/programmes', { organisationId, templateKey: 'kazlu_ruda_motivation' });
  if (created.status !== 201) throw new Error(`Creating the Kazlų Rūda programme failed: ${created.status} ${created.text}`);
  return (JSON.parse(created.text) as { id: string }).id;
}

/** Runs bulkScreen once through the server's own code on a logging Kysely, and returns its reads. */
async function recordBulkReads(databaseUrl: string, programmeId: string, actor: Actor) {
  const recorded: CompiledQuery[] = [];
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool: serverLikePool(databaseUrl, 2) }),
    log: (event) => void (event.level === 'query' && recorded.push(event.query)),
  });
  try {
    await programmes.bulkScreen({ db, actor, ip: '127.0.0.1', language: 'lt' }, programmeId, {});
  } finally {
    await db.destroy();
  }
  return recorded.filter((query) => !/^\s*insert/i.test(query.sql)).map((query) => ({ sql: query.sql, parameters: [...query.parameters] }));
}

/** One warm-up, then `runs` sequential requests with the default body (today, no filter, the default list limit). */
export async function timeBulkScreening(
  baseUrl: string, databaseUrl: string, pool: pg.Pool, session: Session, actor: Actor, programmeId: string, runs: number,
): Promise<BulkTiming> {
  const path = `/api/programmes/${programmeId}/screenings/bulk`;
  const times: number[] = [];
  let last: { status: number; text: string; ms: number } | undefined;
  for (let i = 0; i <= runs; i++) {
    last = await post(baseUrl, session, path, {});
    if (last.status !== 200) throw new Error(`Bulk screening failed: ${last.status} ${last.text.slice(0, 500)}`);
    if (i > 0) times.push(last.ms);
  }
  const answer = JSON.parse(last!.text) as { total: number; counts: BulkTiming['counts']; items: unknown[]; truncated: boolean };

  const reads = await recordBulkReads(databaseUrl, programmeId, actor);
  const sqlRuns: number[] = [];
  const client = await pool.connect();
  try {
    for (let i = 0; i <= runs; i++) {
      const started = performance.now();
      for (const query of reads) await client.query(query.sql, query.parameters);
      if (i > 0) sqlRuns.push(performance.now() - started);
    }
  } finally {
    client.release();
  }
  return {
    runs: times, median: median(times), max: Math.max(...times), sqlRuns, sqlMedian: median(sqlRuns),
    total: answer.total, counts: answer.counts, items: answer.items.length, truncated: answer.truncated, responseBytes: last!.text.length,
  };
}

export interface ImportTiming {
  available: boolean;
  note: string;
  seconds?: number;
  rows?: number;
  fileBytes?: number;
  summary?: { rows: number; create: number; update: number; unchanged: number; reject: number };
  imported?: boolean;
  inDatabase?: number;
}

/**
 * One real (non-dry-run) import of `csv` into an organisation with nobody in it, timed from
 * sending to the last byte of the answer. The file travels base64 in JSON, as the web app sends it.
 */
export async function timeImport(baseUrl: string, pool: pg.Pool, session: Session, organisationId: string, csv: string, rows: number): Promise<ImportTiming> {
  const file = Buffer.from(csv, 'utf8');
  const body = { organisationId, fileName: 'uzimtumo-tarnyba-eksportas.csv', contentBase64: file.toString('base64') };
  const answer = await post(baseUrl, session, '/api/participants/import?dryRun=false', body);
  if (answer.status === 404 && /route|not found/i.test(answer.text) && !answer.text.includes('IMPORT')) {
    return { available: false, note: 'import: endpoint not available (TODO: POST /api/participants/import does not exist yet)' };
  }
  if (answer.status !== 200) throw new Error(`The import failed: ${answer.status} ${answer.text.slice(0, 500)}`);
  const result = JSON.parse(answer.text) as { imported: boolean; summary: NonNullable<ImportTiming['summary']> };
  const { rows: [count] } = await pool.query<{ n: string }>('select count(*) as n from participants where organisation_id = $1', [organisationId]);
  return {
    available: true, note: '', seconds: answer.ms / 1000, rows, fileBytes: file.length,
    summary: result.summary, imported: result.imported, inDatabase: Number(count!.n),
  };
}
