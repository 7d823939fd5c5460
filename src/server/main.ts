import { ConfigError, loadConfig } from './config.ts';
import { DatabaseNewerThanCodeError } from './db/migrate.ts';
import { seedDemo, DEMO_LOGINS } from './demo/seed.ts';
import { DEMO_ACCOUNT } from './demo/demo-account.ts';
import { startKelias } from './start.ts';

// Composition root: config → database → app → listen, and a clean stop.
async function main() {
  const config = loadConfig();
  const { app, database } = await startKelias(config);

  if (config.demo) {
    const seeded = await seedDemo(database.db);
    if (!seeded) app.log.info('demo data not loaded: the database already has data');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), config.shutdownGraceSeconds * 1000);
    force.unref();
    // Connections kept alive by browsers would hold the server open; close each one as
    // soon as its last request is answered.
    const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close();
    clearInterval(sweep);
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('127.0.0.1', 'localhost');
  const where = database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';
  const lines = ['', `  Kelias is running: ${url}`, `  Database: ${where}`];
  if (config.demo) {
    lines.push(
      '',
      '  DEMO MODE: invented data, not for real people.',
      `  Sign in as ${DEMO_ACCOUNT.email} with password ${DEMO_ACCOUNT.password}`,
      '  Other demo accounts (same password):',
      ...DEMO_LOGINS.slice(1).map((login) => `    ${login.email.padEnd(32)} ${login.roles.join(', ')}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseNewerThanCodeError) {
    process.stderr.write(`Kelias cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Kelias cannot start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
