import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let rokiskis: string;
let utena: string;
let admin: Session;
let auditor: Session;
let coordinatorId: string;

const centre = (overrides: Record<string, unknown> = {}) => ({
  organisationId: rokiskis, name: 'Juodupės kaimo plėtros centras', address: 'Tekstilininkų g. 3, Juodupė',
  openingHours: 'II, IV 10.00–18.00', workstations: 6, ...overrides,
});

beforeAll(async () => {
  t = await testApp();
  rokiskis = await makeOrganisation(t.db, 'Rokiškio r. sav.');
  utena = await makeOrganisation(t.db, 'Utena');
  admin = await signIn(t.app, (await makeUser(t.db, { roles: [[rokiskis, 'administrator']] })).email);
  auditor = await signIn(t.app, (await makeUser(t.db, { roles: [[rokiskis, 'auditor']] })).email);
  coordinatorId = (await makeUser(t.db, { firstName: 'Laima', lastName: 'Butkienė', roles: [[rokiskis, 'centre_coordinator']] })).id;
});
afterAll(() => t.close());

describe('local centres', () => {
  it('are opened in the administrator\'s organisation with a coordinator, and audited', async () => {
    const response = await admin.post('/api/centres', centre({ coordinatorId }));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: 'Juodupės kaimo plėtros centras', workstations: 6, coordinatorName: 'Laima Butkienė', organisationName: 'Rokiškio r. sav.' });
    expect((await auditEntries(t.db, 'centre.create')).map((e) => e.entity_id)).toContain(created.id);
  });

  it('refuse a coordinator from outside the organisation and negative workstations, saving nothing', async () => {
    const stranger = (await makeUser(t.db, { roles: [[utena, 'centre_coordinator']] })).id;
    const before = (await admin.get('/api/centres')).json().total;
    const outsider = await admin.post('/api/centres', centre({ name: 'Obelių centras', coordinatorId: stranger }));
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.code).toBe('CENTRE.COORDINATOR_NOT_MEMBER');
    const negative = await admin.post('/api/centres', centre({ name: 'Obelių centras', workstations: -1 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.fields).toEqual([{ field: 'workstations', problem: 'too_small', params: { min: 0 }, message: 'Mažiausia reikšmė: 0.' }]);
    expect((await admin.get('/api/centres')).json().total).toBe(before);
  });

  it('cannot be opened in another organisation (404) or by an auditor (403)', async () => {
    expect((await admin.post('/api/centres', centre({ organisationId: utena }))).statusCode).toBe(404);
    expect((await auditor.post('/api/centres', centre({ name: 'Auditoriaus centras' }))).statusCode).toBe(403);
  });

  it('are listed in Lithuanian order within the user\'s organisations', async () => {
    for (const name of ['Šeduvos centras', 'Čedasų centras', 'Zarasų centras', 'Ąžuolų centras', 'Cirkliškio centras']) {
      expect((await admin.post('/api/centres', centre({ name }))).statusCode).toBe(201);
    }
    const other = await signIn(t.app, (await makeUser(t.db, { roles: [[utena, 'administrator']] })).email);
    await other.post('/api/centres', centre({ organisationId: utena, name: 'Utenos centras' }));
    const names = (await auditor.get('/api/centres?pageSize=100')).json().items.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Ąžuolų centras', 'Cirkliškio centras', 'Čedasų centras', 'Juodupės kaimo plėtros centras', 'Šeduvos centras', 'Zarasų centras']);
  });

  it('are edited with the version read; a stale version is refused', async () => {
    const created = (await admin.post('/api/centres', centre({ name: 'Kamajų centras' }))).json();
    const edited = await admin.patch(`/api/centres/${created.id}`, { workstations: 8, version: 1 });
    expect(edited.json()).toMatchObject({ workstations: 8, version: 2 });
    const stale = await admin.patch(`/api/centres/${created.id}`, { workstations: 2, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await admin.get(`/api/centres/${created.id}`)).json().workstations).toBe(8);
  });
});
