import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, signIn, testApp, type Session, type TestApp, today, staffSignIn } from '../../../../tests/api.ts';
import { pdfText } from '../../../../tests/pdf-text.ts';
import { DEMO_ACCOUNT } from '../../demo/demo-account.ts';
import { seedDemo } from '../../demo/seed.ts';

// The individual action plan through its API: saving revisions, the concurrency case,
// what a step may name, the person's agreement with its signed copy, who may read and
// change the plan, and the printed plan.

let t: TestApp;
let kazlu: string;
let utena: string;
let caseManager: Session;
let programmeManager: Session;
let jobCoach: Session;
let teacher: Session;
let psychologistOutsideTeam: Session;
let outsider: Session;
let caseId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const tomorrow = () => {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  caseManager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  programmeManager = await user('Vytautas', 'Kazlauskas', [[kazlu, 'programme_manager']]);
  jobCoach = await user('Jonas', 'Petraitis', [[kazlu, 'job_coach']]);
  teacher = await user('Daiva', 'Šimkienė', [[kazlu, 'teacher']]);
  psychologistOutsideTeam = await user('Eglė', 'Šimkutė', [[kazlu, 'psychologist']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
  ({ caseId } = await makeCase(t.db, kazlu, {
    caseManagerId: caseManager.userId, team: [[jobCoach.userId, 'job_coach'], [teacher.userId, 'teacher']], firstName: 'Ona', lastName: 'Žemaitytė',
  }));
});
afterAll(() => t.close());

const planUrl = (id = caseId) => `/api/cases/${id}/plan`;
const put = (session: Session, body: unknown, id = caseId) => session.request('PUT', planUrl(id), body);
const step = (values: Record<string, unknown> = {}) => ({
  text: 'Lankyti kompiuterinio raštingumo mokymus', serviceKey: 'computer_literacy', responsibleUserId: jobCoach.userId, dueOn: '2026-12-01', status: 'planned', ...values,
});
/** The goals of a plan as read, to send back: names are the server's to add. */
const inputOf = (goals: { steps: Record<string, unknown>[] }[]) => goals.map((g) => ({ ...g, steps: g.steps.map(({ responsibleName: _name, ...s }) => s) }));
const firstGoals = () => [{ text: 'Įgyti skaitmeninių įgūdžių', steps: [step()] }];
const events = async (id: string) =>
  (await t.db.selectFrom('case_events').select(['kind', 'details']).where('case_id', '=', id).orderBy('id').execute()).map((e) => [e.kind, e.details]);

describe('saving the plan', () => {
  it('saves the first version (version 0 the first time), giving goals and steps ids', async () => {
    const empty = await caseManager.get(planUrl());
    expect(empty.json()).toMatchObject({ caseId, goals: [], version: 0, agreedOn: null, revisions: 0, printLanguage: 'lt' });
    expect(empty.json().team.map((m: { name: string }) => m.name)).toEqual(['Jonas Petraitis', 'Daiva Šimkienė', 'Rūta Žemaitienė']);

    const response = await put(caseManager, { goals: firstGoals(), version: 0, note: 'Pirmasis planas' });
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan).toMatchObject({
      version: 1, revisions: 1, agreedOn: null, updatedByName: 'Rūta Žemaitienė',
      goals: [{ text: 'Įgyti skaitmeninių įgūdžių', steps: [{ ...step(), responsibleName: 'Jonas Petraitis' }] }],
    });
    expect(plan.goals[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(plan.goals[0].steps[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await events(caseId)).toEqual([['plan_saved', { version: 1 }]]);
    expect((await auditEntries(t.db, 'plan.save')).map((e) => e.details)).toEqual([{ version: 1, goals: 1, steps: 1, agreementCleared: false }]);
  });

  it('refuses a save based on an old version with 409 and the current version, keeping the first save intact', async () => {
    const first = (await caseManager.get(planUrl())).json();
    const second = await put(programmeManager, { goals: [...inputOf(first.goals), { text: 'Susirasti darbą netoli namų', steps: [] }], version: 1, note: 'Pridėtas tikslas' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ version: 2, revisions: 2, updatedByName: 'Vytautas Kazlauskas' });

    const stale = await put(caseManager, { goals: [{ text: 'Kitas tikslas', steps: [] }], version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    const firstSave = await put(caseManager, { goals: [{ text: 'Dar kitas', steps: [] }], version: 0 });
    expect(firstSave.statusCode).toBe(409);

    const now = (await caseManager.get(planUrl())).json();
    expect(now.goals.map((g: { text: string }) => g.text)).toEqual(['Įgyti skaitmeninių įgūdžių', 'Susirasti darbą netoli namų']);
    const revisions = (await caseManager.get(`${planUrl()}/revisions`)).json();
    expect(revisions).toMatchObject([
      { version: 2, savedByName: 'Vytautas Kazlauskas', note: 'Pridėtas tikslas', goals: 2, steps: 1 },
      { version: 1, savedByName: 'Rūta Žemaitienė', note: 'Pirmasis planas', goals: 1, steps: 1 },
    ]);
    const revision1 = (await caseManager.get(`${planUrl()}/revisions/1`)).json();
    expect(revision1).toMatchObject({ version: 1, goals: [{ id: first.goals[0].id, text: 'Įgyti skaitmeninių įgūdžių', steps: [{ responsibleName: 'Jonas Petraitis' }] }] });
    expect((await caseManager.get(`${planUrl()}/revisions/9`)).statusCode).toBe(404);
  });

  it('refuses a responsible user outside the case team and an unknown or withdrawn service, naming the field; nothing saved', async () => {
    await t.db.updateTable('service_types').set({ is_active: false }).where('key', '=', 'flexible_work').execute();
    const response = await put(caseManager, {
      goals: [{ text: 'Tikslas', steps: [step({ responsibleUserId: psychologistOutsideTeam.userId }), step({ serviceKey: 'astrology' }), step({ serviceKey: 'flexible_work', dueOn: '2025-12-31' })] }],
      version: 2,
    }, caseId);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toEqual([
      { field: 'goals.0.steps.0.responsibleUserId', problem: 'not_case_team', message: 'Šis naudotojas nėra atvejo komandos narys.' },
      { field: 'goals.0.steps.1.serviceKey', problem: 'unknown_service', message: 'Tokios paslaugos kataloge nėra arba ji nebeteikiama.' },
      { field: 'goals.0.steps.2.serviceKey', problem: 'unknown_service', message: 'Tokios paslaugos kataloge nėra arba ji nebeteikiama.' },
      { field: 'goals.0.steps.2.dueOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' }, message: 'Data negali būti ankstesnė už atvejo pradžią (2026-01-12).' },
    ]);
    const blank = await put(caseManager, { goals: [{ text: '  ', steps: [step({ text: '', dueOn: '2026-02-30' })] }], version: 2 });
    expect(blank.json().error.details.fields.map((f: { field: string; problem: string }) => [f.field, f.problem])).toEqual([
      ['goals.0.text', 'blank'], ['goals.0.steps.0.text', 'required'], ['goals.0.steps.0.dueOn', 'date'],
    ]);
    expect((await caseManager.get(planUrl())).json()).toMatchObject({ version: 2, revisions: 2 });
  });

  it('lets only the case manager, programme manager or administrator change it; the team reads it', async () => {
    const plan = (await jobCoach.get(planUrl())).json();
    expect(plan.version).toBe(2);
    const refused = await put(jobCoach, { goals: [], version: 2 });
    expect(refused.statusCode).toBe(403);
  });

  it('answers 404 to a user who may not see the case, and audits the attempt', async () => {
    for (const session of [psychologistOutsideTeam, outsider]) {
      expect((await session.get(planUrl())).statusCode).toBe(404);
      expect((await put(session, { goals: [], version: 2 })).statusCode).toBe(404);
      expect((await session.get(`${planUrl()}.pdf`)).statusCode).toBe(404);
    }
    const denied = (await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('outcome', '=', 'denied').where('entity_id', '=', caseId).execute());
    expect(denied.filter((e) => e.actor_id === outsider.userId).map((e) => e.action)).toEqual(['plan.view', 'plan.save', 'plan.print']);
    expect(denied.filter((e) => e.actor_id === psychologistOutsideTeam.userId)).toHaveLength(3);
    expect((await auditEntries(t.db, 'plan.view')).filter((e) => e.outcome === 'ok').length).toBeGreaterThan(0);
  });
});

describe('the person\'s agreement', () => {
  it('is refused in the future, before the case opened, on a stale version, or with no goals', async () => {
    const future = await caseManager.post(`${planUrl()}/agreement`, { agreedOn: tomorrow(), version: 2 });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.fields).toMatchObject([{ field: 'agreedOn', problem: 'date_in_future' }]);
    const early = await caseManager.post(`${planUrl()}/agreement`, { agreedOn: '2026-01-05', version: 2 });
    expect(early.json().error.details.fields).toMatchObject([{ field: 'agreedOn', problem: 'before_case_opened' }]);
    expect((await caseManager.post(`${planUrl()}/agreement`, { agreedOn: '2026-02-03', version: 1 })).statusCode).toBe(409);
    const { caseId: emptyCase } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId });
    const none = await caseManager.post(`${planUrl(emptyCase)}/agreement`, { agreedOn: '2026-02-03', version: 1 });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('PLAN.NO_GOALS');
    expect((await caseManager.get(planUrl())).json()).toMatchObject({ version: 2, agreedOn: null });
  });

  it('is recorded with the signed copy, which those who may read the case can download', async () => {
    const response = await caseManager.post(`${planUrl()}/agreement`, {
      agreedOn: '2026-02-03', version: 2,
      document: { fileName: 'Planas – Žemaitytė.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
    });
    expect(response.statusCode).toBe(200);
    const plan = response.json();
    expect(plan).toMatchObject({ version: 3, revisions: 3, agreedOn: '2026-02-03', agreementDocument: { fileName: 'Planas – Žemaitytė.pdf' } });
    expect((await events(caseId)).at(-1)).toEqual(['plan_agreed', { version: 3, agreedOn: '2026-02-03', documentId: plan.agreementDocument.id }]);
    expect(await t.db.selectFrom('plans').select(['agreed_on']).where('case_id', '=', caseId).executeTakeFirstOrThrow()).toEqual({ agreed_on: '2026-02-03' });

    // A teacher in the team reads cases but not the registry: the plan's copy is theirs to read all the same.
    const file = await teacher.get(`/api/attachments/${plan.agreementDocument.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect((await psychologistOutsideTeam.get(`/api/attachments/${plan.agreementDocument.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/attachments/${plan.agreementDocument.id}`)).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'attachment.download')).map((e) => e.outcome)).toEqual(['ok', 'denied', 'denied']);
  });

  it('refuses a signed copy that is not really a PDF', async () => {
    const fake = await caseManager.post(`${planUrl()}/agreement`, {
      agreedOn: '2026-02-03', version: 3, document: { fileName: 'x.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('MZ executable').toString('base64') },
    });
    expect(fake.json().error.details.fields).toMatchObject([{ field: 'document.contentType', problem: 'file_type' }]);
  });

  it('still covers the plan when steps progress, and lapses when the plan changes', async () => {
    const plan = (await caseManager.get(planUrl())).json();
    const progressed = inputOf(plan.goals).map((g) => ({ ...g, steps: g.steps.map((s) => ({ ...s, status: 'in_progress' })) }));
    const kept = await put(caseManager, { goals: progressed, version: 3 });
    expect(kept.json()).toMatchObject({ version: 4, agreedOn: '2026-02-03', agreementDocument: { fileName: 'Planas – Žemaitytė.pdf' } });

    const changed = structuredClone(progressed);
    (changed[0]!.steps[0] as Record<string, unknown>).dueOn = '2027-01-15';
    const lapsed = await put(caseManager, { goals: changed, version: 4, note: 'Mokymai nukelti' });
    expect(lapsed.json()).toMatchObject({ version: 5, agreedOn: null, agreementDocument: null });
    expect((await events(caseId)).slice(-3)).toEqual([['plan_saved', { version: 4 }], ['plan_saved', { version: 5 }], ['plan_needs_agreement', { version: 5, agreedOn: '2026-02-03' }]]);
    // The agreed revision keeps its agreement.
    expect((await caseManager.get(`${planUrl()}/revisions/3`)).json()).toMatchObject({ agreedOn: '2026-02-03', agreementDocument: { fileName: 'Planas – Žemaitytė.pdf' } });
  });
});

describe('the printed plan', () => {
  it('is a PDF in Lithuanian with the person\'s name, goals, steps and long dates, and the read is audited', async () => {
    const response = await teacher.get(`${planUrl()}.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('inline;');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(response.rawPayload).join('\n');
    expect(text).toContain('Individualus veiklos planas');
    expect(text).toContain('Ona Žemaitytė');
    expect(text).toMatch(/Gimimo data:\s*1968 m\. balandžio 2 d\./);
    expect(text).toContain('Įgyti skaitmeninių įgūdžių');
    expect(text).toContain('Susirasti darbą netoli namų');
    expect(text).toMatch(/Paslauga: Kompiuterinio raštingumo mokymai · Atsakingas \(-a\): Jonas Petraitis · Terminas:\s*2027 m\. sausio 15 d\./);
    expect(text).toMatch(/Atvejo vadybininkas \(-ė\):\s*Rūta Žemaitienė/);
    expect(text).toContain('Puslapis 1 iš 1');
    expect((await auditEntries(t.db, 'plan.print')).filter((e) => e.outcome === 'ok').map((e) => [e.actor_id, e.details])).toEqual([[teacher.userId, { version: 5, language: 'lt' }]]);
  });

  it('comes in English when asked, or when it is the person\'s first printable language', async () => {
    const english = pdfText((await caseManager.get(`${planUrl()}.pdf?language=en`)).rawPayload).join('\n');
    expect(english).toContain('Individual action plan');
    expect(english).toMatch(/Due:\s*15 January 2027/);
    await t.db.updateTable('participants').set({ languages: ['uk', 'en'] })
      .where('id', '=', (await t.db.selectFrom('cases').select('participant_id').where('id', '=', caseId).executeTakeFirstOrThrow()).participant_id).execute();
    expect((await caseManager.get(planUrl())).json().printLanguage).toBe('en');
    expect(pdfText((await caseManager.get(`${planUrl()}.pdf`)).rawPayload).join('\n')).toContain('Individual action plan');
    expect((await caseManager.get(`${planUrl()}.pdf?language=de`)).statusCode).toBe(400);
  });

  it('is refused while the plan has no goals', async () => {
    const { caseId: emptyCase } = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId });
    const response = await caseManager.get(`${planUrl(emptyCase)}.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('PLAN.NO_GOALS');
  });
});

describe('the demo', () => {
  it('gives every case past planning the plan the person agreed to, and the case at planning none yet', async () => {
    const demo = await testApp();
    try {
      await seedDemo(demo.db);
      const session = await signIn(demo.app, 'vadybininke@demo.kelias.lt', DEMO_ACCOUNT.password);
      const items = (await session.get('/api/cases?stage=closed')).json().items.concat((await session.get('/api/cases')).json().items) as { id: string; stage: string }[];
      for (const c of items) {
        const plan = (await session.get(`/api/cases/${c.id}/plan`)).json();
        const past = ['in_services', 'placement', 'follow_up', 'closed'].includes(c.stage);
        expect([c.stage, plan.agreedOn !== null, plan.goals.length > 0]).toEqual([c.stage, past, past]);
        if (past) expect((await session.get(`/api/cases/${c.id}`)).json().facts.planAgreed).toBe(true);
      }
    } finally {
      await demo.close();
    }
  }, 60_000);
});
