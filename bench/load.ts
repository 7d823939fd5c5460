import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import type { HttpLoadOptions, HttpLoadOutcome } from './http-worker.ts';

// The two ways of applying load, measured the same way: each operation's latency in
// milliseconds (wall clock, from sending to the last byte or row), percentiles by
// nearest rank, throughput as completed operations per second of the run.

export interface Measurement {
  operations: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers and socket errors; any at all means the numbers are not to be trusted. */
  failures: number;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

function measure(latencies: Float64Array, seconds: number, failures: number): Measurement {
  const sorted = latencies.sort();
  return {
    operations: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    failures,
  };
}

/** HTTP load on 127.0.0.1 from a worker thread; aborting ends the worker and its sockets. */
export function httpLoad(options: HttpLoadOptions, signal: AbortSignal): Promise<Measurement> {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error('The benchmark only sends traffic to 127.0.0.1.');
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-worker.ts', import.meta.url), { workerData: options });
    const abort = () => void worker.terminate().then(() => reject(new Error('Interrupted.')));
    signal.addEventListener('abort', abort, { once: true });
    worker.once('message', (outcome: HttpLoadOutcome) => {
      signal.removeEventListener('abort', abort);
      void worker.terminate();
      resolve(measure(outcome.latencies, outcome.seconds, outcome.failures + outcome.errors));
    });
    worker.once('error', reject);
  });
}

/** Queries run one after another; the queries inside a step run together, as the server runs them. */
export type QueryPlan = { sql: string; parameters: unknown[] }[][];

/**
 * `connections` loops, each repeating the plan until time is up, over a pool of
 * `pool`'s size: the same shape as autocannon's connections against the server's pool.
 */
export async function sqlLoad(pool: pg.Pool, plan: QueryPlan, connections: number, seconds: number, signal: AbortSignal): Promise<Measurement> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && !signal.aborted) {
      const sent = performance.now();
      try {
        for (const step of plan) await Promise.all(step.map((query) => pool.query(query.sql, query.parameters)));
        latencies.push(performance.now() - sent);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  if (signal.aborted) throw new Error('Interrupted.');
  return measure(Float64Array.from(latencies), (performance.now() - started) / 1000, failures);
}
