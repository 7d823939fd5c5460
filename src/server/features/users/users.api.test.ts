import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, PASSWORD, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let kazlu: string;
let utena: string;
let admin: Session;

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: 'ruta.zemaitiene@kazluruda.lt', firstName: 'Rūta', lastName: 'Žemaitienė', password: 'pradinis-slaptazodis',
  memberships: [{ organisationId: kazlu, role: 'case_manager' }], ...overrides,
});

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  utena = await makeOrganisation(t.db, 'Utena');
  admin = await signIn(t.app, (await makeUser(t.db, { firstName: 'Aistė', lastName: 'Adomaitė', roles: [[kazlu, 'administrator']] })).email);
});
afterAll(() => t.close());

describe('staff accounts', () => {
  it('are created with roles; the new person can sign in; no password hash ever leaves the server', async () => {
    const response = await admin.post('/api/users', newUser());
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({ email: 'ruta.zemaitiene@kazluruda.lt', isActive: true, isSystemAdmin: false });
    expect(user.memberships).toEqual([{ organisationId: kazlu, organisationName: 'Kazlų Rūda', role: 'case_manager' }]);
    expect(response.body).not.toMatch(/argon2|password/i);
    const session = await signIn(t.app, 'RUTA.zemaitiene@kazluruda.lt', 'pradinis-slaptazodis');
    expect((await session.get('/api/auth/me')).json().permissions.filter((p: string) => /^(organisation|centre|user|audit)\./.test(p))).toEqual(['organisation.read', 'centre.read']);
  });

  it('refuse a second account with the same e-mail, whatever its case', async () => {
    const response = await admin.post('/api/users', newUser({ email: 'Ruta.Zemaitiene@KazluRuda.lt' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('USER.EMAIL_TAKEN');
    expect(response.json().error.details.existingId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('cannot be given roles in an organisation the administrator does not manage, or installation rights', async () => {
    expect((await admin.post('/api/users', newUser({ email: 'a@utena.lt', memberships: [{ organisationId: utena, role: 'auditor' }] }))).statusCode).toBe(403);
    expect((await admin.post('/api/users', newUser({ email: 'b@kazluruda.lt', isSystemAdmin: true }))).statusCode).toBe(403);
    expect(await t.db.selectFrom('users').select('id').where('email', 'in', ['a@utena.lt', 'b@kazluruda.lt']).execute()).toEqual([]);
  });

  it('are viewed and listed with an audit entry naming whose records were seen', async () => {
    const { id } = await makeUser(t.db, { firstName: 'Tomas', lastName: 'Čepaitis', roles: [[kazlu, 'social_worker']] });
    const view = await admin.get(`/api/users/${id}`);
    expect(view.statusCode).toBe(200);
    const views = (await auditEntries(t.db, 'user.view')).filter((e) => e.entity_id === id);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor_id: admin.userId, outcome: 'ok', ip: '127.0.0.1' });

    const list = (await admin.get('/api/users?q=cepait')).json();
    expect(list.items.map((u: { id: string }) => u.id)).toEqual([id]);
    const lists = await auditEntries(t.db, 'user.list');
    expect(lists.at(-1)!.details).toMatchObject({ shown: [id] });
    expect(JSON.stringify(lists.at(-1)!.details)).not.toContain('cepait');
  });

  it('of another organisation answer 404, and the attempt is recorded', async () => {
    const { id } = await makeUser(t.db, { roles: [[utena, 'psychologist']] });
    const response = await admin.get(`/api/users/${id}`);
    expect(response.statusCode).toBe(404);
    expect((await auditEntries(t.db, 'user.view')).filter((e) => e.entity_id === id).map((e) => e.outcome)).toEqual(['denied']);
    expect((await admin.get('/api/users?pageSize=200')).json().items.map((u: { id: string }) => u.id)).not.toContain(id);
  });

  it('are deactivated at once: the person\'s open session ends and sign-in is refused', async () => {
    const { id, email } = await makeUser(t.db, { roles: [[kazlu, 'volunteer']] });
    const volunteer = await signIn(t.app, email);
    const current = (await admin.get(`/api/users/${id}`)).json();
    const response = await admin.patch(`/api/users/${id}`, { isActive: false, version: current.version });
    expect(response.json().isActive).toBe(false);
    expect((await volunteer.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
    expect(again.statusCode).toBe(401);
  });

  it('cannot lock the administrator out of their own account', async () => {
    const me = (await admin.get(`/api/users/${admin.userId}`)).json();
    const deactivate = await admin.patch(`/api/users/${admin.userId}`, { isActive: false, version: me.version });
    expect(deactivate.statusCode).toBe(400);
    expect(deactivate.json().error.code).toBe('USER.OWN_ACCESS');
    const demote = await admin.patch(`/api/users/${admin.userId}`, { memberships: [{ organisationId: kazlu, role: 'case_manager' }], version: me.version });
    expect(demote.statusCode).toBe(400);
  });

  it('keep roles in organisations the administrator does not manage when roles are edited', async () => {
    const { id } = await makeUser(t.db, { roles: [[kazlu, 'teacher'], [utena, 'teacher']] });
    const current = (await admin.get(`/api/users/${id}`)).json();
    const response = await admin.patch(`/api/users/${id}`, { memberships: [{ organisationId: kazlu, role: 'job_coach' }], version: current.version });
    expect(response.statusCode).toBe(200);
    const roles = await t.db.selectFrom('memberships').select(['organisation_id', 'role']).where('user_id', '=', id).orderBy('role').execute();
    expect(roles).toEqual([{ organisation_id: kazlu, role: 'job_coach' }, { organisation_id: utena, role: 'teacher' }]);
  });

  it('are sorted by surname in Lithuanian order', async () => {
    for (const [first, last] of [['Jonas', 'Šimkus'], ['Ona', 'Sabaitė'], ['Eglė', 'Čiurlytė'], ['Ieva', 'Zabielaitė'], ['Rasa', 'Žukauskienė']]) {
      await makeUser(t.db, { firstName: first!, lastName: last!, roles: [[kazlu, 'teacher']] });
    }
    const surnames: string[] = (await admin.get('/api/users?role=teacher&pageSize=200')).json().items.map((u: { lastName: string }) => u.lastName);
    expect(surnames).toEqual([...surnames].sort(new Intl.Collator('lt').compare));
    expect(surnames.indexOf('Čiurlytė')).toBeLessThan(surnames.indexOf('Sabaitė'));
    expect(surnames.indexOf('Šimkus')).toBeGreaterThan(surnames.indexOf('Sabaitė'));
  });
});
