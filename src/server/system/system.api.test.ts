import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind, makeUser, signIn, testApp, testConfig, type TestApp } from '../../../tests/api.ts';
import { openDatabase } from '../db/connect.ts';
import { DatabaseNewerThanCodeError, migrate, readMigrations } from '../db/migrate.ts';
import { seedDemo } from '../demo/seed.ts';
import { DEMO_ACCOUNT } from '../demo/demo-account.ts';
import { startKelias } from '../start.ts';

let t: TestApp;
let webDir: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'kelias-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Kelias</title><div id="root"></div>');
  t = await testApp({ KELIAS_WEB_DIR: webDir, KELIAS_BODY_LIMIT_BYTES: '4096' });
});
afterAll(() => t.close());

describe('the HTTP edge', () => {
  it('reports health with the database it checked', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: databaseKind });
  });

  it('answers malformed JSON with 400 and a code, and an oversized body with 413', async () => {
    const session = await signIn(t.app, (await makeUser(t.db, { systemAdmin: true })).email);
    const malformed = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }, payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('REQUEST.MALFORMED');
    const huge = await session.post('/api/organisations', { name: 'x'.repeat(10_000), kind: 'ngo' });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toEqual({ code: 'REQUEST.TOO_LARGE', message: 'Užklausa per didelė.' });
  });

  it('answers unknown API paths with JSON 404 and unknown pages with the app and 404', async () => {
    const api = await t.app.inject('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('ROUTE.NOT_FOUND');
    const page = await t.app.inject('/no/such/page');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<div id="root">');
    const known = await t.app.inject('/centres/123');
    expect(known.statusCode).toBe(200);
    expect(known.body).toContain('<div id="root">');
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await t.app.inject('/login');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
  });

  it('compresses large responses', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('publishes an OpenAPI document describing the API and a docs page', async () => {
    const document = (await t.app.inject('/api/openapi.json')).json();
    expect(document.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/auth/me', '/api/organisations', '/api/centres/{id}', '/api/users', '/api/audit', '/api/health']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(document.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const docs = await t.app.inject('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});

describe('the database', () => {
  it('refuses to run on a database migrated by a newer Kelias, and says so', async () => {
    const config = await testConfig();
    const database = await openDatabase(config);
    try {
      await migrate(database.db);
      await sql`insert into kelias_migrations (version, name) values (9999, '9999_from_the_future')`.execute(database.db);
      await expect(migrate(database.db)).rejects.toThrow(DatabaseNewerThanCodeError);
      await expect(migrate(database.db)).rejects.toThrow(/schema version 9999.*knows only up to version \d+/);
    } finally {
      await database.close();
    }
  });

  it('applies each migration once, however often Kelias starts', async () => {
    const config = await testConfig();
    const first = await startKelias(config, { logger: false });
    await first.app.close();
    const versions = await first.database.db.selectFrom('kelias_migrations').select('version').execute();
    expect(versions.map((v) => v.version)).toEqual(readMigrations().map((m) => m.version));
    expect(await migrate(first.database.db)).toEqual([]);
    await first.database.close();
  });

  it('loads demo data only into an empty database', async () => {
    const config = await testConfig();
    const { app, database } = await startKelias(config, { logger: false });
    try {
      expect(await seedDemo(database.db)).toBe(true);
      const admin = await signIn(app, DEMO_ACCOUNT.email, DEMO_ACCOUNT.password);
      const before = (await admin.get('/api/home')).json();
      expect(before.organisations).toBeGreaterThanOrEqual(5);
      expect(await seedDemo(database.db)).toBe(false);
      expect((await admin.get('/api/home')).json()).toMatchObject({ organisations: before.organisations, centres: before.centres });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('refuses demo data in a database that already holds real data', async () => {
    const config = await testConfig();
    const { app, database } = await startKelias(config, { logger: false });
    try {
      await makeUser(database.db, { email: 'real.admin@savivaldybe.lt', systemAdmin: true });
      expect(await seedDemo(database.db)).toBe(false);
      const users = await database.db.selectFrom('users').select('email').execute();
      expect(users.map((u) => u.email)).toEqual(['real.admin@savivaldybe.lt']);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

describe('home counts', () => {
  it('count only what lies within the user\'s organisations', async () => {
    const mine = await t.db.insertInto('organisations').values({ name: 'A', kind: 'ngo', sort_key: 'a', search_key: 'a' }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('organisations').values({ name: 'B', kind: 'ngo', sort_key: 'b', search_key: 'b' }).execute();
    await t.db.insertInto('centres').values({ organisation_id: mine.id, name: 'C', sort_key: 'c', search_key: 'c', address: 'x', workstations: 7 }).execute();
    const worker = await signIn(t.app, (await makeUser(t.db, { roles: [[mine.id, 'case_manager']] })).email);
    expect((await worker.get('/api/home')).json()).toEqual({
      organisations: 1, centres: 1, workstations: 7, activeStaff: 1, auditEntriesToday: null, participants: 0, activeProgrammes: 0, enrolled: 0, waiting: 0,
    });
  });
});

describe('the web app', () => {
  it('is served at the root and at every known page, also on reload', async () => {
    for (const path of ['/', '/centres', '/audit?action=centre.create']) {
      const response = await t.app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.body).toContain('<div id="root">');
    }
  });
});

describe('request validation', () => {
  it('takes JSON bodies as sent: no number becomes text, no null becomes 0', async () => {
    const org = await t.db.insertInto('organisations').values({ name: 'Kazlų Rūda', kind: 'municipality', sort_key: 'k', search_key: 'k' }).returning('id').executeTakeFirstOrThrow();
    const session = await signIn(t.app, (await makeUser(t.db, { roles: [[org.id, 'case_manager']] })).email);
    const numberAsName = await session.post('/api/participants', { firstName: 123, lastName: 'Petraitis' });
    expect(numberAsName.statusCode).toBe(400);
    expect(numberAsName.json().error.details.fields[0]).toMatchObject({ field: 'firstName' });

    const created = await session.post('/api/participants', { firstName: 'Ona', lastName: 'Petraitienė', educationLevel: null, receivesSocialAssistance: null });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ educationLevel: null, receivesSocialAssistance: null });
    const zero = await session.post('/api/participants', { firstName: 'Jonas', lastName: 'Petraitis', educationLevel: 0 });
    expect(zero.json().educationLevel).toBe(0);
  });

  it('still reads numbers and flags from the query string', async () => {
    const session = await signIn(t.app, (await makeUser(t.db, { systemAdmin: true })).email);
    const response = await session.get('/api/users?pageSize=2&active=true');
    expect(response.statusCode).toBe(200);
    expect(response.json().pageSize).toBe(2);
  });
});
