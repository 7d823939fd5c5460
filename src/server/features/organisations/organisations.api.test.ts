import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let installationAdmin: Session;
let rokiskisAdmin: Session;
let rokiskis: string;
let utena: string;

beforeAll(async () => {
  t = await testApp();
  rokiskis = await makeOrganisation(t.db, 'Rokiškio rajono savivaldybė');
  utena = await makeOrganisation(t.db, 'Utenos NVO', 'ngo');
  installationAdmin = await signIn(t.app, (await makeUser(t.db, { systemAdmin: true })).email);
  rokiskisAdmin = await signIn(t.app, (await makeUser(t.db, { roles: [[rokiskis, 'administrator']] })).email);
});
afterAll(() => t.close());

describe('organisations', () => {
  it('are created by the installation administrator, with the change in the audit log', async () => {
    const response = await installationAdmin.post('/api/organisations', { name: 'Užimtumo tarnyba', kind: 'employment_office', companyCode: '188680738' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ name: 'Užimtumo tarnyba', kind: 'employment_office', companyCode: '188680738', version: 1, centreCount: 0 });
    const [entry] = (await auditEntries(t.db, 'organisation.create')).filter((e) => e.entity_id === created.id);
    expect(entry).toMatchObject({ actor_id: installationAdmin.userId, entity_type: 'organisation', outcome: 'ok' });
  });

  it('cannot be created by an organisation administrator', async () => {
    const response = await rokiskisAdmin.post('/api/organisations', { name: 'Nauja', kind: 'ngo' });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('ACCESS.FORBIDDEN');
  });

  it('keep names exactly as typed, markup, quotes, SQL and emoji included', async () => {
    const name = `<script>alert("x")</script> O'Brien; DROP TABLE organisations; -- 🌾 Žąsų ūkis`;
    const created = (await installationAdmin.post('/api/organisations', { name, kind: 'ngo' })).json();
    const read = (await installationAdmin.get(`/api/organisations/${created.id}`)).json();
    expect(read.name).toBe(name);
    expect((await installationAdmin.get('/api/organisations?q=zasu')).json().items.map((o: { name: string }) => o.name)).toEqual([name]);
  });

  it('are listed in Lithuanian order and only within the user\'s organisations', async () => {
    const all = (await installationAdmin.get('/api/organisations?pageSize=200')).json();
    const names: string[] = all.items.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('lt').compare));
    const mine = (await rokiskisAdmin.get('/api/organisations')).json();
    expect(mine.items.map((o: { id: string }) => o.id)).toEqual([rokiskis]);
    expect(mine.total).toBe(1);
  });

  it('answer 404 for another organisation\'s record and record the attempt', async () => {
    const response = await rokiskisAdmin.get(`/api/organisations/${utena}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('RESOURCE.NOT_FOUND');
    const denied = (await auditEntries(t.db, 'organisation.view')).filter((e) => e.entity_id === utena);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ outcome: 'denied', actor_id: rokiskisAdmin.userId });
    const change = await rokiskisAdmin.patch(`/api/organisations/${utena}`, { name: 'Mine now', version: 1 });
    expect(change.statusCode).toBe(404);
  });

  it('refuse a stale edit and keep the first one (optimistic locking)', async () => {
    const first = await rokiskisAdmin.patch(`/api/organisations/${rokiskis}`, { address: 'Respublikos g. 94', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await rokiskisAdmin.patch(`/api/organisations/${rokiskis}`, { address: 'Kita g. 1', version: 1 }, { 'accept-language': 'en' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    expect(second.json().error.message).toMatch(/Someone else changed this record/);
    expect((await rokiskisAdmin.get(`/api/organisations/${rokiskis}`)).json().address).toBe('Respublikos g. 94');
  });

  it('explain every invalid field in the user\'s language', async () => {
    const response = await installationAdmin.post('/api/organisations', { name: '   ', kind: 'bank', email: 'not-an-email', colour: 'red' }, { cookie: `${installationAdmin.cookie}; kelias_lang=en` });
    expect(response.statusCode).toBe(400);
    const { code, message, details } = response.json().error;
    expect(code).toBe('VALIDATION.FAILED');
    expect(message).toBe('Check the highlighted fields.');
    const byField = Object.fromEntries(details.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(byField).toEqual({
      name: 'Cannot be only spaces.',
      kind: 'Choose one of the offered values.',
      email: 'Enter an e-mail address, e.g. name@municipality.lt.',
      colour: 'This field is not accepted.',
    });
    const lithuanian = await installationAdmin.post('/api/organisations', { kind: 'ngo' });
    expect(lithuanian.json().error.details.fields).toEqual([{ field: 'name', problem: 'required', message: 'Užpildykite šį lauką.' }]);
  });
});
