import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, testApp, type Session, type TestApp, today, daysFromToday, staffSignIn } from '../../../../tests/api.ts';

// Tasks through their API: who may assign and complete them on a case and without one,
// the overdue list, optimistic locking, the timeline and the audit log, and the 6-month
// follow-up that records the ESF+ longer-term results on the case.

let t: TestApp;
let kazlu: string;
let utena: string;
let caseManager: Session;
let otherCaseManager: Session;
let socialWorker: Session;
let volunteer: Session;
let psychologist: Session;
let auditor: Session;
let coordinator: Session;
let outsider: Session;
let caseId: string;


beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  caseManager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  otherCaseManager = await user('Jonas', 'Adomaitis', [[kazlu, 'case_manager']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  volunteer = await user('Ieva', 'Savanorė', [[kazlu, 'volunteer']]);
  psychologist = await user('Eglė', 'Šimkutė', [[kazlu, 'psychologist']]);
  auditor = await user('Aldona', 'Tikrintoja', [[kazlu, 'auditor']]);
  coordinator = await user('Petras', 'Koordinatorius', [[kazlu, 'centre_coordinator']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
  ({ caseId } = await makeCase(t.db, kazlu, {
    caseManagerId: caseManager.userId, firstName: 'Ona', lastName: 'Petraitienė',
    team: [[socialWorker.userId, 'social_worker'], [volunteer.userId, 'volunteer']],
  }));
});
afterAll(() => t.close());

const newTask = (session: Session, body: Record<string, unknown> = {}) =>
  session.post('/api/tasks', { caseId, title: 'Paskambinti dėl mokymų', assigneeId: socialWorker.userId, dueOn: daysFromToday(3), ...body });
const events = (kind: string) =>
  t.db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).where('kind', '=', kind).orderBy('id').execute();

describe('a task on a case', () => {
  it('is assigned by the case manager to a team member, with a timeline event and an audit entry', async () => {
    const response = await newTask(caseManager, { details: 'Klausti apie kompiuterinio raštingumo kursus.' });
    expect(response.statusCode, response.body).toBe(201);
    const task = response.json();
    expect(task).toMatchObject({
      caseId, organisationId: kazlu, participantName: 'Ona Petraitienė', title: 'Paskambinti dėl mokymų', details: 'Klausti apie kompiuterinio raštingumo kursus.',
      kind: 'manual', assignee: { id: socialWorker.userId, name: 'Tomas Čepaitis' }, dueOn: daysFromToday(3), status: 'open', overdue: false, doneAt: null, version: 1,
    });
    const created = (await events('task_created')).find((e) => (e.details as { taskId: string }).taskId === task.id);
    expect(created).toMatchObject({ actor_id: caseManager.userId, details: { taskId: task.id, assigneeId: socialWorker.userId, assigneeName: 'Tomas Čepaitis', dueOn: daysFromToday(3) } });
    expect((await auditEntries(t.db, 'task.create')).map((e) => e.entity_id)).toContain(task.id);
  });

  it('is assigned by a specialist in the team too, and to anyone who reads every case of the organisation', async () => {
    expect((await newTask(socialWorker, { assigneeId: caseManager.userId })).statusCode).toBe(201);
    expect((await newTask(caseManager, { assigneeId: otherCaseManager.userId })).statusCode).toBe(201);
  });

  it('is not assigned to someone outside the team who may not read the case, nor to another organisation\'s staff', async () => {
    const notTeam = await newTask(caseManager, { assigneeId: psychologist.userId });
    expect(notTeam.statusCode).toBe(400);
    expect(notTeam.json().error.details.fields).toEqual([expect.objectContaining({ field: 'assigneeId', problem: 'not_case_team' })]);
    const otherOrganisation = await newTask(caseManager, { assigneeId: outsider.userId });
    expect(otherOrganisation.json().error.details.fields).toEqual([expect.objectContaining({ field: 'assigneeId', problem: 'not_organisation_staff' })]);
  });

  it('answers 404 (audited) to those who may not see the case, 403 to those who may see but not work it', async () => {
    const before = (await auditEntries(t.db, 'task.create')).filter((e) => e.outcome === 'denied').length;
    expect((await newTask(psychologist)).statusCode).toBe(404);
    expect((await newTask(outsider)).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'task.create')).filter((e) => e.outcome === 'denied')).toHaveLength(before + 2);
    expect((await newTask(auditor)).statusCode).toBe(403);
  });

  it('refuses a due date in the past and a blank title, saying which field', async () => {
    const past = await newTask(caseManager, { dueOn: daysFromToday(-1) });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details.fields).toEqual([{ field: 'dueOn', problem: 'due_in_past', message: 'Terminas negali būti praeityje.' }]);
    const blank = await newTask(caseManager, { title: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details.fields[0].field).toBe('title');
    expect((await newTask(caseManager, { dueOn: today() })).statusCode).toBe(201);
  });

  it('shows the participant\'s name only to those who may read participants', async () => {
    const task = (await newTask(caseManager, { assigneeId: volunteer.userId })).json();
    const mine = (await volunteer.get('/api/tasks')).json();
    const seen = mine.items.find((item: { id: string }) => item.id === task.id);
    expect(seen).toMatchObject({ caseId, participantId: null, participantName: null });
  });

  it('is listed on the case with the people a task may go to, for those who may read it', async () => {
    const response = await socialWorker.get(`/api/cases/${caseId}/tasks`);
    expect(response.statusCode).toBe(200);
    const { items, assignees } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(assignees.map((a: { name: string }) => a.name).sort()).toEqual(['Ieva Savanorė', 'Rūta Žemaitienė', 'Tomas Čepaitis']);
    expect((await psychologist.get(`/api/cases/${caseId}/tasks`)).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'task.list')).some((e) => e.entity_id === caseId)).toBe(true);
  });
});

describe('completing a task', () => {
  it('records who and when, puts it on the timeline, and opening it again clears that', async () => {
    const task = (await newTask(caseManager)).json();
    const done = await socialWorker.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', version: 2, overdue: false });
    expect(done.json().doneAt).toEqual(expect.any(String));
    const row = await t.db.selectFrom('tasks').select(['done_by', 'done_at']).where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(row.done_by).toBe(socialWorker.userId);
    expect((await events('task_done')).map((e) => (e.details as { taskId: string }).taskId)).toContain(task.id);
    const reopened = await caseManager.patch(`/api/tasks/${task.id}`, { status: 'open', version: 2 });
    expect(reopened.json()).toMatchObject({ status: 'open', doneAt: null, version: 3 });
    expect((await auditEntries(t.db, 'task.update')).filter((e) => e.entity_id === task.id)).toHaveLength(2);
  });

  it('refuses the second of two saves from the same version, keeping the first', async () => {
    const task = (await newTask(caseManager)).json();
    expect((await caseManager.patch(`/api/tasks/${task.id}`, { title: 'Pirmas', version: 1 })).statusCode).toBe(200);
    const second = await socialWorker.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    const row = await t.db.selectFrom('tasks').select(['title', 'status']).where('id', '=', task.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Pirmas', status: 'open' });
  });

  it('is for those who work the case: not for someone who only reads it, not for someone who cannot see it', async () => {
    const task = (await newTask(caseManager)).json();
    expect((await auditor.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 })).statusCode).toBe(403);
    expect((await psychologist.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 })).statusCode).toBe(404);
    expect((await outsider.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 })).statusCode).toBe(404);
  });

  it('can move the due date forward but not into the past; an overdue task keeps its date', async () => {
    const { id } = await t.db.insertInto('tasks').values({
      organisation_id: kazlu, case_id: caseId, title: 'Vėluojanti', assignee_id: socialWorker.userId, due_on: daysFromToday(-5), created_by: caseManager.userId,
    }).returning('id').executeTakeFirstOrThrow();
    expect((await socialWorker.patch(`/api/tasks/${id}`, { title: 'Vėluojanti užduotis', dueOn: daysFromToday(-5), version: 1 })).statusCode).toBe(200);
    expect((await socialWorker.patch(`/api/tasks/${id}`, { dueOn: daysFromToday(-2), version: 2 })).json().error.details.fields[0].problem).toBe('due_in_past');
    expect((await socialWorker.patch(`/api/tasks/${id}`, { dueOn: daysFromToday(1), version: 2 })).json()).toMatchObject({ dueOn: daysFromToday(1), overdue: false });
  });
});

describe('lists', () => {
  it('show my open tasks with the overdue first, and only the overdue ones when asked', async () => {
    const late = await t.db.insertInto('tasks').values({
      organisation_id: kazlu, case_id: caseId, title: 'Seniai reikėjo', assignee_id: socialWorker.userId, due_on: daysFromToday(-10), created_by: caseManager.userId,
    }).returning('id').executeTakeFirstOrThrow();
    const open = (await socialWorker.get('/api/tasks?assignee=me&status=open')).json();
    expect(open.items[0]).toMatchObject({ id: late.id, overdue: true });
    expect(open.items.every((item: { assignee: { id: string }; status: string }) => item.assignee.id === socialWorker.userId && item.status === 'open')).toBe(true);
    const dates = open.items.map((item: { dueOn: string }) => item.dueOn);
    expect(dates).toEqual([...dates].sort());
    const overdue = (await socialWorker.get('/api/tasks?overdue=true')).json();
    expect(overdue.items.map((item: { id: string }) => item.id)).toContain(late.id);
    expect(overdue.items.every((item: { overdue: boolean }) => item.overdue)).toBe(true);
    expect(overdue.total).toBe(overdue.items.length);
    expect((await auditEntries(t.db, 'task.list')).at(-1)!.details).toMatchObject({ shown: overdue.items.map((item: { id: string }) => item.id) });
  });

  it('show everyone\'s tasks I may see with assignee=all, and nothing of cases I may not see', async () => {
    const all = (await caseManager.get('/api/tasks?assignee=all')).json();
    expect(new Set(all.items.map((item: { assignee: { id: string } }) => item.assignee.id)).size).toBeGreaterThan(1);
    expect((await psychologist.get('/api/tasks?assignee=all')).json().items).toEqual([]);
    expect((await outsider.get('/api/tasks?assignee=all')).json().items).toEqual([]);
  });
});

describe('a task without a case', () => {
  it('belongs to the organisation: given to any staff member, who sees and completes it', async () => {
    const response = await caseManager.post('/api/tasks', { title: 'Atnaujinti centro tvarkaraštį', assigneeId: coordinator.userId, dueOn: daysFromToday(2) });
    expect(response.statusCode, response.body).toBe(201);
    const task = response.json();
    expect(task).toMatchObject({ caseId: null, organisationId: kazlu, participantName: null });
    expect((await coordinator.get('/api/tasks')).json().items.map((item: { id: string }) => item.id)).toEqual([task.id]);
    expect((await coordinator.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 })).statusCode).toBe(200);
  });

  it('is not created by those who do not work cases, nor in another organisation, nor for someone outside it', async () => {
    expect((await coordinator.post('/api/tasks', { title: 'Užduotis', assigneeId: coordinator.userId, dueOn: today() })).statusCode).toBe(403);
    expect((await caseManager.post('/api/tasks', { organisationId: utena, title: 'Užduotis', assigneeId: caseManager.userId, dueOn: today() })).statusCode).toBe(404);
    const foreign = await caseManager.post('/api/tasks', { title: 'Užduotis', assigneeId: outsider.userId, dueOn: today() });
    expect(foreign.json().error.details.fields[0]).toMatchObject({ field: 'assigneeId', problem: 'not_organisation_staff' });
  });

  it('is hidden from staff who neither hold it, wrote it, nor read every case', async () => {
    const task = (await caseManager.post('/api/tasks', { title: 'Vidinė užduotis', assigneeId: caseManager.userId, dueOn: today() })).json();
    expect((await socialWorker.patch(`/api/tasks/${task.id}`, { status: 'done', version: 1 })).statusCode).toBe(404);
    expect((await socialWorker.get('/api/tasks?assignee=all')).json().items.map((item: { id: string }) => item.id)).not.toContain(task.id);
    expect((await otherCaseManager.get('/api/tasks?assignee=all')).json().items.map((item: { id: string }) => item.id)).toContain(task.id);
  });
});

describe('the 6-month follow-up', () => {
  async function followUpTask() {
    const { caseId: closedCase } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId });
    const { id } = await t.db.insertInto('tasks').values({
      organisation_id: kazlu, case_id: closedCase, title: 'Stebėsena po 6 mėnesių', kind: 'follow_up_6_months',
      assignee_id: caseManager.userId, due_on: today(), created_by: caseManager.userId,
    }).returning('id').executeTakeFirstOrThrow();
    return { caseId: closedCase, taskId: id };
  }
  const caseRow = (id: string) => t.db.selectFrom('cases').select(['result_employed_6_months', 'result_improved_6_months', 'version']).where('id', '=', id).executeTakeFirstOrThrow();

  it('records the ESF+ longer-term results on the case when it is done, in the same change', async () => {
    const { caseId: followed, taskId } = await followUpTask();
    const before = await caseRow(followed);
    const response = await caseManager.patch(`/api/tasks/${taskId}`, { status: 'done', followUp: { employed6Months: true, improved6Months: false }, version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ kind: 'follow_up_6_months', status: 'done' });
    expect(await caseRow(followed)).toEqual({ result_employed_6_months: true, result_improved_6_months: false, version: before.version + 1 });
    const event = await t.db.selectFrom('case_events').select('details').where('case_id', '=', followed).where('kind', '=', 'task_done').executeTakeFirstOrThrow();
    expect(event.details).toEqual({ taskId, kind: 'follow_up_6_months', employed6Months: true, improved6Months: false });
  });

  it('is not completed without the two answers, and nothing is written', async () => {
    const { caseId: followed, taskId } = await followUpTask();
    const response = await caseManager.patch(`/api/tasks/${taskId}`, { status: 'done', version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['followUp.employed6Months', 'followUp.improved6Months']);
    const partial = await caseManager.patch(`/api/tasks/${taskId}`, { status: 'done', followUp: { employed6Months: true }, version: 1 });
    expect(partial.statusCode).toBe(400);
    expect(await caseRow(followed)).toMatchObject({ result_employed_6_months: null, result_improved_6_months: null });
    expect((await t.db.selectFrom('tasks').select('status').where('id', '=', taskId).executeTakeFirstOrThrow()).status).toBe('open');
  });

  it('answers are refused on an ordinary task', async () => {
    const task = (await newTask(caseManager)).json();
    const response = await caseManager.patch(`/api/tasks/${task.id}`, { status: 'done', followUp: { employed6Months: true, improved6Months: true }, version: 1 });
    expect(response.json().error.details.fields).toEqual([expect.objectContaining({ field: 'followUp', problem: 'follow_up_not_expected' })]);
  });
});
