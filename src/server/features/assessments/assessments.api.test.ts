import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, makeUser, signIn, type Session, type TestApp, testApp } from '../../../../tests/api.ts';
import type { Answers, Questionnaire } from '../../../contracts/assessments.ts';
import { EMPLOYABILITY_V1 } from './questionnaires/employability.v1.ts';

let t: TestApp;
let kazlu: string;
let caseManager: Session;
let teacher: Session;
let outsider: Session;
let caseId: string;

/** Every question answered as a person with no barriers would, with some answers changed. */
function answersFor(questionnaire: Questionnaire, changes: Answers = {}): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.domains.flatMap((d) => d.questions)) {
    if (question.type === 'scale') answers[question.key] = question.direction === 'higher_is_stronger' ? question.max : question.min;
    else if (question.type === 'yes_no') answers[question.key] = question.direction === 'yes_is_stronger';
    else if (question.type === 'choice') answers[question.key] = [...question.options].sort((a, b) => b.score - a.score)[0]!.value;
    else if (question.type === 'number') answers[question.key] = question.scoring?.direction === 'higher_is_more_need' ? question.min : question.max;
    else answers[question.key] = 'Dirbau virėja 20 metų';
  }
  return { ...answers, ...changes };
}

const WEAK_DIGITAL: Answers = { digital_computer: 1, digital_email: 1, digital_online_services: 1, digital_has_internet: false };
const SENSITIVE_KEYS = EMPLOYABILITY_V1.domains.flatMap((d) => d.questions).filter((q) => q.sensitive).map((q) => q.key);

async function startAssessment(session: Session, id = caseId, assessedOn = '2026-02-01') {
  const response = await session.post(`/api/cases/${id}/assessments`, { questionnaireKey: 'employability', assessedOn });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function completedAssessment(answers: Answers, assessedOn: string, id = caseId) {
  const draft = await startAssessment(caseManager, id, assessedOn);
  const saved = await caseManager.patch(`/api/assessments/${draft.id}`, { answers, version: draft.version });
  expect(saved.statusCode, saved.body).toBe(200);
  const done = await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: saved.json().version });
  expect(done.statusCode, done.body).toBe(200);
  return done.json();
}

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  const utena = await makeOrganisation(t.db, 'Utena');
  const manager = await makeUser(t.db, { firstName: 'Rūta', lastName: 'Žemaitienė', roles: [[kazlu, 'case_manager']] });
  const teacherUser = await makeUser(t.db, { roles: [[kazlu, 'teacher']] });
  caseManager = await signIn(t.app, manager.email);
  teacher = await signIn(t.app, teacherUser.email);
  // A social worker of the same organisation who is not in this case's team, and a case manager elsewhere.
  outsider = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'social_worker'], [utena, 'case_manager']] })).email);
  ({ caseId } = await makeCase(t.db, kazlu, { caseManagerId: manager.id, team: [[teacherUser.id, 'teacher']], openedOn: '2026-01-12' }));
});
afterAll(() => t.close());

describe('questionnaires', () => {
  it('lists the latest version of each, named in the user\'s language, and shows one version whole', async () => {
    const list = await caseManager.get('/api/questionnaires', { 'accept-language': 'en' });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((q: { key: string; version: number; name: string; domains: number }) => [q.key, q.version, q.name, q.domains])).toEqual([
      ['employability', 1, 'Employability assessment', 12],
      ['capability_50plus', 1, 'Capability assessment for people over 50', 8],
    ]);
    const one = await caseManager.get('/api/questionnaires/employability/1');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(JSON.parse(JSON.stringify(EMPLOYABILITY_V1)));
    expect((await caseManager.get('/api/questionnaires/employability/9')).statusCode).toBe(404);
  });

  it('are described in the OpenAPI document with the assessment endpoints', async () => {
    const paths = Object.keys((await t.app.inject('/api/openapi.json')).json().paths);
    for (const path of ['/api/questionnaires', '/api/questionnaires/{key}/{version}', '/api/cases/{id}/assessments', '/api/assessments/{id}', '/api/assessments/{id}/complete']) {
      expect(paths).toContain(path);
    }
  });
});

describe('an assessment', () => {
  it('goes from draft through answers to a completed result, on the timeline and in the audit log', async () => {
    const draft = await startAssessment(caseManager, caseId, '2026-02-01');
    expect(draft).toMatchObject({
      caseId, questionnaireKey: 'employability', questionnaireVersion: 1, status: 'draft', assessedOn: '2026-02-01', answers: {},
      result: null, comparison: null, assessorName: 'Rūta Žemaitienė', participantName: expect.stringMatching(/^Ona /), seesSensitive: true, version: 1,
    });

    // Saved step by step: each save is merged into what is stored.
    const all = answersFor(EMPLOYABILITY_V1, WEAK_DIGITAL);
    const firstHalf = Object.fromEntries(Object.entries(all).slice(0, 20));
    const secondHalf = Object.fromEntries(Object.entries(all).slice(20));
    const step1 = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: firstHalf, version: 1 });
    expect(step1.statusCode, step1.body).toBe(200);
    const step2 = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: secondHalf, version: step1.json().version });
    expect(step2.json()).toMatchObject({ answers: all, version: 3, status: 'draft' });

    const done = await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: 3 });
    expect(done.statusCode, done.body).toBe(200);
    const result = done.json();
    expect(result).toMatchObject({ status: 'completed', version: 4, completedAt: expect.any(String), comparison: null });
    expect(result.result.domains).toHaveLength(12);
    expect(result.result.domains.find((d: { key: string }) => d.key === 'digital_literacy')).toEqual({ key: 'digital_literacy', score: 0, level: 'high_need', answered: 4, scored: 4 });
    expect(result.result.profile).toBe('short_support');
    expect(result.result.services).toEqual([
      { key: 'computer_literacy', names: { lt: 'Kompiuterinio raštingumo mokymai', en: 'Computer literacy' }, because: ['digital_literacy'] },
      { key: 'employability_training', names: { lt: 'Įsidarbinimo gebėjimų mokymai', en: 'Employability training' }, because: ['profile'] },
    ]);

    const list = await caseManager.get(`/api/cases/${caseId}/assessments`);
    expect(list.json()).toMatchObject([{ id: draft.id, status: 'completed', assessedOn: '2026-02-01', profile: 'short_support', questionnaireNames: { lt: 'Įsidarbinimo galimybių vertinimas' } }]);

    const events = await t.db.selectFrom('case_events').select(['kind', 'details']).where('case_id', '=', caseId).orderBy('id').execute();
    expect(events).toEqual([
      { kind: 'assessment_started', details: { assessmentId: draft.id, questionnaireKey: 'employability', questionnaireVersion: 1 } },
      { kind: 'assessment_completed', details: { assessmentId: draft.id, questionnaireKey: 'employability', questionnaireVersion: 1, profile: 'short_support' } },
    ]);
    // What the case workflow counts for "planning needs a completed assessment".
    expect((await caseManager.get(`/api/cases/${caseId}`)).json()).toMatchObject({ facts: { completedAssessments: 1 } });
    expect((await auditEntries(t.db, 'assessment.update')).map((e) => e.details)).toEqual([
      { assessmentId: draft.id, questions: Object.keys(firstHalf) },
      { assessmentId: draft.id, questions: Object.keys(secondHalf) },
    ]);
    expect((await auditEntries(t.db, 'assessment.complete'))).toMatchObject([{ entity_type: 'case', entity_id: caseId, outcome: 'ok', details: { profile: 'short_support' } }]);
    expect((await auditEntries(t.db, 'assessment.list'))).toMatchObject([{ entity_id: caseId, outcome: 'ok' }]);

    // A completed assessment is not changed again.
    const edit = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 1 }, version: 4 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({ code: 'ASSESSMENT.COMPLETED', message: 'Užbaigto vertinimo keisti negalima. Jei padėtis pasikeitė, pradėkite naują vertinimą.' });
    expect((await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: 4 })).json().error.code).toBe('ASSESSMENT.COMPLETED');
  });

  it('refuses an unknown questionnaire and a date in the future or before the case opened', async () => {
    const url = `/api/cases/${caseId}/assessments`;
    const unknown = await caseManager.post(url, { questionnaireKey: 'horoscope', assessedOn: '2026-02-01' });
    expect(unknown.json().error.details.fields).toMatchObject([{ field: 'questionnaireKey', problem: 'choice' }]);
    const future = await caseManager.post(url, { questionnaireKey: 'employability', assessedOn: '2999-01-01' });
    expect(future.json().error.details.fields).toMatchObject([{ field: 'assessedOn', problem: 'date_in_future', message: 'Data negali būti ateityje.' }]);
    const early = await caseManager.post(url, { questionnaireKey: 'employability', assessedOn: '2025-12-31' });
    expect(early.json().error.details.fields).toMatchObject([{ field: 'assessedOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' } }]);
  });

  it('refuses an answer out of range, naming the question, and saves nothing of that request', async () => {
    const draft = await startAssessment(caseManager);
    const response = await caseManager.patch(`/api/assessments/${draft.id}`, {
      answers: { motivation_want_work: 4, digital_email: 9, search_cv: 'perhaps', experience_years: -1, nonsense: 1 }, version: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toEqual([
      { field: 'answers.digital_email', problem: 'too_large', params: { question: '3.2', max: 5 }, message: 'Didžiausia reikšmė: 5.' },
      { field: 'answers.search_cv', problem: 'choice', params: { question: '4.2' }, message: 'Pasirinkite vieną iš siūlomų reikšmių.' },
      { field: 'answers.experience_years', problem: 'too_small', params: { question: '5.1', min: 0 }, message: 'Mažiausia reikšmė: 0.' },
      { field: 'answers.nonsense', problem: 'unknown_field', message: 'Toks laukas nepriimamas.' },
    ]);
    // A string where a number belongs is refused too (no type coercion in bodies).
    const text = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: '4' }, version: 1 });
    expect(text.json().error.details.fields).toMatchObject([{ field: 'answers.motivation_want_work', problem: 'number' }]);
    const stored = (await caseManager.get(`/api/assessments/${draft.id}`)).json();
    expect(stored).toMatchObject({ answers: {}, version: 1 });
  });

  it('cannot be completed while required questions are unanswered: the error lists them', async () => {
    const draft = await startAssessment(caseManager);
    const all = answersFor(EMPLOYABILITY_V1);
    const { digital_email: _a, transport_costs: _b, ...rest } = all;
    for (const key of SENSITIVE_KEYS) delete rest[key];
    const saved = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: rest, version: 1 });
    const response = await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: saved.json().version });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'ASSESSMENT.UNANSWERED',
      message: 'Vertinimo dar negalima užbaigti: neatsakyta į privalomus klausimus 3.2, 8.3.',
      details: {
        missing: ['digital_email', 'transport_costs'],
        fields: [
          { field: 'answers.digital_email', problem: 'unanswered', params: { question: '3.2' }, message: 'Atsakykite į šį klausimą.' },
          { field: 'answers.transport_costs', problem: 'unanswered', params: { question: '8.3' }, message: 'Atsakykite į šį klausimą.' },
        ],
      },
    });
    expect((await caseManager.get(`/api/assessments/${draft.id}`)).json()).toMatchObject({ status: 'draft', result: null });
    // Sensitive questions may be declined: with the two answers it completes without them.
    const more = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: { digital_email: 4, transport_costs: 2 }, version: saved.json().version });
    const done = await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: more.json().version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().result.domains.find((d: { key: string }) => d.key === 'health')).toMatchObject({ score: null, level: null, answered: 0 });
  });

  it('refuses the second of two saves made from the same version, keeping the first', async () => {
    const draft = await startAssessment(caseManager);
    const first = await caseManager.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 5 }, version: 1 });
    expect(first.statusCode).toBe(200);
    const second = await teacher.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 2, motivation_start_soon: 3 }, version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    expect((await caseManager.get(`/api/assessments/${draft.id}`)).json()).toMatchObject({ answers: { motivation_want_work: 5 }, version: 2 });
    const late = await caseManager.post(`/api/assessments/${draft.id}/complete`, { version: 1 });
    expect(late.json().error.code).toBe('RECORD.CHANGED');
  });
});

describe('who sees an assessment', () => {
  it('answers 404 to someone outside the case team, and audits the attempt', async () => {
    const draft = await startAssessment(caseManager);
    for (const response of [
      await outsider.get(`/api/assessments/${draft.id}`),
      await outsider.get(`/api/cases/${caseId}/assessments`),
      await outsider.post(`/api/cases/${caseId}/assessments`, { questionnaireKey: 'employability', assessedOn: '2026-02-01' }),
      await outsider.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 1 }, version: 1 }),
      await outsider.post(`/api/assessments/${draft.id}/complete`, { version: 1 }),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('RESOURCE.NOT_FOUND');
    }
    expect((await auditEntries(t.db, 'assessment.view')).filter((e) => e.outcome === 'denied')).toMatchObject([{ entity_type: 'case', entity_id: caseId, actor_id: outsider.userId }]);
    for (const action of ['assessment.list', 'assessment.create', 'assessment.update', 'assessment.complete']) {
      expect((await auditEntries(t.db, action)).filter((e) => e.outcome === 'denied')).toHaveLength(1);
    }
    expect((await caseManager.get(`/api/assessments/${draft.id}`)).json()).toMatchObject({ answers: {}, version: 1 });
    expect((await caseManager.get('/api/assessments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('masks health and debt answers from team members without the right to special-category data, but shows the scores', async () => {
    const done = await completedAssessment(answersFor(EMPLOYABILITY_V1, { health_limits_work: 4, debts_unpaid: true }), '2026-02-02');
    const seen = (await caseManager.get(`/api/assessments/${done.id}`)).json();
    expect(seen).toMatchObject({ seesSensitive: true, maskedQuestions: [], answers: { health_limits_work: 4, debts_unpaid: true } });

    const masked = (await teacher.get(`/api/assessments/${done.id}`)).json();
    expect(masked.seesSensitive).toBe(false);
    expect(masked.maskedQuestions).toEqual(SENSITIVE_KEYS);
    for (const key of SENSITIVE_KEYS) expect(masked.answers).not.toHaveProperty(key);
    expect(masked.answers.motivation_want_work).toBe(5);
    expect(masked.result.domains.find((d: { key: string }) => d.key === 'health')).toMatchObject({ score: 81 });
    expect((await auditEntries(t.db, 'assessment.view')).slice(-2).map((e) => e.details)).toEqual([
      { assessmentId: done.id, sensitiveShown: true },
      { assessmentId: done.id, sensitiveShown: false },
    ]);

    // Nor may they answer them: the question is named, nothing saved.
    const draft = await startAssessment(teacher);
    const refused = await teacher.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 4, health_limits_work: 1 }, version: 1 });
    expect(refused.json().error.details.fields).toMatchObject([{ field: 'answers.health_limits_work', problem: 'sensitive_answer', params: { question: '6.1' } }]);
    const allowed = await teacher.patch(`/api/assessments/${draft.id}`, { answers: { motivation_want_work: 4 }, version: 1 });
    expect(allowed.statusCode).toBe(200);
  });
});

describe('a repeat assessment', () => {
  it('shows what changed since the previous one in the same case, or in the person\'s earlier case', async () => {
    const { caseId: laterCase, participantId: person } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId, openedOn: '2026-01-05' });
    const first = await completedAssessment(answersFor(EMPLOYABILITY_V1, { ...WEAK_DIGITAL, transport_reach_work: 1 }), '2026-01-10', laterCase);
    const second = await completedAssessment(answersFor(EMPLOYABILITY_V1, { digital_computer: 4, digital_email: 4, digital_online_services: 3, digital_has_internet: true, transport_reach_work: 1, social_support: 1 }), '2026-06-10', laterCase);
    expect(second.comparison).toMatchObject({ previousId: first.id, previousAssessedOn: '2026-01-10', previousQuestionnaireVersion: 1, sameCase: true, profileBefore: 'short_support' });
    const byKey = Object.fromEntries(second.comparison.domains.map((d: { key: string }) => [d.key, d]));
    expect(byKey.digital_literacy).toEqual({ key: 'digital_literacy', names: { lt: 'Kompiuterinis raštingumas', en: 'Digital literacy' }, before: 0, after: 75, change: 75, trend: 'better' });
    expect(byKey.social_network).toMatchObject({ before: 100, after: 67, change: -33, trend: 'worse' });
    expect(byKey.transport).toMatchObject({ before: 67, after: 67, change: 0, trend: 'same' });
    expect(second.result.services.map((s: { key: string }) => s.key)).not.toContain('computer_literacy');
    // The first one has nothing before it.
    expect((await caseManager.get(`/api/assessments/${first.id}`)).json().comparison).toBeNull();

    // The same person enrolled again later: the new case compares with the old case's latest.
    const programme = await t.db.insertInto('programmes').values({ organisation_id: kazlu, name_lt: 'Antra programa', sort_key: 'antra programa', capacity: 10 }).returning('id').executeTakeFirstOrThrow();
    const enrolment = await t.db.insertInto('enrolments').values({ programme_id: programme.id, participant_id: person, status: 'enrolled', enrolled_on: '2026-07-01' }).returning('id').executeTakeFirstOrThrow();
    const newCase = await t.db.insertInto('cases').values({
      organisation_id: kazlu, programme_id: programme.id, participant_id: person, enrolment_id: enrolment.id, opened_on: '2026-07-01', case_manager_id: caseManager.userId,
    }).returning('id').executeTakeFirstOrThrow();
    const third = await completedAssessment(answersFor(EMPLOYABILITY_V1), '2026-07-02', newCase.id);
    expect(third.comparison).toMatchObject({ previousId: second.id, sameCase: false });
  });
});
