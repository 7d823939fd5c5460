import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;
export type DatabaseKind = 'embedded' | 'postgresql';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /**
   * The embedded database itself, for pg-boss (src/server/jobs). It is one connection: use it
   * only while holding a Kysely connection (`db.connection().execute(...)`), never beside one.
   */
  embedded?: PGlite;
  close(): Promise<void>;
}

// The same parsing on both databases: counts as numbers, dates as 'YYYY-MM-DD' text
// (a Date would shift by the server's time zone), timestamps as Date.
const INT8 = 20;
const DATE = 1082;
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8) return parseInt8;
          if (oid === DATE) return keepText;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }

  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, {
    parsers: { [INT8]: parseInt8, [DATE]: keepText },
    // Trigram indexes make "name contains …" searches fast; btree_gist lets the database
    // itself refuse clashing appointments. PostgreSQL ships both in contrib.
    extensions: { pg_trgm, btree_gist },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'embedded', embedded: pglite, close: () => db.destroy() };
}
