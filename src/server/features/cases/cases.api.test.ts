import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp, today, daysFromToday, staffSignIn } from '../../../../tests/api.ts';
import { seedDemo } from '../../demo/seed.ts';
import { DEMO_ACCOUNT } from '../../demo/demo-account.ts';
import { FOLLOW_UP_TITLE } from './outcome.rules.ts';

// The case itself through its API: every stage move allowed and refused, closing and
// reopening, the concurrency case, team-based access, the caseload, team and handover.
// Assessments, plans, delivered services, tasks and appointments are written straight to
// the database: they are other features.

let t: TestApp;
let kazlu: string;
let utena: string;
let caseManager: Session;
let otherCaseManager: Session;
let programmeManager: Session;
let psychologist: Session;
let psychologistOutside: Session;
let socialWorker: Session;
let outsider: Session;
let outsiderCaseManager: string;
let inactive: string;


beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  caseManager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  otherCaseManager = await user('Jonas', 'Adomaitis', [[kazlu, 'case_manager']]);
  programmeManager = await user('Vytautas', 'Kazlauskas', [[kazlu, 'programme_manager']]);
  psychologist = await user('Eglė', 'Šimkutė', [[kazlu, 'psychologist']]);
  psychologistOutside = await user('Asta', 'Čiurlytė', [[kazlu, 'psychologist']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
  outsiderCaseManager = outsider.userId;
  inactive = (await makeUser(t.db, { firstName: 'Buvęs', lastName: 'Darbuotojas', roles: [[kazlu, 'social_worker']], active: false })).id;
});
afterAll(() => t.close());

const newCase = (options: Parameters<typeof makeCase>[2] = {}) => makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, ...options });
const versionOf = async (caseId: string) => (await t.db.selectFrom('cases').select('version').where('id', '=', caseId).executeTakeFirstOrThrow()).version;
const move = async (session: Session, caseId: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  session.post(`/api/cases/${caseId}/stage`, { version: await versionOf(caseId), ...body }, headers);
const setStage = (caseId: string, stage: string) => t.db.updateTable('cases').set({ stage }).where('id', '=', caseId).execute();

async function completeAssessment(caseId: string, status: 'draft' | 'completed' = 'completed') {
  await t.db.insertInto('assessments').values({ case_id: caseId, questionnaire_key: 'employability', questionnaire_version: 1, status, assessed_on: '2026-02-01' }).execute();
}
async function savePlan(caseId: string, plan: { goals: unknown[]; agreedOn: string | null }) {
  await t.db.insertInto('plans').values({ case_id: caseId, goals: JSON.stringify(plan.goals), agreed_on: plan.agreedOn })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ goals: JSON.stringify(plan.goals), agreed_on: plan.agreedOn })).execute();
}
async function deliverService(caseId: string, participantId: string) {
  await t.db.insertInto('service_deliveries').values({
    organisation_id: kazlu, case_id: caseId, participant_id: participantId, service_key: 'motivation', delivered_on: '2026-03-01',
    duration_minutes: 60, provider_id: socialWorker.userId, place: 'centre',
  }).execute();
}
/** A placement of the case (placements.api.test.ts tests them through their API). */
async function startPlacement(caseId: string, participantId: string, startsOn: string) {
  await t.db.insertInto('placements').values({
    organisation_id: kazlu, case_id: caseId, participant_id: participantId, kind: 'self_employment', isco_code: '7522', job_title: 'Stalius',
    starts_on: startsOn, hours_per_week: 40,
  }).execute();
}
async function addTask(caseId: string | null, assigneeId: string, dueOn: string, status = 'open') {
  await t.db.insertInto('tasks').values({ organisation_id: kazlu, case_id: caseId, title: 'Paskambinti', assignee_id: assigneeId, due_on: dueOn, status }).execute();
}
async function addAppointment(values: { caseId: string | null; participantId: string | null; specialistId: string; startsAt: string; minutes?: number; status?: string; village?: string }) {
  const { id } = await t.db.insertInto('appointments').values({
    organisation_id: kazlu, specialist_id: values.specialistId, case_id: values.caseId, participant_id: values.participantId, place: 'mobile_team',
    village: values.village ?? '', starts_at: values.startsAt, ends_at: new Date(new Date(values.startsAt).getTime() + (values.minutes ?? 60) * 60_000).toISOString(),
    status: values.status ?? 'planned',
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}
const events = (caseId: string, kind: string) =>
  t.db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).where('kind', '=', kind).orderBy('id').execute();
const followUps = (caseId: string) =>
  t.db.selectFrom('tasks').selectAll().where('case_id', '=', caseId).where('kind', '=', 'follow_up_6_months').orderBy('created_at').execute();

describe('the workflow through the API', () => {
  it('goes from intake to closed, each forward move refused until its condition holds, naming it', async () => {
    const { caseId, participantId } = await newCase();
    const refusal = async (to: string, condition: string, lt: string, en: string) => {
      const response = await move(caseManager, caseId, { to });
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'CASE.TRANSITION_NOT_ALLOWED', message: lt, details: { problem: 'condition_missing', condition, to } });
      const english = await move(caseManager, caseId, { to }, { 'accept-language': 'en' });
      expect(english.json().error.message).toBe(en);
    };
    const allowed = async (to: string) => {
      const response = await move(caseManager, caseId, { to });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().stage).toBe(to);
      return response.json();
    };

    const intake = (await caseManager.get(`/api/cases/${caseId}`)).json();
    expect(intake).toMatchObject({ stage: 'intake', nextStages: ['assessment'], waitingFor: null, version: 1 });

    let shown = await allowed('assessment');
    expect(shown).toMatchObject({ nextStages: [], waitingFor: { stage: 'planning', condition: 'completed_assessment' } });
    await refusal('planning', 'completed_assessment', 'Perkelti į etapą „planavimas“ negalima: nėra užbaigto vertinimo.', 'Cannot move to planning: no completed assessment.');
    await completeAssessment(caseId, 'draft');
    await refusal('planning', 'completed_assessment', 'Perkelti į etapą „planavimas“ negalima: nėra užbaigto vertinimo.', 'Cannot move to planning: no completed assessment.');
    await completeAssessment(caseId);
    shown = await allowed('planning');
    expect(shown.facts).toMatchObject({ completedAssessments: 1, planAgreed: false, deliveredServices: 0 });

    const planRefusalLt = 'Perkelti į etapą „teikiamos paslaugos“ negalima: nėra suderinto individualaus veiklos plano (tikslų ir asmens sutikimo datos).';
    const planRefusalEn = 'Cannot move to in services: no agreed individual action plan (goals and the person\'s agreement date).';
    await refusal('in_services', 'agreed_plan', planRefusalLt, planRefusalEn);
    await savePlan(caseId, { goals: [{ id: 'g1', text: 'Įgyti vairuotojo pažymėjimą', steps: [] }], agreedOn: null });
    await refusal('in_services', 'agreed_plan', planRefusalLt, planRefusalEn);
    await savePlan(caseId, { goals: [], agreedOn: '2026-03-01' });
    await refusal('in_services', 'agreed_plan', planRefusalLt, planRefusalEn);
    await savePlan(caseId, { goals: [{ id: 'g1', text: 'Įgyti vairuotojo pažymėjimą', steps: [] }], agreedOn: '2026-03-01' });
    await allowed('in_services');

    const placementLt = 'Perkelti į etapą „įdarbinimas“ negalima: nėra prasidėjusio įdarbinimo (užregistruokite įdarbinimą ar bandomąją praktiką).';
    const placementEn = 'Cannot move to placement: no placement has started (record a placement or trial practice).';
    await deliverService(caseId, participantId);
    await refusal('placement', 'placement_started', placementLt, placementEn);
    await startPlacement(caseId, participantId, daysFromToday(3));
    await refusal('placement', 'placement_started', placementLt, placementEn);
    await startPlacement(caseId, participantId, today());
    await allowed('placement');
    shown = await allowed('follow_up');
    expect(shown.nextStages).toEqual([]);

    const noOutcome = await move(caseManager, caseId, { to: 'closed' });
    expect(noOutcome.statusCode).toBe(409);
    expect(noOutcome.json().error).toMatchObject({
      code: 'CASE.TRANSITION_NOT_ALLOWED', message: 'Perkelti į etapą „uždarytas“ negalima: nenurodytas rezultatas ir jo data.',
      details: { problem: 'condition_missing', condition: 'outcome', fields: [{ field: 'outcome', problem: 'required' }, { field: 'outcomeOn', problem: 'required' }] },
    });
    const noDate = await move(caseManager, caseId, { to: 'closed', outcome: 'employed' });
    expect(noDate.json().error.details.fields).toEqual([expect.objectContaining({ field: 'outcomeOn', problem: 'required' })]);
    const closed = await move(caseManager, caseId, { to: 'closed', outcome: 'employed', outcomeOn: '2026-09-01' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ stage: 'closed', closedOn: '2026-09-01', nextStages: [], facts: { completedAssessments: 1, planAgreed: true, deliveredServices: 1, startedPlacements: 1, outcomeRecorded: true } });
    expect((await events(caseId, 'stage_changed')).map((e) => (e.details as { to: string }).to))
      .toEqual(['assessment', 'planning', 'in_services', 'placement', 'follow_up', 'closed']);
  }, 60_000);

  it('records every move on the timeline and in the audit log, and refuses skipping or staying', async () => {
    const { caseId } = await newCase();
    expect((await move(caseManager, caseId, { to: 'assessment' })).statusCode).toBe(200);
    const [event] = await events(caseId, 'stage_changed');
    expect(event).toMatchObject({ actor_id: caseManager.userId, details: { from: 'intake', to: 'assessment', direction: 'forward', reasonGiven: false } });
    expect((await auditEntries(t.db, 'case.stage')).filter((e) => e.entity_id === caseId)).toHaveLength(1);

    const skip = await move(caseManager, caseId, { to: 'in_services' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ details: { problem: 'skips_stages', condition: null }, message: 'Perkelti į etapą „teikiamos paslaugos“ negalima: etapų praleisti negalima, pereikite į kitą etapą.' });
    const same = await move(caseManager, caseId, { to: 'assessment' });
    expect(same.json().error.details.problem).toBe('same_stage');
    expect(await versionOf(caseId)).toBe(2);
    expect(await events(caseId, 'stage_changed')).toHaveLength(1);
  });

  it('goes back only with a reason, keeps the reason on the timeline, and keeps what was recorded', async () => {
    const { caseId } = await newCase();
    await setStage(caseId, 'in_services');
    await completeAssessment(caseId);
    for (const reason of [undefined, '', '   ']) {
      const refused = await move(caseManager, caseId, { to: 'assessment', ...(reason === undefined ? {} : { reason }) });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'CASE.TRANSITION_NOT_ALLOWED', message: 'Perkelti į etapą „vertinimas“ negalima: grįžtant į ankstesnį etapą reikia nurodyti priežastį.',
        details: { problem: 'reason_required', fields: [expect.objectContaining({ field: 'reason', problem: 'required' })] },
      });
    }
    const back = await move(caseManager, caseId, { to: 'assessment', reason: 'Pablogėjo sveikata: reikia naujo vertinimo' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ stage: 'assessment', facts: { completedAssessments: 1 }, nextStages: ['planning'] });
    const [event] = await events(caseId, 'stage_changed');
    expect(event!.details).toEqual({ from: 'in_services', to: 'assessment', direction: 'back', reasonGiven: true, reason: 'Pablogėjo sveikata: reikia naujo vertinimo' });
  });

  it('refuses outcome fields on other moves, an outcome date before the opening or in the future', async () => {
    const { caseId } = await newCase({ openedOn: '2026-01-12' });
    const withOutcome = await move(caseManager, caseId, { to: 'assessment', outcome: 'employed', outcomeOn: '2026-02-01' });
    expect(withOutcome.statusCode).toBe(400);
    expect(withOutcome.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`)).toEqual(['outcome:only_when_closing', 'outcomeOn:only_when_closing']);
    const early = await move(caseManager, caseId, { to: 'closed', outcome: 'employed', outcomeOn: '2026-01-11' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields[0]).toMatchObject({ field: 'outcomeOn', problem: 'before_start', message: 'Data negali būti ankstesnė už pradžios datą (2026-01-12).' });
    const future = await move(caseManager, caseId, { to: 'closed', outcome: 'employed', outcomeOn: daysFromToday(1) });
    expect(future.json().error.details.fields[0]).toMatchObject({ field: 'outcomeOn', problem: 'date_in_future' });
    const unknown = await move(caseManager, caseId, { to: 'closed', outcome: 'retired', outcomeOn: '2026-02-01' });
    expect(unknown.statusCode).toBe(400);
    expect(await versionOf(caseId)).toBe(1);
    expect(await followUps(caseId)).toEqual([]);
  });
});

describe('closing and reopening', () => {
  it('closes from any stage with an outcome: ESF+ results, enrolment exited, exactly one follow-up task 6 months later', async () => {
    const { caseId, enrolmentId } = await newCase({ openedOn: '2026-01-12' });
    const response = await move(caseManager, caseId, { to: 'closed', outcome: 'self_employed', outcomeOn: '2026-08-31', outcomeNote: 'Įregistravo individualią veiklą' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      stage: 'closed', closedOn: '2026-08-31', outcome: 'self_employed', outcomeOn: '2026-08-31', outcomeNote: 'Įregistravo individualią veiklą', nextStages: [],
      esfResults: { jobSearching: false, educationOrTraining: false, qualification: false, employed: true, employed6Months: null, improved6Months: null },
    });
    const enrolment = await t.db.selectFrom('enrolments').selectAll().where('id', '=', enrolmentId).executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ status: 'exited', exited_on: '2026-08-31', exit_reason: 'self_employed' });
    const tasks = await followUps(caseId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assignee_id: caseManager.userId, due_on: '2027-02-28', status: 'open', title: FOLLOW_UP_TITLE, organisation_id: kazlu, created_by: caseManager.userId });
    expect(FOLLOW_UP_TITLE).toBe('6 mėn. stebėsena po dalyvavimo pabaigos');
    const [event] = await events(caseId, 'stage_changed');
    expect(event!.details).toMatchObject({ from: 'intake', to: 'closed', outcome: 'self_employed', outcomeOn: '2026-08-31', followUpTaskId: tasks[0]!.id });
  });

  it('fills the result the outcome names', async () => {
    for (const [outcome, results] of [
      ['job_searching', { jobSearching: true, educationOrTraining: false, qualification: false, employed: false }],
      ['education_or_training', { jobSearching: false, educationOrTraining: true, qualification: false, employed: false }],
      ['qualification', { jobSearching: false, educationOrTraining: false, qualification: true, employed: false }],
      ['other', { jobSearching: false, educationOrTraining: false, qualification: false, employed: false }],
    ] as const) {
      const { caseId } = await newCase();
      const response = await move(caseManager, caseId, { to: 'closed', outcome, outcomeOn: '2026-05-04' });
      expect(response.json().esfResults).toMatchObject(results);
    }
  });

  it('gives the follow-up to whoever closes a case without a case manager', async () => {
    const { caseId } = await newCase({ caseManagerId: null });
    expect((await move(programmeManager, caseId, { to: 'closed', outcome: 'employed', outcomeOn: '2026-04-01' })).statusCode).toBe(200);
    expect((await followUps(caseId)).map((task) => [task.assignee_id, task.due_on])).toEqual([[programmeManager.userId, '2026-10-01']]);
  });

  it('reopens with a reason: closing date cleared, outcome kept, enrolment back, follow-up cancelled; closing again leaves one open follow-up', async () => {
    const { caseId, enrolmentId } = await newCase();
    await move(caseManager, caseId, { to: 'closed', outcome: 'employed', outcomeOn: '2026-04-01' });
    expect((await move(caseManager, caseId, { to: 'follow_up' })).json().error.details.problem).toBe('reason_required');
    const reopened = await move(caseManager, caseId, { to: 'follow_up', reason: 'Uždaryta per klaidą: darbo sutartis nepasirašyta' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ stage: 'follow_up', closedOn: null, outcome: 'employed', outcomeOn: '2026-04-01', esfResults: { employed: true } });
    expect(await t.db.selectFrom('enrolments').select(['status', 'exited_on', 'exit_reason']).where('id', '=', enrolmentId).executeTakeFirstOrThrow())
      .toEqual({ status: 'enrolled', exited_on: null, exit_reason: '' });
    expect((await followUps(caseId)).map((task) => task.status)).toEqual(['cancelled']);
    // The outcome kept does not close the case by itself: closing again names it anew.
    expect((await move(caseManager, caseId, { to: 'closed' })).json().error.details.condition).toBe('outcome');

    const again = await move(caseManager, caseId, { to: 'closed', outcome: 'job_searching', outcomeOn: '2026-06-15' });
    expect(again.json()).toMatchObject({ stage: 'closed', closedOn: '2026-06-15', outcome: 'job_searching', esfResults: { employed: false, jobSearching: true } });
    const tasks = await followUps(caseId);
    expect(tasks.map((task) => [task.status, task.due_on])).toEqual([['cancelled', '2026-10-01'], ['open', '2026-12-15']]);
    expect(await t.db.selectFrom('enrolments').select(['status', 'exited_on']).where('id', '=', enrolmentId).executeTakeFirstOrThrow())
      .toEqual({ status: 'exited', exited_on: '2026-06-15' });
  });
});

describe('two people moving the same case at once', () => {
  it('lets one win; the other gets 409 and nothing of it is written', async () => {
    const { caseId } = await newCase();
    const [a, b] = await Promise.all([
      caseManager.post(`/api/cases/${caseId}/stage`, { to: 'assessment', version: 1 }),
      programmeManager.post(`/api/cases/${caseId}/stage`, { to: 'assessment', version: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('RECORD.CHANGED');
    expect(await versionOf(caseId)).toBe(2);
    expect(await events(caseId, 'stage_changed')).toHaveLength(1);
  });

  it('closes once: one exit, one follow-up task, one event', async () => {
    const { caseId, enrolmentId } = await newCase();
    const close = (session: Session, outcome: string) => session.post(`/api/cases/${caseId}/stage`, { to: 'closed', outcome, outcomeOn: '2026-05-01', version: 1 });
    const responses = await Promise.all([close(caseManager, 'employed'), close(programmeManager, 'job_searching')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.statusCode === 200)!.json();
    expect(await followUps(caseId)).toHaveLength(1);
    expect(await events(caseId, 'stage_changed')).toHaveLength(1);
    expect((await t.db.selectFrom('enrolments').select('exit_reason').where('id', '=', enrolmentId).executeTakeFirstOrThrow()).exit_reason).toBe(winner.outcome);
  });

  it('refuses a stale version with RECORD.CHANGED', async () => {
    const { caseId } = await newCase();
    await move(caseManager, caseId, { to: 'assessment' });
    const stale = await caseManager.post(`/api/cases/${caseId}/stage`, { to: 'intake', reason: 'Klaida', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
  });
});

describe('who sees a case', () => {
  it('is the team: a psychologist in it reads the case and its timeline but cannot move it', async () => {
    const { caseId } = await newCase({ team: [[psychologist.userId, 'psychologist']] });
    const shown = await psychologist.get(`/api/cases/${caseId}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().team.map((m: { name: string; role: string }) => `${m.name}:${m.role}`)).toEqual(['Rūta Žemaitienė:case_manager', 'Eglė Šimkutė:psychologist']);
    expect((await auditEntries(t.db, 'case.view')).filter((e) => e.entity_id === caseId && e.actor_id === psychologist.userId && e.outcome === 'ok')).toHaveLength(1);
    expect((await psychologist.get(`/api/cases/${caseId}/timeline`)).statusCode).toBe(200);
    expect((await move(psychologist, caseId, { to: 'assessment' })).statusCode).toBe(403);
  });

  it('answers 404 to a psychologist of the organisation outside the team, audited as denied', async () => {
    const { caseId } = await newCase({ team: [[psychologist.userId, 'psychologist']] });
    for (const url of [`/api/cases/${caseId}`, `/api/cases/${caseId}/timeline`]) {
      const response = await psychologistOutside.get(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('RESOURCE.NOT_FOUND');
    }
    expect((await move(psychologistOutside, caseId, { to: 'assessment' })).statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'case.view')).filter((e) => e.entity_id === caseId && e.outcome === 'denied');
    expect(denied.map((e) => e.actor_id)).toEqual([psychologistOutside.userId]);
    expect((await auditEntries(t.db, 'case.stage')).filter((e) => e.entity_id === caseId && e.outcome === 'denied')).toHaveLength(1);
  });

  it('answers 404 to another organisation and to a missing case, exactly alike', async () => {
    const { caseId } = await newCase();
    const other = await outsider.get(`/api/cases/${caseId}`);
    const missing = await caseManager.get('/api/cases/00000000-0000-4000-8000-000000000000');
    expect([other.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(other.json()).toEqual(missing.json());
    expect((await auditEntries(t.db, 'case.view')).filter((e) => e.entity_id === caseId && e.actor_id === outsiderCaseManager && e.outcome === 'denied')).toHaveLength(1);
  });

  it('shows a volunteer in the team the case but not the participant\'s name, as tasks do', async () => {
    const volunteer = await makeUser(t.db, { roles: [[kazlu, 'volunteer']] });
    const session = await signIn(t.app, volunteer.email);
    const { caseId } = await newCase({ team: [[volunteer.id, 'volunteer']] });
    const shown = await session.get(`/api/cases/${caseId}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ participant: null, programme: { name: 'Bandomoji programa' } });
    expect((await session.get('/api/cases')).json().items).toEqual([expect.objectContaining({ id: caseId, participant: null, myRoles: ['volunteer'] })]);
    expect((await caseManager.get(`/api/cases/${caseId}`)).json().participant).toEqual({ id: expect.any(String), name: expect.stringMatching(/^Ona /) });
  });

  it('lets every case manager of the organisation read a case (case.read_all), and move it (case.manage)', async () => {
    const { caseId } = await newCase();
    expect((await otherCaseManager.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
    expect((await move(otherCaseManager, caseId, { to: 'assessment' })).statusCode).toBe(200);
  });
});

describe('my caseload', () => {
  it('lists exactly my open cases in Lithuanian name order, with my role, my overdue tasks and the next appointment', async () => {
    const me = await makeUser(t.db, { firstName: 'Laima', lastName: 'Butkienė', roles: [[kazlu, 'case_manager']] });
    const session = await signIn(t.app, me.email);
    const mine = await makeCase(t.db, kazlu, { caseManagerId: me.id, firstName: 'Ona', lastName: 'Čiurlienė' });
    const asMember = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, team: [[me.id, 'social_worker']], firstName: 'Petras', lastName: 'Cibulskis' });
    const managerOnly = await makeCase(t.db, kazlu, { firstName: 'Jonas', lastName: 'Žukas' });
    await t.db.updateTable('cases').set({ case_manager_id: me.id }).where('id', '=', managerOnly.caseId).execute();
    const closed = await makeCase(t.db, kazlu, { caseManagerId: me.id, firstName: 'Rasa', lastName: 'Ąžuolienė' });
    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: '2026-03-01', outcome: 'employed', outcome_on: '2026-03-01' }).where('id', '=', closed.caseId).execute();
    const notMine = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, firstName: 'Aldona', lastName: 'Abromaitienė' });

    await addTask(mine.caseId, me.id, daysFromToday(-3));
    await addTask(mine.caseId, me.id, daysFromToday(-1));
    await addTask(mine.caseId, me.id, daysFromToday(-5), 'done');
    await addTask(mine.caseId, me.id, today());
    await addTask(mine.caseId, me.id, daysFromToday(2));
    await addTask(mine.caseId, caseManager.userId, daysFromToday(-3));
    await addTask(asMember.caseId, me.id, daysFromToday(-10));
    await addTask(null, me.id, daysFromToday(-2));
    const soon = new Date(Date.now() + 2 * 24 * 3600_000).toISOString();
    await addAppointment({ caseId: mine.caseId, participantId: mine.participantId, specialistId: socialWorker.userId, startsAt: new Date(Date.now() + 9 * 24 * 3600_000).toISOString() });
    await addAppointment({ caseId: mine.caseId, participantId: mine.participantId, specialistId: psychologist.userId, startsAt: soon });
    await addAppointment({ caseId: mine.caseId, participantId: mine.participantId, specialistId: socialWorker.userId, startsAt: new Date(Date.now() + 24 * 3600_000).toISOString(), status: 'cancelled' });
    await addAppointment({ caseId: mine.caseId, participantId: mine.participantId, specialistId: socialWorker.userId, startsAt: new Date(Date.now() - 5 * 24 * 3600_000).toISOString() });

    const response = await session.get('/api/cases');
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json();
    expect(nextCursor).toBeNull();
    expect(items.map((c: { participant: { name: string } }) => c.participant.name)).toEqual(['Petras Cibulskis', 'Ona Čiurlienė', 'Jonas Žukas']);
    expect(items[0]).toMatchObject({ id: asMember.caseId, myRoles: ['social_worker'], overdueTasks: 1, nextAppointmentAt: null, stage: 'intake', programme: { name: 'Bandomoji programa' } });
    expect(items[1]).toMatchObject({ id: mine.caseId, myRoles: ['case_manager'], overdueTasks: 2, nextAppointmentAt: soon, openedOn: '2026-01-12' });
    expect(items[2]).toMatchObject({ id: managerOnly.caseId, myRoles: ['case_manager'], overdueTasks: 0 });
    expect(items.map((c: { id: string }) => c.id)).not.toContain(notMine.caseId);

    const withClosed = (await session.get('/api/cases?includeClosed=true')).json().items.map((c: { participant: { name: string } }) => c.participant.name);
    expect(withClosed).toEqual(['Rasa Ąžuolienė', 'Petras Cibulskis', 'Ona Čiurlienė', 'Jonas Žukas']);
    expect((await session.get('/api/cases?stage=closed')).json().items.map((c: { id: string }) => c.id)).toEqual([closed.caseId]);

    const audit = (await auditEntries(t.db, 'case.list')).filter((e) => e.actor_id === me.id);
    expect((audit[0]!.details as { shown: string[] }).shown).toEqual([asMember.caseId, mine.caseId, managerOnly.caseId]);

    const summary = (await session.get('/api/cases/summary')).json();
    expect(summary.overdueTasks).toBe(4);
  });

  it('pages with a cursor, and lists the whole organisation for those who read every case', async () => {
    const me = await makeUser(t.db, { roles: [[kazlu, 'case_manager']] });
    const session = await signIn(t.app, me.email);
    for (const lastName of ['Jankauskas', 'Ąžuolas', 'Žilinskas', 'Šukys', 'Sabonis']) await makeCase(t.db, kazlu, { caseManagerId: me.id, firstName: 'Vardas', lastName });
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/cases?pageSize=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await session.get(url)).json();
      names.push(...page.items.map((c: { participant: { name: string } }) => c.participant.name.split(' ')[1]));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(['Ąžuolas', 'Jankauskas', 'Sabonis', 'Šukys', 'Žilinskas']);
    expect((await session.get('/api/cases?cursor=nonsense')).statusCode).toBe(400);

    const organisation = (await session.get('/api/cases?scope=organisation&pageSize=200')).json().items;
    expect(organisation.length).toBeGreaterThan(5);
    expect(organisation.every((c: { organisationId: string }) => c.organisationId === kazlu)).toBe(true);
    expect((await psychologist.get('/api/cases?scope=organisation')).statusCode).toBe(403);
    expect((await outsider.get('/api/cases?scope=organisation')).json().items).toEqual([]);
  });

  it('shows my appointments today, in time order, without cancelled ones or other days', async () => {
    const me = await makeUser(t.db, { roles: [[kazlu, 'job_coach']] });
    const session = await signIn(t.app, me.email);
    const { caseId, participantId } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, team: [[me.id, 'job_coach']], firstName: 'Stasė', lastName: 'Vilkienė' });
    const at = async (day: string, hour: number) =>
      (await sql<{ at: Date }>`select ((${day}::date + make_interval(hours => ${hour}))::timestamp at time zone 'Europe/Vilnius') as at`.execute(t.db)).rows[0]!.at.toISOString();
    const late = await addAppointment({ caseId, participantId, specialistId: me.id, startsAt: await at(today(), 15), village: 'Juodupė' });
    const early = await addAppointment({ caseId: null, participantId: null, specialistId: me.id, startsAt: await at(today(), 0), minutes: 30 });
    await addAppointment({ caseId, participantId, specialistId: me.id, startsAt: await at(today(), 10), status: 'cancelled' });
    await addAppointment({ caseId, participantId, specialistId: me.id, startsAt: await at(daysFromToday(1), 10) });
    await addAppointment({ caseId, participantId, specialistId: me.id, startsAt: await at(daysFromToday(-1), 23) });

    const summary = (await session.get('/api/cases/summary')).json();
    expect(summary.todayAppointments.map((a: { id: string }) => a.id)).toEqual([early, late]);
    expect(summary.todayAppointments[1]).toMatchObject({ caseId, participant: { id: participantId, name: 'Stasė Vilkienė' }, place: 'mobile_team', village: 'Juodupė', status: 'planned' });
    expect(summary.overdueTasks).toBe(0);
    expect((await auditEntries(t.db, 'case.summary')).filter((e) => e.actor_id === me.id)[0]!.details).toMatchObject({ shown: [early, late] });
  });
});

describe('the case team', () => {
  it('is replaced by the case manager, keeping the case manager in it; the timeline names who came and went', async () => {
    const { caseId } = await newCase({ team: [[psychologist.userId, 'psychologist']] });
    const response = await caseManager.request('PUT', `/api/cases/${caseId}/team`, {
      members: [{ userId: socialWorker.userId, role: 'social_worker' }, { userId: otherCaseManager.userId, role: 'case_manager' }], version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().team.map((m: { name: string; role: string }) => `${m.name}:${m.role}`))
      .toEqual(['Jonas Adomaitis:case_manager', 'Rūta Žemaitienė:case_manager', 'Tomas Čepaitis:social_worker']);
    expect(response.json().caseManager).toEqual({ id: caseManager.userId, name: 'Rūta Žemaitienė' });
    const [event] = await events(caseId, 'team_changed');
    expect(event!.details).toEqual({
      added: [{ userId: socialWorker.userId, name: 'Tomas Čepaitis', role: 'social_worker' }, { userId: otherCaseManager.userId, name: 'Jonas Adomaitis', role: 'case_manager' }],
      removed: [{ userId: psychologist.userId, name: 'Eglė Šimkutė', role: 'psychologist' }],
    });
    expect((await auditEntries(t.db, 'case.team')).filter((e) => e.entity_id === caseId)).toHaveLength(1);
    // Out of the team, out of the case.
    expect((await psychologist.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await socialWorker.get(`/api/cases/${caseId}`)).statusCode).toBe(200);
  });

  it('takes only active staff of the organisation, and the case-manager role only from case managers', async () => {
    const { caseId } = await newCase();
    const response = await caseManager.request('PUT', `/api/cases/${caseId}/team`, {
      members: [
        { userId: outsiderCaseManager, role: 'case_manager' }, { userId: inactive, role: 'social_worker' },
        { userId: socialWorker.userId, role: 'case_manager' }, { userId: psychologist.userId, role: 'psychologist' },
      ],
      version: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`))
      .toEqual(['members.0.userId:not_member', 'members.1.userId:not_member', 'members.2.role:not_case_manager']);
    expect((await caseManager.request('PUT', `/api/cases/${caseId}/team`, { members: [{ userId: psychologist.userId, role: 'nurse' }], version: 1 })).statusCode).toBe(400);
    expect(await versionOf(caseId)).toBe(1);
  });

  it('is changed only with case.manage, and with the version read', async () => {
    const { caseId } = await newCase({ team: [[psychologist.userId, 'psychologist']] });
    expect((await psychologist.request('PUT', `/api/cases/${caseId}/team`, { members: [], version: 1 })).statusCode).toBe(403);
    expect((await caseManager.request('PUT', `/api/cases/${caseId}/team`, { members: [], version: 7 })).json().error.code).toBe('RECORD.CHANGED');
    expect((await psychologist.get(`/api/cases/${caseId}/staff`)).statusCode).toBe(403);
    const staff = (await caseManager.get(`/api/cases/${caseId}/staff`)).json();
    expect(staff.map((s: { id: string }) => s.id)).toContain(socialWorker.userId);
    expect(staff.map((s: { id: string }) => s.id)).not.toContain(inactive);
    expect(staff.map((s: { id: string }) => s.id)).not.toContain(outsiderCaseManager);
  });
});

describe('handover', () => {
  it('names the new case manager, keeps the previous one in the team, and puts the note on the timeline', async () => {
    const { caseId } = await newCase();
    const response = await caseManager.post(`/api/cases/${caseId}/handover`, { toUserId: otherCaseManager.userId, note: 'Išeinu atostogų; susitikimas su darbdaviu kitą savaitę.', version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ caseManager: { id: otherCaseManager.userId, name: 'Jonas Adomaitis' }, version: 2 });
    expect(response.json().team.map((m: { userId: string }) => m.userId)).toEqual([otherCaseManager.userId, caseManager.userId]);
    const [event] = await events(caseId, 'handed_over');
    expect(event).toMatchObject({ actor_id: caseManager.userId, details: {
      fromUserId: caseManager.userId, fromName: 'Rūta Žemaitienė', toUserId: otherCaseManager.userId, toName: 'Jonas Adomaitis',
      note: 'Išeinu atostogų; susitikimas su darbdaviu kitą savaitę.',
    } });
    expect((await auditEntries(t.db, 'case.handover')).filter((e) => e.entity_id === caseId)[0]!.details).toEqual({ fromUserId: caseManager.userId, toUserId: otherCaseManager.userId });
  });

  it('goes only to another active case manager of the organisation, with a note and the version read', async () => {
    const { caseId } = await newCase();
    const problem = async (body: Record<string, unknown>) => {
      const response = await caseManager.post(`/api/cases/${caseId}/handover`, { note: 'Perduodu', version: 1, ...body });
      expect(response.statusCode).toBe(400);
      return response.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`);
    };
    expect(await problem({ toUserId: psychologist.userId })).toEqual(['toUserId:not_case_manager']);
    expect(await problem({ toUserId: outsiderCaseManager })).toEqual(['toUserId:not_case_manager']);
    expect(await problem({ toUserId: caseManager.userId })).toEqual(['toUserId:same_case_manager']);
    expect(await problem({ toUserId: otherCaseManager.userId, note: '  ' })).toEqual(['note:blank']);
    expect((await caseManager.post(`/api/cases/${caseId}/handover`, { toUserId: otherCaseManager.userId, note: 'x', version: 3 })).statusCode).toBe(409);
    expect((await socialWorker.post(`/api/cases/${caseId}/handover`, { toUserId: otherCaseManager.userId, note: 'x', version: 1 })).statusCode).toBe(404);
    expect(await events(caseId, 'handed_over')).toEqual([]);
  });
});

describe('the timeline', () => {
  it('lists the case events newest first with actor names, in keyset pages, audited', async () => {
    const { caseId } = await newCase();
    await t.db.insertInto('case_events').values({ case_id: caseId, actor_id: caseManager.userId, kind: 'opened', details: JSON.stringify({ enrolmentId: 'x' }) }).execute();
    await move(caseManager, caseId, { to: 'assessment' });
    await caseManager.post(`/api/cases/${caseId}/handover`, { toUserId: otherCaseManager.userId, note: 'Perduodu', version: 2 });
    await move(otherCaseManager, caseId, { to: 'intake', reason: 'Trūksta dokumentų' });

    const first = (await caseManager.get(`/api/cases/${caseId}/timeline?pageSize=2`)).json();
    expect(first.items.map((e: { kind: string }) => e.kind)).toEqual(['stage_changed', 'handed_over']);
    expect(first.items[0]).toMatchObject({ actor: { id: otherCaseManager.userId, name: 'Jonas Adomaitis' }, params: { from: 'assessment', to: 'intake', reason: 'Trūksta dokumentų' } });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await caseManager.get(`/api/cases/${caseId}/timeline?pageSize=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((e: { kind: string }) => e.kind)).toEqual(['stage_changed', 'opened']);
    expect(second.nextCursor).toBeNull();
    expect((await auditEntries(t.db, 'case.timeline')).filter((e) => e.entity_id === caseId)).toHaveLength(2);
    expect((await caseManager.get(`/api/cases/${caseId}/timeline?cursor=abc`)).statusCode).toBe(400);
  });
});

describe('the demo', () => {
  it('gives the demo case manager a caseload at different stages, with overdue tasks and appointments today', async () => {
    const demo = await testApp();
    try {
      expect(await seedDemo(demo.db)).toBe(true);
      const session = await signIn(demo.app, 'vadybininke@demo.kelias.lt', DEMO_ACCOUNT.password);
      const items = (await session.get('/api/cases')).json().items as { stage: string; id: string; overdueTasks: number }[];
      expect(new Set(items.map((c) => c.stage))).toEqual(new Set(['intake', 'assessment', 'planning', 'in_services', 'placement', 'follow_up']));
      expect(items.reduce((sum, c) => sum + c.overdueTasks, 0)).toBe(2);
      const summary = (await session.get('/api/cases/summary')).json();
      expect(summary).toMatchObject({ overdueTasks: 2 });
      expect(summary.todayAppointments).toHaveLength(2);
      const closed = (await session.get('/api/cases?stage=closed')).json().items;
      expect(closed).toHaveLength(1);
      const shown = (await session.get(`/api/cases/${closed[0].id}`)).json();
      expect(shown).toMatchObject({ outcome: 'employed', esfResults: { employed: true }, facts: { startedPlacements: 2 }, suggestedOutcome: 'employed' });
      for (const c of items) {
        const page = (await session.get(`/api/cases/${c.id}`)).json();
        // The demo never stands where the workflow could not have brought it, as far as this feature's data goes.
        if (['placement', 'follow_up'].includes(page.stage)) expect(page.facts.startedPlacements).toBeGreaterThan(0);
        expect((await session.get(`/api/cases/${c.id}/timeline`)).json().items.length).toBeGreaterThan(0);
      }
      const psychologist = await signIn(demo.app, 'psichologe@demo.kelias.lt', DEMO_ACCOUNT.password);
      expect((await psychologist.get('/api/cases')).json().items.length).toBe(2);
    } finally {
      await demo.close();
    }
  }, 60_000);
});

describe('a closed case', () => {
  it('refuses new assessments, plan changes, services and appointments, but still takes tasks', async () => {
    const { caseId } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, openedOn: daysFromToday(-90) });
    await t.db.updateTable('cases')
      .set({ stage: 'closed', closed_on: daysFromToday(-1), outcome: 'job_searching', outcome_on: daysFromToday(-1) })
      .where('id', '=', caseId).execute();
    const refused = [
      await caseManager.post(`/api/cases/${caseId}/assessments`, { questionnaireKey: 'employability', assessedOn: today() }),
      await caseManager.request('PUT', `/api/cases/${caseId}/plan`, { goals: [{ text: 'Susirasti darbą', steps: [] }], version: 0 }),
      await caseManager.post(`/api/cases/${caseId}/services`, { serviceKey: 'consultation', deliveredOn: today(), durationMinutes: 30, place: 'online' }),
      await caseManager.post('/api/appointments', {
        caseId, place: 'online', startsAt: `${daysFromToday(2)}T08:00:00Z`, endsAt: `${daysFromToday(2)}T09:00:00Z`,
      }),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'CASE.CLOSED' });
    }
    expect(refused[0]!.json().error.message).toContain('Atvejis uždarytas');
    const counts = await t.db.selectNoFrom((eb) => [
      eb.selectFrom('assessments').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('assessments'),
      eb.selectFrom('plans').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('plans'),
      eb.selectFrom('service_deliveries').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('services'),
      eb.selectFrom('appointments').select(eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).as('appointments'),
    ]).executeTakeFirstOrThrow();
    expect(Object.values(counts).map(Number)).toEqual([0, 0, 0, 0]);
    const task = await caseManager.post('/api/tasks', { caseId, title: 'Paskambinti po mėnesio', assigneeId: caseManager.userId, dueOn: daysFromToday(30) });
    expect(task.statusCode, task.body).toBe(201);
  });
});
