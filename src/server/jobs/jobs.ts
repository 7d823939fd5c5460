import type { FastifyBaseLogger } from 'fastify';
import { PgBoss, fromPglite, type Db } from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database, DatabaseHandle } from '../db/connect.ts';
import { todayInLithuania } from '../features/participants/participants.rules.ts';
import { sweepReminders } from '../features/tasks/reminders.queries.ts';

// Scheduled work in pg-boss, on the same database (decision 0022). The state that
// matters lives in Kelias's own tables; a job only says "do the sweep now", so a lost or
// repeated job costs nothing.

export const REMINDER_SWEEP = 'reminders.sweep';
const EVERY_FIVE_MINUTES = '*/5 * * * *';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss on the embedded database goes through the Kysely driver's lock: PGlite is one
 * connection, and a pg-boss statement run beside a request's transaction would land inside
 * it. `fromPglite` runs pg-boss's multi-statement scripts (its migrations, its BEGIN … COMMIT
 * blocks) and rolls back a failed one before the lock is let go. So never wait for pg-boss
 * inside a transaction on the embedded database: it would wait for the lock that transaction holds.
 */
function embeddedAdapter(db: Database, pglite: NonNullable<DatabaseHandle['embedded']>): Db {
  const direct = fromPglite(pglite);
  return { executeSql: (text, values) => db.connection().execute(() => direct.executeSql(text, values)) };
}

function bossFor(database: DatabaseHandle, config: Config): PgBoss {
  if (database.embedded) return new PgBoss({ db: embeddedAdapter(database.db, database.embedded), backend: 'pglite', schema: 'pgboss' });
  // Its own small pool: a sweep every few minutes needs no more, and request traffic keeps the main pool.
  return new PgBoss({ connectionString: config.databaseUrl!, max: 2, schema: 'pgboss', application_name: 'kelias-jobs' });
}

/** Starts pg-boss, its queues, schedules and workers, and runs one sweep now (at start-up). */
export async function startJobs(database: DatabaseHandle, config: Config, log: FastifyBaseLogger): Promise<Jobs> {
  const boss = bossFor(database, config);
  // Without a listener an 'error' event would throw; pg-boss retries on its own.
  boss.on('error', (error) => log.error({ err: error }, 'jobs: pg-boss error'));
  boss.on('warning', (warning) => log.warn({ warning: warning.message }, 'jobs: pg-boss warning'));
  await boss.start();
  try {
    await boss.createQueue(REMINDER_SWEEP);
    await boss.schedule(REMINDER_SWEEP, EVERY_FIVE_MINUTES, null, { tz: 'Europe/Vilnius' });
    await boss.work(REMINDER_SWEEP, async () => {
      const created = await sweepReminders(database.db, todayInLithuania());
      if (created > 0) log.info({ created }, 'jobs: reminders created');
    });
    await boss.send(REMINDER_SWEEP);
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return {
    boss,
    // Lets a sweep in progress finish; its pool (PostgreSQL) closes with it.
    stop: () => boss.stop({ graceful: true, timeout: config.shutdownGraceSeconds * 1000 }),
  };
}
