import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser, signIn, testApp, type TestApp } from '../../../../tests/api.ts';
import type { Database } from '../../db/connect.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// People, programmes and enrolments are written straight to the database: the home
// page only counts them.

let counter = 0;
async function makeParticipant(db: Database, organisationId: string) {
  counter++;
  const name = `Asmuo Nr${String(counter).padStart(4, '0')}`;
  const { id } = await db.insertInto('participants').values({
    organisation_id: organisationId, first_name: 'Asmuo', last_name: `Nr${counter}`,
    sort_key: lithuanianSortKey(name), search_key: searchKey(name), name_key: searchKey(name),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function makeProgramme(db: Database, organisationId: string, status: 'draft' | 'active' | 'closed' = 'active') {
  const { id } = await db.insertInto('programmes').values({
    organisation_id: organisationId, name_lt: `Programa ${status}`, sort_key: lithuanianSortKey(`Programa ${status}`), capacity: 10, status,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function enrol(db: Database, programmeId: string, participantId: string, status: 'enrolled' | 'waiting' | 'exited') {
  await db.insertInto('enrolments').values({
    programme_id: programmeId, participant_id: participantId, status,
    waiting_since: status === 'waiting' ? new Date() : null,
    enrolled_on: status === 'waiting' ? null : '2024-01-15',
    exited_on: status === 'exited' ? '2024-06-30' : null,
  }).execute();
}

let t: TestApp;
let kazlu: string;
let utena: string;

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');

  // Kazlų Rūda: three people; two active programmes, a draft and a closed one.
  const [ona, jonas, rasa] = [await makeParticipant(t.db, kazlu), await makeParticipant(t.db, kazlu), await makeParticipant(t.db, kazlu)];
  const motivation = await makeProgramme(t.db, kazlu);
  const supported = await makeProgramme(t.db, kazlu);
  await makeProgramme(t.db, kazlu, 'draft');
  const closed = await makeProgramme(t.db, kazlu, 'closed');
  await enrol(t.db, motivation, ona!, 'enrolled');
  await enrol(t.db, supported, ona!, 'enrolled'); // in two programmes, counted once
  await enrol(t.db, motivation, jonas!, 'enrolled');
  await enrol(t.db, supported, rasa!, 'waiting');
  await enrol(t.db, closed, rasa!, 'exited'); // no longer in a programme

  // Utena: two people in its one active programme, one enrolled and one waiting.
  const utenaProgramme = await makeProgramme(t.db, utena);
  await enrol(t.db, utenaProgramme, await makeParticipant(t.db, utena), 'enrolled');
  await enrol(t.db, utenaProgramme, await makeParticipant(t.db, utena), 'waiting');
});
afterAll(() => t.close());

const home = async (roles: Parameters<typeof makeUser>[1]) => {
  const session = await signIn(t.app, (await makeUser(t.db, roles)).email);
  const response = await session.get('/api/home');
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('home counts of people and programmes', () => {
  it('count the registry, active programmes, enrolled and waiting people of the user\'s organisation only', async () => {
    expect(await home({ roles: [[kazlu, 'case_manager']] })).toMatchObject({ participants: 3, activeProgrammes: 2, enrolled: 2, waiting: 1 });
    expect(await home({ roles: [[utena, 'administrator']] })).toMatchObject({ participants: 2, activeProgrammes: 1, enrolled: 1, waiting: 1 });
  });

  it('add up the organisations where the user may read the registry', async () => {
    expect(await home({ roles: [[kazlu, 'auditor'], [utena, 'job_coach']] })).toMatchObject({ participants: 5, activeProgrammes: 3, enrolled: 3, waiting: 2 });
  });

  it('leave out people for staff who may not read the registry, but not the programmes', async () => {
    expect(await home({ roles: [[kazlu, 'teacher']] })).toMatchObject({ participants: null, activeProgrammes: 2, enrolled: null, waiting: null });
  });

  it('give the installation administrator programmes everywhere but no counts of people', async () => {
    const counts = await home({ systemAdmin: true });
    expect(counts).toMatchObject({ participants: null, activeProgrammes: 3, enrolled: null, waiting: null });
    expect(counts.organisations).toBeGreaterThanOrEqual(2);
  });

  it('give an installation administrator who is also on an organisation\'s staff that organisation\'s people only', async () => {
    expect(await home({ systemAdmin: true, roles: [[utena, 'case_manager']] })).toMatchObject({ participants: 2, activeProgrammes: 3, enrolled: 1, waiting: 1 });
  });

  it('are null for a signed-in user without any organisation', async () => {
    expect(await home({})).toMatchObject({ participants: null, activeProgrammes: null, enrolled: null, waiting: null });
  });

  it('are refused without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });
});
