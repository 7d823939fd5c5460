import { readFileSync } from 'node:fs';
import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { buildApp, type App } from './app.ts';
import { startJobs, type Jobs } from './jobs/jobs.ts';

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/**
 * Opens the database, brings its schema up to date and builds the app on it. With
 * `config.jobs` it also starts pg-boss, which stops when the app closes (before the
 * database does).
 */
export async function startKelias(
  config: Config,
  options: Parameters<typeof buildApp>[1] = {},
): Promise<{ app: App; database: DatabaseHandle; jobs: Jobs | null }> {
  const database = await openDatabase(config);
  try {
    await migrate(database.db);
    const app = await buildApp({ db: database.db, config, databaseKind: database.kind, version: VERSION }, options);
    const jobs = config.jobs ? await startJobs(database, config, app.log) : null;
    if (jobs) app.addHook('onClose', () => jobs.stop());
    return { app, database, jobs };
  } catch (error) {
    await database.close();
    throw error;
  }
}
