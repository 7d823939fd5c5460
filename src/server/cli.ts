import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { adminPasswordFrom, ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/connect.ts';
import { DatabaseNewerThanCodeError, migrate } from './db/migrate.ts';
import { checkFirstAdministrator, CommandError, createFirstAdministrator } from './features/users/first-administrator.ts';
import type { OrganisationKind } from '../contracts/roles.ts';

const USAGE = `Usage:
  ./kelias create-admin --email EMAIL --first-name NAME --last-name NAME --organisation "NAME" [--kind municipality|ngo|employment_office|partner]
  (or: npm run kelias -- create-admin ...)

Creates an installation administrator for a real installation. The password is asked
for twice, or taken from KELIAS_ADMIN_PASSWORD. Uses DATABASE_URL or KELIAS_DATA_DIR.`;

function ask(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: hidden && process.stdin.isTTY });
  if (hidden && process.stdin.isTTY) {
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = (text: string) => process.stdout.write(text.includes(question) ? text : '');
  }
  return new Promise((resolve) => rl.question(question, (answer) => {
    rl.close();
    if (hidden) process.stdout.write('\n');
    resolve(answer);
  }));
}

async function passwordFromUser(): Promise<string> {
  const fromEnv = adminPasswordFrom(process.env);
  if (fromEnv) return fromEnv;
  const first = await ask('Password: ', true);
  const second = await ask('Repeat the password: ', true);
  if (first !== second) throw new CommandError('the two passwords differ');
  return first;
}

async function createAdmin(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' }, 'first-name': { type: 'string' }, 'last-name': { type: 'string' },
      organisation: { type: 'string' }, kind: { type: 'string', default: 'municipality' }, help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const partial = { email: values.email, firstName: values['first-name'], lastName: values['last-name'], organisation: values.organisation, kind: values.kind as OrganisationKind };
  checkFirstAdministrator({ ...partial, password: 'x'.repeat(100) });
  const input = checkFirstAdministrator({ ...partial, password: await passwordFromUser() });

  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database.db);
    const result = await createFirstAdministrator(database.db, input);
    process.stdout.write(
      `Created installation administrator ${input.email}` +
        ` (administrator of ${input.organisation}${result.organisationCreated ? ', a new organisation' : ''}).\n`,
    );
  } finally {
    await database.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
const run = command === 'create-admin' ? createAdmin(rest) : Promise.reject(new CommandError(`unknown command "${command ?? ''}"`));
run.catch((error: unknown) => {
  const known = error instanceof CommandError || error instanceof ConfigError || error instanceof DatabaseNewerThanCodeError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(known ? `Error: ${(error as Error).message}\n\n${USAGE}\n` : `Error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
