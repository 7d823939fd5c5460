import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let kazlu: string;
let utena: string;
let admin: Session;
let kazluAuditor: Session;
let utenaAdmin: Session;

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  utena = await makeOrganisation(t.db, 'Utena');
  admin = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'administrator']] })).email);
  kazluAuditor = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'auditor']] })).email);
  utenaAdmin = await signIn(t.app, (await makeUser(t.db, { roles: [[utena, 'administrator']] })).email);
  await admin.post('/api/centres', { organisationId: kazlu, name: 'Kazlų Rūdos centras', address: 'Atgimimo g. 16', workstations: 4 });
  await utenaAdmin.post('/api/centres', { organisationId: utena, name: 'Utenos centras', address: 'Utenio a. 4', workstations: 2 });
});
afterAll(() => t.close());

type Entry = { action: string; actorId: string | null; entityType: string; organisationId: string | null; outcome: string; occurredAt: string };

describe('the audit log', () => {
  it('shows an organisation\'s auditor the changes in that organisation and nothing of another', async () => {
    const response = await kazluAuditor.get('/api/audit?entityType=centre');
    expect(response.statusCode).toBe(200);
    const items: Entry[] = response.json().items;
    expect(items.map((e) => e.action)).toEqual(['centre.create']);
    expect(items[0]!.organisationId).toBe(kazlu);
    expect(items[0]!.actorId).toBe(admin.userId);
  });

  it('filters by user, record, action and date', async () => {
    const byActor: Entry[] = (await kazluAuditor.get(`/api/audit?actorId=${admin.userId}`)).json().items;
    expect(new Set(byActor.map((e) => e.actorId))).toEqual(new Set([admin.userId]));
    expect(byActor.map((e) => e.action)).toContain('auth.sign_in');
    const today = new Date().toISOString().slice(0, 10);
    expect((await kazluAuditor.get(`/api/audit?action=centre.create&from=${today}&to=${today}`)).json().items).toHaveLength(1);
    expect((await kazluAuditor.get('/api/audit?action=centre.create&to=2020-01-01')).json().items).toHaveLength(0);
    const bad = await kazluAuditor.get('/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields[0]).toMatchObject({ field: 'from', problem: 'date' });
  });

  it('pages newest first without repeating or skipping entries', async () => {
    for (let i = 0; i < 7; i++) await admin.get('/api/organisations');
    await Promise.all(Array.from({ length: 5 }, () => admin.get(`/api/users/${admin.userId}`)));
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page: { items: { id: string }[]; nextBefore: string | null } = (await admin.get(`/api/audit?pageSize=4${before ? `&before=${before}` : ''}`)).json();
      seen.push(...page.items.map((e) => e.id));
      before = page.nextBefore;
    } while (before);
    const ids = seen.map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id, i) => i > 0 && id === ids[i - 1])).toEqual([]);
  });

  it('records who read it', async () => {
    await kazluAuditor.get('/api/audit?action=centre.create');
    const row = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'audit.list').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(row.actor_id).toBe(kazluAuditor.userId);
    expect(row.details).toMatchObject({ filter: { action: 'centre.create' } });
  });

  it('is closed to staff without an audit role', async () => {
    const caseManager = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'case_manager']] })).email);
    const response = await caseManager.get('/api/audit');
    expect(response.statusCode).toBe(403);
  });

  it('cannot be edited or deleted: there is no route, and the database refuses', async () => {
    expect((await admin.request('DELETE', '/api/audit/1')).statusCode).toBe(404);
    expect((await admin.patch('/api/audit/1', { action: 'nothing' })).statusCode).toBe(404);
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    const { n } = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBeGreaterThan(5);
  });
});
