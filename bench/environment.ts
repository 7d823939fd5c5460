import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../src/server/config.ts';
import { startKelias } from '../src/server/start.ts';
import { startCluster } from '../tests/pg-cluster.ts';

// A database of its own and Kelias running in this process on it, listening on
// 127.0.0.1 only. Everything started registers how to stop it at once, so a failure
// halfway (or Ctrl-C) still stops what did start.

export type Defer = (stop: () => unknown) => void;

export interface Environment {
  databaseUrl: string;
  baseUrl: string;
  postgres: string;
  /** Connections in the server's pool: openDatabase's default, which startKelias does not change. */
  serverPoolSize: number;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function startEnvironment(defer: Defer): Promise<Environment> {
  let serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    // Durable like a production server (the test cluster turns fsync off): every request
    // here commits an audit entry, and that commit's cost belongs in the numbers.
    const cluster = await startCluster({ settings: { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' } });
    defer(() => cluster.stop());
    serverUrl = cluster.url;
  }

  const name = `kelias_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const postgres = (await admin.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
  await admin.query(`create database ${name}`);
  await admin.end();
  if (process.env.BENCH_DATABASE_URL) {
    // Without "force": pg's pool.end() resolves before its sockets have closed, and a forced
    // drop would kill those connections mid-close. A plain drop waits a few seconds for them.
    defer(async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name}`);
      await client.end();
    });
  }

  const databaseUrl = withDatabase(serverUrl, name);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    LOG_LEVEL: 'warn',
    // Both personas sign in from 127.0.0.1; a stray failure must not lock the run out.
    KELIAS_SIGNIN_MAX_FAILURES_PER_ADDRESS: '100000',
    // The numbers measure serving requests: no scheduled jobs (pg-boss) in this process.
    KELIAS_JOBS: 'false',
  });
  const { app, database } = await startKelias(config, { logger: false });
  defer(() => database.close());
  defer(() => app.close());
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { databaseUrl, baseUrl: `http://127.0.0.1:${port}`, postgres, serverPoolSize: 10 };
}
