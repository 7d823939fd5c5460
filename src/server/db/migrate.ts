import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from './connect.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
// Any constant works; it only has to be the same in every Kelias process.
const MIGRATION_LOCK = 7_245_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class DatabaseNewerThanCodeError extends Error {
  constructor(databaseVersion: number, codeVersion: number) {
    super(
      `The database is at schema version ${databaseVersion}, but this Kelias knows only up to ` +
        `version ${codeVersion}. It was upgraded by a newer Kelias. Run that version (or newer) ` +
        `instead; this one stops so it cannot damage the data.`,
    );
    this.name = 'DatabaseNewerThanCodeError';
  }
}

export function readMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
    }));
}

// Applies what is missing in one transaction, under a lock, so several Kelias
// processes starting at once against one PostgreSQL do not race.
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  const latest = migrations.at(-1)?.version ?? 0;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists kelias_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const applied = await trx.selectFrom('kelias_migrations').select(['version']).execute();
    const newest = Math.max(0, ...applied.map((row) => row.version));
    if (newest > latest) throw new DatabaseNewerThanCodeError(newest, latest);

    const done = new Set(applied.map((row) => row.version));
    const names: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('kelias_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
      names.push(migration.name);
    }
    return names;
  });
}
