import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../src/server/config.ts';
import type { App } from '../src/server/app.ts';
import type { Database } from '../src/server/db/connect.ts';
import { startKelias } from '../src/server/start.ts';
import { hashPassword } from '../src/server/shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import type { OrganisationKind, Role } from '../src/contracts/roles.ts';

// API tests run the real Fastify app (every hook, schema and handler) on a fresh
// database: embedded PGlite in memory, or a new database on the throwaway PostgreSQL
// server, chosen by KELIAS_TEST_DB, which the Vitest project sets.

export const databaseKind = (process.env.KELIAS_TEST_DB ?? 'embedded') as 'embedded' | 'postgresql';

async function freshDatabaseUrl(): Promise<string> {
  const serverUrl = inject('postgresUrl');
  const name = `kelias_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(serverUrl);
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function testConfig(env: Record<string, string> = {}, kind = databaseKind): Promise<Config> {
  const databaseUrl = kind === 'postgresql' ? await freshDatabaseUrl() : '';
  return loadConfig({
    KELIAS_DATA_DIR: 'memory://',
    DATABASE_URL: databaseUrl,
    KELIAS_WEB_DIR: '/nonexistent-web-dir',
    LOG_LEVEL: 'silent',
    // Tests build many apps; only a test that asks (KELIAS_JOBS: 'true') starts pg-boss.
    KELIAS_JOBS: 'false',
    ...env,
  });
}

export interface TestApp {
  app: App;
  db: Database;
  config: Config;
  close(): Promise<void>;
}

export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = await testConfig(env);
  const { app, database } = await startKelias(config, { logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

// Factories write straight to the database: tests of one feature should not depend
// on another feature's endpoints to set up their world.

export async function makeOrganisation(db: Database, name = `Org ${randomBytes(3).toString('hex')}`, kind: OrganisationKind = 'municipality') {
  const { id } = await db
    .insertInto('organisations')
    .values({ name, kind, sort_key: lithuanianSortKey(name), search_key: searchKey(name) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

export async function makeUser(
  db: Database,
  options: { email?: string; firstName?: string; lastName?: string; roles?: [string, Role][]; systemAdmin?: boolean; active?: boolean } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@test.kelias.lt`;
  const firstName = options.firstName ?? 'Test';
  const lastName = options.lastName ?? 'User';
  const { id } = await db
    .insertInto('users')
    .values({
      email, first_name: firstName, last_name: lastName, password_hash: await passwordHash,
      sort_key: lithuanianSortKey(`${lastName} ${firstName}`), search_key: searchKey(`${firstName} ${lastName} ${email}`),
      is_system_admin: options.systemAdmin ?? false, is_active: options.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.roles?.length) {
    await db.insertInto('memberships').values(options.roles.map(([organisationId, role]) => ({ user_id: id, organisation_id: organisationId, role }))).execute();
  }
  return { id, email };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in browser: carries the session cookie and the CSRF token, like the web app does. */
export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  request(method: Method, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function signIn(app: App, email: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'kelias_session')!;
  const { csrfToken, user } = response.json();
  const session: Session = {
    cookie: `kelias_session=${cookie.value}`,
    csrfToken,
    userId: user.id,
    request: (method, url, body, extra = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...extra },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
    get: (url, extra) => session.request('GET', url, undefined, extra),
    post: (url, body, extra) => session.request('POST', url, body ?? {}, extra),
    patch: (url, body, extra) => session.request('PATCH', url, body, extra),
  };
  return session;
}

export async function auditEntries(db: Database, action: string) {
  return db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

/**
 * A participant enrolled in a programme of the organisation, with the case that enrolment
 * opened (at stage intake), written straight to the database like the other factories.
 * `caseManagerId` becomes the case manager and a team member; `team` adds specialists.
 */
export async function makeCase(
  db: Database,
  organisationId: string,
  options: { caseManagerId?: string | null; team?: [string, string][]; firstName?: string; lastName?: string; openedOn?: string } = {},
) {
  const firstName = options.firstName ?? 'Ona';
  const lastName = options.lastName ?? `Dalyvė${randomBytes(2).toString('hex')}`;
  const { id: participantId } = await db.insertInto('participants').values({
    organisation_id: organisationId, first_name: firstName, last_name: lastName, birth_date: '1968-04-02',
    sort_key: lithuanianSortKey(`${lastName} ${firstName}`), search_key: searchKey(`${firstName} ${lastName}`), name_key: searchKey(`${firstName} ${lastName}`),
  }).returning('id').executeTakeFirstOrThrow();
  const { id: programmeId } = await db.insertInto('programmes').values({
    organisation_id: organisationId, name_lt: 'Bandomoji programa', sort_key: lithuanianSortKey('Bandomoji programa'), capacity: 100,
  }).returning('id').executeTakeFirstOrThrow();
  const openedOn = options.openedOn ?? '2026-01-12';
  const { id: enrolmentId } = await db.insertInto('enrolments').values({
    programme_id: programmeId, participant_id: participantId, status: 'enrolled', enrolled_on: openedOn,
  }).returning('id').executeTakeFirstOrThrow();
  const { id: caseId } = await db.insertInto('cases').values({
    organisation_id: organisationId, programme_id: programmeId, participant_id: participantId, enrolment_id: enrolmentId,
    opened_on: openedOn, case_manager_id: options.caseManagerId ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  const team = [...(options.caseManagerId ? [[options.caseManagerId, 'case_manager'] as [string, string]] : []), ...(options.team ?? [])];
  if (team.length) await db.insertInto('case_members').values(team.map(([userId, role]) => ({ case_id: caseId, user_id: userId, role }))).execute();
  return { caseId, participantId, programmeId, enrolmentId };
}

/** Today in Lithuania, as the server reckons dates. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });

export function daysFromToday(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Signs in a new staff user with a name and roles: `const user = staffSignIn(t); await user('Rūta', 'Žemaitienė', [[org, 'case_manager']])`. */
export const staffSignIn = (t: TestApp) => async (firstName: string, lastName: string, roles: [string, Role][]) =>
  signIn(t.app, (await makeUser(t.db, { firstName, lastName, roles })).email);
