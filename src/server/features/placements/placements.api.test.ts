import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries, daysFromToday, makeCase, makeOrganisation, staffSignIn, testApp, today, type Session, type TestApp,
} from '../../../../tests/api.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { followUpOpensOn } from './placements.rules.ts';
import { addMonths } from '../../shared/dates.ts';

// Placements through their API (decision 0034): recording one with its follow-ups and tasks
// in one transaction, the rules of dates and wage, follow-ups completing their tasks, the job
// support log against the fading plan, ending, the case's placement stage, access and audit.

let t: TestApp;
let kazlu: string;
let utena: string;
let manager: Session;
let coach: Session;
let auditor: Session;
let outsider: Session;
let employerId: string;
let otherEmployerId: string;
let utenaEmployerId: string;

async function makeEmployer(organisationId: string, name: string) {
  const { id } = await t.db.insertInto('employers').values({
    organisation_id: organisationId, name, sort_key: lithuanianSortKey(name), search_key: searchKey(name),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function makeVacancy(organisationId: string, employer: string, positions = 1) {
  const { id } = await t.db.insertInto('vacancies').values({
    organisation_id: organisationId, employer_id: employer, isco_code: '9329', title: 'Pagalbinis darbuotojas', municipality_code: 'LT-17',
    hours: 'full_time', opens_on: daysFromToday(-30), positions,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  manager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  coach = await user('Gintarė', 'Jankauskienė', [[kazlu, 'job_coach']]);
  auditor = await user('Birutė', 'Vasiliauskienė', [[kazlu, 'auditor']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
  employerId = await makeEmployer(kazlu, 'UAB „Kazlų Rūdos medis“');
  otherEmployerId = await makeEmployer(kazlu, 'UAB „Rūdupis“');
  utenaEmployerId = await makeEmployer(utena, 'UAB „Utenos trikotažas“');
});
afterAll(() => t.close());

/** A case of the manager with the coach in its team and as its supported-employment coach. */
async function newCase(options: { supported?: boolean } = {}) {
  const made = await makeCase(t.db, kazlu, { caseManagerId: manager.userId, team: [[coach.userId, 'job_coach']], openedOn: daysFromToday(-400) });
  if (options.supported ?? true) {
    await t.db.insertInto('supported_employment').values({ case_id: made.caseId, organisation_id: kazlu, coach_id: coach.userId, started_on: daysFromToday(-300) }).execute();
  }
  return made;
}

const job = (overrides: Record<string, unknown> = {}) => ({
  kind: 'open_market', employerId, iscoCode: '9329', jobTitle: 'Pagalbinis darbuotojas medienos ceche', startsOn: daysFromToday(-100),
  hoursPerWeek: 40, wageMonthlyCents: 125_000, supportAgreed: 'Darbo asistentas pirmąsias savaites',
  fadingPlan: [{ fromWeek: 1, hoursPerWeek: 8 }, { fromWeek: 3, hoursPerWeek: 4 }, { fromWeek: 6, hoursPerWeek: 0 }],
  ...overrides,
});

const counts = async (caseId: string) => {
  const row = await t.db.selectNoFrom((eb) => [
    eb.selectFrom('placements').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('placements'),
    eb.selectFrom('tasks').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('tasks'),
    eb.selectFrom('placement_follow_ups').innerJoin('placements', 'placements.id', 'placement_follow_ups.placement_id')
      .select(eb.fn.countAll<number>().as('n')).where('placements.case_id', '=', caseId).as('followUps'),
    eb.selectFrom('case_events').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).where('kind', '=', 'placement_recorded').as('events'),
  ]).executeTakeFirstOrThrow();
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)]));
};

const events = (caseId: string, kind: string) =>
  t.db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).where('kind', '=', kind).orderBy('id').execute();

describe('recording a placement', () => {
  it('writes the placement, its 3/6/12-month follow-ups and their tasks for the job coach, in one go', async () => {
    const { caseId, participantId } = await newCase();
    const response = await coach.post(`/api/cases/${caseId}/placements`, job());
    expect(response.statusCode, response.body).toBe(201);
    const placement = response.json();
    const startsOn = daysFromToday(-100);
    expect(placement).toMatchObject({
      caseId, kind: 'open_market', employer: { id: employerId, name: 'UAB „Kazlų Rūdos medis“' }, iscoCode: '9329',
      occupationNameLt: 'Kitur nepriskirti nekvalifikuoti apdirbimo pramonės darbininkai', occupationName: 'Kitur nepriskirti nekvalifikuoti apdirbimo pramonės darbininkai',
      participant: { id: participantId }, startsOn, endsOn: null, active: true, warnings: [], support: { count: 0, minutes: 0, lastOn: null }, version: 1,
    });
    expect(placement.followUps.map((f: { months: number; dueOn: string; status: string }) => [f.months, f.dueOn])).toEqual([
      [3, addMonths(startsOn, 3)], [6, addMonths(startsOn, 6)], [12, addMonths(startsOn, 12)],
    ]);
    const tasks = await t.db.selectFrom('tasks').selectAll().where('case_id', '=', caseId).orderBy('due_on').execute();
    expect(tasks.map((task) => [task.kind, task.title, task.assignee_id, task.due_on])).toEqual([
      ['placement_follow_up', 'Stebėsena po įdarbinimo: 3 mėn.', coach.userId, addMonths(startsOn, 3)],
      ['placement_follow_up', 'Stebėsena po įdarbinimo: 6 mėn.', coach.userId, addMonths(startsOn, 6)],
      ['placement_follow_up', 'Stebėsena po įdarbinimo: 12 mėn.', coach.userId, addMonths(startsOn, 12)],
    ]);
    expect(placement.followUps.map((f: { taskId: string }) => f.taskId)).toEqual(tasks.map((task) => task.id));
    expect((await events(caseId, 'placement_recorded'))[0]!.details).toMatchObject({ placementId: placement.id, kind: 'open_market', employerId, startsOn });
    const audit = (await auditEntries(t.db, 'placement.create')).filter((e) => e.entity_id === placement.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ caseId, assigneeId: coach.userId });

    // The tasks link to the placement whose page records the answer.
    const mine = (await coach.get('/api/tasks')).json().items as { kind: string; placementId: string | null }[];
    expect(mine.filter((task) => task.kind === 'placement_follow_up').map((task) => task.placementId)).toEqual([placement.id, placement.id, placement.id]);
    const listed = (await manager.get(`/api/cases/${caseId}/placements`)).json().items;
    expect(listed).toEqual([expect.objectContaining({ id: placement.id, employer: { id: employerId, name: 'UAB „Kazlų Rūdos medis“' }, active: true })]);
  });

  it('gives the follow-ups to the case manager when the case has no job coach, and none to a trial practice', async () => {
    const { caseId } = await newCase({ supported: false });
    const created = await manager.post(`/api/cases/${caseId}/placements`, job());
    expect(created.statusCode, created.body).toBe(201);
    const assignees = await t.db.selectFrom('tasks').select('assignee_id').where('case_id', '=', caseId).execute();
    expect(assignees.map((a) => a.assignee_id)).toEqual([manager.userId, manager.userId, manager.userId]);

    const trial = await manager.post(`/api/cases/${caseId}/placements`, job({ kind: 'trial_practice', wageMonthlyCents: null, endsOn: daysFromToday(-70), fadingPlan: [] }));
    expect(trial.statusCode, trial.body).toBe(201);
    expect(trial.json().followUps).toEqual([]);
    expect(await counts(caseId)).toMatchObject({ placements: 2, tasks: 3, followUps: 3 });
  });

  it('refuses bad input all at once and writes nothing', async () => {
    const { caseId } = await newCase();
    const vacancyOfOther = await makeVacancy(kazlu, otherEmployerId);
    const response = await coach.post(`/api/cases/${caseId}/placements`, job({
      vacancyId: vacancyOfOther, iscoCode: '9999', endsOn: daysFromToday(-101),
      fadingPlan: [{ fromWeek: 1, hoursPerWeek: 4 }, { fromWeek: 3, hoursPerWeek: 6 }],
    }));
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.fields as { field: string; problem: string; params?: unknown }[];
    expect(fields.map((f) => [f.field, f.problem])).toEqual(expect.arrayContaining([
      ['endsOn', 'before_start'], ['fadingPlan.1.hoursPerWeek', 'fading_hours_rise'], ['vacancyId', 'vacancy_other_employer'], ['iscoCode', 'unknown_occupation'],
    ]));
    expect(fields.find((f) => f.field === 'endsOn')).toMatchObject({ params: { start: daysFromToday(-100) } });

    const elsewhere = await coach.post(`/api/cases/${caseId}/placements`, job({ employerId: utenaEmployerId }));
    expect(elsewhere.json().error.details.fields).toEqual([expect.objectContaining({ field: 'employerId', problem: 'employer_other_organisation' })]);
    const noEmployer = await coach.post(`/api/cases/${caseId}/placements`, job({ employerId: null }));
    expect(noEmployer.json().error.details.fields).toEqual([expect.objectContaining({ field: 'employerId', problem: 'required' })]);
    const notAUnitGroup = await coach.post(`/api/cases/${caseId}/placements`, job({ iscoCode: '9320' }));
    expect(notAUnitGroup.statusCode).toBe(400);
    const stringHours = await coach.post(`/api/cases/${caseId}/placements`, job({ hoursPerWeek: '40' }));
    expect(stringHours.statusCode).toBe(400);
    expect(await counts(caseId)).toEqual({ placements: 0, tasks: 0, followUps: 0, events: 0 });

    const selfEmployed = await coach.post(`/api/cases/${caseId}/placements`, job({ kind: 'self_employment', employerId: null, jobTitle: 'Individuali veikla: baldų restauravimas', wageMonthlyCents: null }));
    expect(selfEmployed.statusCode, selfEmployed.body).toBe(201);
    expect(selfEmployed.json().employer).toBeNull();
  });

  it('saves a wage below the minimum pro rata with a warning, in the user\'s language; not for trial practice', async () => {
    const { caseId } = await newCase();
    const low = await coach.post(`/api/cases/${caseId}/placements`, job({ hoursPerWeek: 20, wageMonthlyCents: 50_000 }));
    expect(low.statusCode, low.body).toBe(201);
    expect(low.json().warnings).toEqual([expect.objectContaining({ code: 'PLACEMENT.WAGE_BELOW_MINIMUM', params: expect.objectContaining({ fullTimeCents: 100_000, minimumCents: 115_300 }) })]);
    expect(low.json().warnings[0].message).toContain('minimalią mėnesinę algą');
    const english = await coach.get(`/api/placements/${low.json().id}`, { 'accept-language': 'en' });
    expect(english.json().warnings[0].message).toContain('minimum monthly wage');
    const fair = await coach.post(`/api/cases/${caseId}/placements`, job({ hoursPerWeek: 20, wageMonthlyCents: 60_000 }));
    expect(fair.json().warnings).toEqual([]);
    const trial = await coach.post(`/api/cases/${caseId}/placements`, job({ kind: 'trial_practice', wageMonthlyCents: 0 }));
    expect(trial.json().warnings).toEqual([]);
  });

  it('fills the vacancy when its placements reach its positions, trial practice aside', async () => {
    const { caseId } = await newCase();
    const vacancyId = await makeVacancy(kazlu, employerId, 2);
    const status = async () => (await t.db.selectFrom('vacancies').select('status').where('id', '=', vacancyId).executeTakeFirstOrThrow()).status;
    await coach.post(`/api/cases/${caseId}/placements`, job({ kind: 'trial_practice', vacancyId }));
    await coach.post(`/api/cases/${caseId}/placements`, job({ vacancyId }));
    expect(await status()).toBe('open');
    const second = await coach.post(`/api/cases/${caseId}/placements`, job({ vacancyId, kind: 'subsidised_employment' }));
    expect(second.json().vacancy).toEqual({ id: vacancyId, title: 'Pagalbinis darbuotojas' });
    expect(await status()).toBe('filled');
  });
});

describe('follow-ups', () => {
  it('are recorded from two weeks before they are due, complete their task, and only once', async () => {
    const { caseId } = await newCase();
    const placement = (await coach.post(`/api/cases/${caseId}/placements`, job())).json();
    const six = placement.followUps.find((f: { months: number }) => f.months === 6);
    const early = await coach.post(`/api/placements/${placement.id}/follow-ups/6`, { stillEmployed: true, recordedOn: today() });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields).toEqual([expect.objectContaining({ field: 'recordedOn', problem: 'follow_up_too_early', params: { from: followUpOpensOn(six.dueOn) } })]);
    expect(early.json().error.details.fields[0].message).toContain(followUpOpensOn(six.dueOn));

    // Done from the task list it would lose the answer: refused, pointing to the placement.
    const three = placement.followUps.find((f: { months: number }) => f.months === 3);
    const task = await t.db.selectFrom('tasks').select(['id', 'version']).where('id', '=', three.taskId).executeTakeFirstOrThrow();
    const fromTasks = await coach.patch(`/api/tasks/${task.id}`, { status: 'done', version: task.version });
    expect(fromTasks.statusCode).toBe(409);
    expect(fromTasks.json().error).toMatchObject({ code: 'TASK.RECORD_ON_PLACEMENT', details: { placementId: placement.id } });

    const future = await coach.post(`/api/placements/${placement.id}/follow-ups/3`, { stillEmployed: true, recordedOn: daysFromToday(1) });
    expect(future.json().error.details.fields).toEqual([expect.objectContaining({ field: 'recordedOn', problem: 'date_in_future' })]);
    const recorded = await coach.post(`/api/placements/${placement.id}/follow-ups/3`, { stillEmployed: true, sameEmployer: true, recordedOn: today(), notes: 'Dirba, patenkintas' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().followUps[0]).toMatchObject({
      months: 3, status: 'recorded', stillEmployed: true, sameEmployer: true, recordedOn: today(), recordedBy: { id: coach.userId, name: 'Gintarė Jankauskienė' }, notes: 'Dirba, patenkintas',
    });
    const done = await t.db.selectFrom('tasks').selectAll().where('id', '=', three.taskId).executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'done', done_by: coach.userId });
    expect((await events(caseId, 'placement_follow_up_recorded'))[0]!.details).toMatchObject({ placementId: placement.id, months: 3, stillEmployed: true });
    expect((await auditEntries(t.db, 'placement.follow_up')).filter((e) => e.entity_id === placement.id)).toHaveLength(1);

    const again = await coach.post(`/api/placements/${placement.id}/follow-ups/3`, { stillEmployed: false, recordedOn: today() });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PLACEMENT.FOLLOW_UP_RECORDED');
    expect((await coach.post(`/api/placements/${placement.id}/follow-ups/4`, { stillEmployed: false, recordedOn: today() })).statusCode).toBe(404);
  });

  it('are still asked after the case is closed, and a moved start moves those not answered', async () => {
    const { caseId } = await newCase();
    const placement = (await coach.post(`/api/cases/${caseId}/placements`, job())).json();
    await coach.post(`/api/placements/${placement.id}/follow-ups/3`, { stillEmployed: true, recordedOn: today() });
    const moved = await coach.patch(`/api/placements/${placement.id}`, { startsOn: daysFromToday(-90), version: placement.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const dues = moved.json().followUps.map((f: { dueOn: string }) => f.dueOn);
    expect(dues).toEqual([placement.followUps[0].dueOn, addMonths(daysFromToday(-90), 6), addMonths(daysFromToday(-90), 12)]);
    const taskDue = await t.db.selectFrom('tasks').select('due_on').where('id', '=', placement.followUps[1].taskId).executeTakeFirstOrThrow();
    expect(taskDue.due_on).toBe(addMonths(daysFromToday(-90), 6));
    const stale = await coach.patch(`/api/placements/${placement.id}`, { jobTitle: 'Kitas', version: placement.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('RECORD.CHANGED');

    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: today(), outcome: 'employed', outcome_on: today() }).where('id', '=', caseId).execute();
    expect((await coach.patch(`/api/placements/${placement.id}`, { jobTitle: 'Kitas', version: moved.json().version })).json().error.code).toBe('CASE.CLOSED');
    expect((await coach.post(`/api/cases/${caseId}/placements`, job())).json().error.code).toBe('CASE.CLOSED');
    const shown = (await coach.get(`/api/placements/${placement.id}`)).json();
    expect(shown.caseOpen).toBe(false);
  });
});

describe('job support', () => {
  it('is logged as job coaching for the placement and compared with the fading plan week by week', async () => {
    const { caseId } = await newCase();
    const startsOn = daysFromToday(-20);
    const placement = (await coach.post(`/api/cases/${caseId}/placements`, job({ startsOn }))).json();
    const log = (body: Record<string, unknown>) => coach.post(`/api/placements/${placement.id}/support`, body);
    expect((await log({ deliveredOn: startsOn, durationMinutes: 240, onTheJob: true, notes: 'Pirmoji diena' })).statusCode).toBe(201);
    await log({ deliveredOn: daysFromToday(-18), durationMinutes: 180, onTheJob: true });
    await log({ deliveredOn: daysFromToday(-10), durationMinutes: 90, onTheJob: false });
    const before = await log({ deliveredOn: daysFromToday(-21), durationMinutes: 60, onTheJob: true });
    expect(before.json().error.details.fields).toEqual([expect.objectContaining({ field: 'deliveredOn', problem: 'before_start' })]);

    const support = (await manager.get(`/api/placements/${placement.id}/support`)).json();
    expect(support.items).toHaveLength(3);
    expect(support.items[0]).toMatchObject({ deliveredOn: daysFromToday(-10), onTheJob: false, week: 2, providerName: 'Gintarė Jankauskienė' });
    expect(support.weeks.map((w: { week: number; plannedHours: number; deliveredHours: number }) => [w.week, w.plannedHours, w.deliveredHours]))
      .toEqual([[3, 4, 0], [2, 8, 1.5], [1, 8, 7]]);
    const rows = await t.db.selectFrom('service_deliveries').select(['service_key', 'place', 'placement_id', 'provider_id']).where('case_id', '=', caseId).execute();
    expect(rows.every((row) => row.service_key === 'job_coaching' && row.placement_id === placement.id && row.provider_id === coach.userId)).toBe(true);
    expect(rows.map((row) => row.place).sort()).toEqual(['employer', 'employer', 'other']);
    expect((await manager.get(`/api/placements/${placement.id}`)).json().support).toEqual({ count: 3, minutes: 510, lastOn: daysFromToday(-10) });
    // The case's own service list and timeline have them too.
    expect((await manager.get(`/api/cases/${caseId}/services`)).json().totals.count).toBe(3);
    expect(await events(caseId, 'service_delivered')).toHaveLength(3);
    expect((await auditEntries(t.db, 'placement.support_list')).filter((e) => e.entity_id === placement.id)).toHaveLength(1);
  });
});

describe('ending a placement', () => {
  it('records when and why, once, not before it started', async () => {
    const { caseId } = await newCase();
    const placement = (await coach.post(`/api/cases/${caseId}/placements`, job())).json();
    const early = await coach.post(`/api/placements/${placement.id}/end`, { endedOn: daysFromToday(-101), endReason: 'resigned' });
    expect(early.json().error.details.fields).toEqual([expect.objectContaining({ field: 'endedOn', problem: 'before_start' })]);
    const ended = await coach.post(`/api/placements/${placement.id}/end`, { endedOn: daysFromToday(-5), endReason: 'moved_to_other_job' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: daysFromToday(-5), endReason: 'moved_to_other_job', active: false });
    expect(ended.json().followUps).toHaveLength(3);
    expect((await events(caseId, 'placement_ended'))[0]!.details).toMatchObject({ placementId: placement.id, endReason: 'moved_to_other_job' });
    const twice = await coach.post(`/api/placements/${placement.id}/end`, { endedOn: daysFromToday(-4), endReason: 'other' });
    expect(twice.json().error.code).toBe('PLACEMENT.ENDED');
  });
});

describe('the case', () => {
  it('moves to placement only once a placement has started, and suggests the outcome from the active ones', async () => {
    const { caseId } = await newCase();
    await t.db.updateTable('cases').set({ stage: 'in_services' }).where('id', '=', caseId).execute();
    const move = async () => {
      const { version } = await t.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow();
      return manager.post(`/api/cases/${caseId}/stage`, { to: 'placement', version });
    };
    const refused = await move();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'CASE.TRANSITION_NOT_ALLOWED', details: { condition: 'placement_started' } });
    expect(refused.json().error.message).toContain('nėra prasidėjusio įdarbinimo');
    expect((await manager.get(`/api/cases/${caseId}`)).json()).toMatchObject({ waitingFor: { stage: 'placement', condition: 'placement_started' }, suggestedOutcome: null });

    // Recorded, but starting next week: not yet.
    const future = (await coach.post(`/api/cases/${caseId}/placements`, job({ startsOn: daysFromToday(7) }))).json();
    expect((await move()).statusCode).toBe(409);
    await coach.patch(`/api/placements/${future.id}`, { startsOn: today(), version: future.version });
    const moved = await move();
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'placement', facts: { startedPlacements: 1 }, suggestedOutcome: 'employed' });

    const { caseId: selfCase } = await newCase();
    await coach.post(`/api/cases/${selfCase}/placements`, job({ kind: 'self_employment', employerId: null }));
    expect((await manager.get(`/api/cases/${selfCase}`)).json().suggestedOutcome).toBe('self_employed');
  });
});

describe('access', () => {
  it('hides another organisation\'s placements and lets readers read but not change', async () => {
    const { caseId } = await newCase();
    const placement = (await coach.post(`/api/cases/${caseId}/placements`, job())).json();
    for (const response of [
      await outsider.get(`/api/placements/${placement.id}`),
      await outsider.get(`/api/cases/${caseId}/placements`),
      await outsider.get(`/api/placements/${placement.id}/support`),
      await outsider.post(`/api/placements/${placement.id}/follow-ups/3`, { stillEmployed: true, recordedOn: today() }),
      await outsider.post(`/api/cases/${caseId}/placements`, job()),
    ]) expect(response.statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'placement.view')).filter((e) => e.entity_id === caseId && e.outcome === 'denied');
    expect(denied).toHaveLength(1);

    expect((await auditor.get(`/api/placements/${placement.id}`)).statusCode).toBe(200);
    expect((await auditor.post(`/api/cases/${caseId}/placements`, job())).statusCode).toBe(403);
    expect((await auditor.post(`/api/placements/${placement.id}/end`, { endedOn: today(), endReason: 'other' })).statusCode).toBe(403);
    expect((await auditor.post(`/api/placements/${placement.id}/support`, { deliveredOn: today(), durationMinutes: 30, onTheJob: true })).statusCode).toBe(403);
    const views = (await auditEntries(t.db, 'placement.view')).filter((e) => e.entity_id === placement.id);
    expect(views.map((e) => e.actor_id)).toContain(auditor.userId);
  });
});
