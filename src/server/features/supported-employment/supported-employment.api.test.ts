import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditEntries, daysFromToday, makeCase, makeOrganisation, makeUser, signIn, staffSignIn, testApp, today, type Session, type TestApp,
} from '../../../../tests/api.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// The supported-employment process through its API: starting it with a job coach (who
// joins the team), the engagement record with a signed copy, every stage move and refusal
// with its message, going back with a reason, concurrent moves, the vocational profile's
// validation and prefixes, job analyses, access and the audit.

let t: TestApp;
let kazlu: string;
let utena: string;
let caseManager: Session;
let coach: Session;
let coachId: string;
let otherCoachId: string;
let teamlessWorker: Session;
let outsider: Session;
let employerId: string;
let otherOrgEmployerId: string;

const PDF = Buffer.from('%PDF-1.4\n% susitarimas\n').toString('base64');

async function employer(organisationId: string, name: string) {
  const { id } = await t.db.insertInto('employers').values({
    organisation_id: organisationId, name, sort_key: lithuanianSortKey(name), search_key: searchKey(name),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function contact(caseId: string, organisationId = kazlu, employer = employerId) {
  await t.db.insertInto('employer_contacts').values({
    organisation_id: organisationId, employer_id: employer, contacted_on: daysFromToday(-3), kind: 'visit', staff_id: coachId, case_id: caseId,
  }).execute();
}

async function placement(caseId: string, participantId: string, startsOn: string) {
  const { id } = await t.db.insertInto('placements').values({
    organisation_id: kazlu, case_id: caseId, participant_id: participantId, employer_id: employerId, kind: 'trial_practice',
    isco_code: '9112', job_title: 'Valytoja', starts_on: startsOn, hours_per_week: 20,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  caseManager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  coach = await user('Inga', 'Kuprytė', [[kazlu, 'job_coach']]);
  coachId = coach.userId;
  otherCoachId = (await makeUser(t.db, { firstName: 'Nerijus', lastName: 'Arnoldas', roles: [[kazlu, 'job_coach']] })).id;
  teamlessWorker = await user('Lina', 'Petraitė', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
  employerId = await employer(kazlu, 'UAB Kazlų baldai');
  otherOrgEmployerId = await employer(utena, 'UAB Utenos trikotažas');
});
afterAll(() => t.close());

const newCase = () => makeCase(t.db, kazlu, { caseManagerId: caseManager.userId });
const started = async () => {
  const made = await newCase();
  const response = await caseManager.post(`/api/cases/${made.caseId}/supported-employment`, { startedOn: daysFromToday(-30), coachId });
  expect(response.statusCode, response.body).toBe(201);
  return { ...made, page: response.json() };
};
const profile = (extra: Record<string, unknown> = {}) => ({
  interests: 'Darbas su medžiu', strengths: 'Kruopšti', supportNeeds: 'Aiškūs nurodymai', skills: ['Šlifavimas'], targetIsco: ['7212'], experienceIsco: [],
  hours: ['part_time'], maxCommuteKm: 20, hasDrivingLicence: false, ownTransport: false, adaptationsNeeded: ['quiet_workplace'], version: 0, ...extra,
});
const events = (caseId: string) => t.db.selectFrom('case_events').select(['kind', 'details']).where('case_id', '=', caseId).orderBy('id').execute();

describe('starting the process', () => {
  it('starts at engagement with a job coach, who joins the case team and can then read it', async () => {
    const { caseId } = await newCase();
    expect((await coach.get(`/api/cases/${caseId}/supported-employment`)).statusCode).toBe(404);
    const response = await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: today(), coachId });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      caseId, started: true, caseClosed: false, jobMediationConsent: false,
      process: { stage: 'engagement', coach: { id: coachId, name: 'Inga Kuprytė' }, startedOn: today(), disclosure: 'not_decided', nextStage: null,
        waitingFor: { stage: 'vocational_profile', condition: 'informed_choice_and_agreement' }, version: 1 },
      jobFinding: { employerContacts: 0, firstContactOn: null }, placements: { count: 0, latest: null }, vocationalProfile: null, jobAnalyses: [],
    });
    const team = await t.db.selectFrom('case_members').select(['user_id', 'role']).where('case_id', '=', caseId).execute();
    expect(team).toContainEqual({ user_id: coachId, role: 'job_coach' });
    expect((await coach.get(`/api/cases/${caseId}/supported-employment`)).statusCode).toBe(200);
    expect(await events(caseId)).toContainEqual({ kind: 'supported_employment_started', details: { startedOn: today(), coachId, coachName: 'Inga Kuprytė', addedToTeam: true } });
    expect((await auditEntries(t.db, 'supported_employment.start')).map((e) => e.entity_id)).toContain(caseId);
  });

  it('is not started yet: the page says so', async () => {
    const { caseId, participantId } = await newCase();
    const page = (await caseManager.get(`/api/cases/${caseId}/supported-employment`)).json();
    expect(page).toMatchObject({ started: false, process: null, participant: { id: participantId } });
  });

  it('one process per case', async () => {
    const { caseId } = await started();
    const again = await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: today(), coachId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SUPPORTED_EMPLOYMENT.ALREADY_STARTED');
  });

  it('the coach must be a job coach of the organisation; the date not in the future nor before the case', async () => {
    const { caseId } = await newCase();
    const response = await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: daysFromToday(1), coachId: teamlessWorker.userId });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`))
      .toEqual(['startedOn:date_in_future', 'coachId:not_job_coach']);
    expect((await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: '2025-01-01', coachId })).json().error.details.fields[0].problem).toBe('before_case_opened');
  });

  it('a closed case refuses it', async () => {
    const { caseId } = await newCase();
    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: today(), outcome: 'job_searching', outcome_on: today() }).where('id', '=', caseId).execute();
    const response = await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: today(), coachId });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('CASE.CLOSED');
  });

  it('a specialist outside the team gets 404, and the attempt is audited; another organisation too', async () => {
    const { caseId } = await started();
    for (const session of [teamlessWorker, outsider]) {
      expect((await session.get(`/api/cases/${caseId}/supported-employment`)).statusCode).toBe(404);
      expect((await session.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 1 })).statusCode).toBe(404);
      expect((await session.get(`/api/cases/${caseId}/vocational-profile`)).statusCode).toBe(404);
    }
    const denied = (await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', caseId).where('outcome', '=', 'denied').execute());
    expect(denied.map((e) => e.actor_id)).toEqual(expect.arrayContaining([teamlessWorker.userId, outsider.userId]));
  });

  it('lists the job coaches of the case organisation', async () => {
    const { caseId } = await newCase();
    const coaches = (await caseManager.get(`/api/cases/${caseId}/supported-employment/coaches`)).json();
    expect(coaches.map((c: { name: string }) => c.name)).toEqual(['Nerijus Arnoldas', 'Inga Kuprytė']);
  });
});

describe('the stage flow', () => {
  it('goes through all five stages, each refused with its message until its record exists', async () => {
    const { caseId, participantId } = await started();
    const move = (to: string, version: number, extra: Record<string, unknown> = {}, session = coach) =>
      session.post(`/api/cases/${caseId}/supported-employment/stage`, { to, version, ...extra });

    let refused = await move('vocational_profile', 1);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'SUPPORTED_EMPLOYMENT.TRANSITION_NOT_ALLOWED',
      message: 'Pereiti į remiamo įdarbinimo etapą „profesinis profilis“ negalima: neįrašyta asmens informuoto pasirinkimo ir susitarimo data.',
      details: { problem: 'condition_missing', condition: 'informed_choice_and_agreement', to: 'vocational_profile' },
    });
    const english = await move('vocational_profile', 1, {}, coach);
    expect(english.json().error.code).toBe('SUPPORTED_EMPLOYMENT.TRANSITION_NOT_ALLOWED');
    const en = await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 1 }, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('Cannot move to the supported-employment stage vocational profile: the person\'s informed choice and agreement are not recorded.');

    // Engagement: informed choice, then the agreement with its signed copy.
    let page = (await coach.patch(`/api/cases/${caseId}/supported-employment`, { informedChoiceOn: daysFromToday(-20), disclosure: 'partial', disclosureNote: 'Tik apie klausą', version: 1 })).json();
    expect(page.process).toMatchObject({ informedChoiceOn: daysFromToday(-20), agreementOn: null, disclosure: 'partial', version: 2 });
    const agreed = await coach.patch(`/api/cases/${caseId}/supported-employment`, {
      agreementOn: daysFromToday(-19), agreementDocument: { fileName: 'susitarimas.pdf', contentType: 'application/pdf', contentBase64: PDF }, version: 2,
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    page = agreed.json();
    expect(page.process.agreementDocumentId).toEqual(expect.any(String));
    expect(page.process.nextStage).toBe('vocational_profile');
    expect((await coach.get(`/api/attachments/${page.process.agreementDocumentId}`)).statusCode).toBe(200);

    expect((await move('job_finding', 3)).json().error.details.problem).toBe('skips_stages');
    expect((await move('vocational_profile', 3)).statusCode).toBe(200);

    refused = await move('job_finding', 4);
    expect(refused.json().error.message).toBe('Pereiti į remiamo įdarbinimo etapą „darbo paieška“ negalima: profesiniame profilyje nenurodytas nė vienas siekiamas darbas.');
    expect((await coach.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile({ targetIsco: [] }))).statusCode).toBe(200);
    expect((await move('job_finding', 4)).json().error.details.condition).toBe('target_job');
    expect((await coach.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile({ version: 1 }))).statusCode).toBe(200);
    expect((await move('job_finding', 4)).statusCode).toBe(200);

    refused = await move('employer_engagement', 5);
    expect(refused.json().error.message).toBe('Pereiti į remiamo įdarbinimo etapą „darbas su darbdaviu“ negalima: darbo paieškos žurnale nėra nė vieno kontakto su darbdaviu.');
    const { caseId: otherCase } = await newCase();
    await contact(otherCase);
    expect((await move('employer_engagement', 5)).json().error.details.condition).toBe('employer_contact');
    await contact(caseId);
    page = (await move('employer_engagement', 5)).json();
    expect(page).toMatchObject({ process: { stage: 'employer_engagement' }, jobFinding: { employerContacts: 1, firstContactOn: daysFromToday(-3) } });

    refused = await move('job_support', 6);
    expect(refused.json().error.message).toBe('Pereiti į remiamo įdarbinimo etapą „pagalba darbe“ negalima: nėra prasidėjusio įdarbinimo.');
    const future = await placement(caseId, participantId, daysFromToday(5));
    expect((await move('job_support', 6)).json().error.details.condition).toBe('placement_started');
    const begun = await placement(caseId, participantId, today());
    page = (await move('job_support', 6)).json();
    expect(page.process).toMatchObject({ stage: 'job_support', nextStage: null, waitingFor: null, version: 7 });
    expect(page.placements).toMatchObject({ count: 2, latest: { id: future, kind: 'trial_practice', employerName: 'UAB Kazlų baldai' } });
    expect(begun).toEqual(expect.any(String));

    const kinds = (await events(caseId)).filter((e) => e.kind === 'supported_employment_stage_changed').map((e) => e.details);
    expect(kinds).toEqual([
      { from: 'engagement', to: 'vocational_profile', direction: 'forward' },
      { from: 'vocational_profile', to: 'job_finding', direction: 'forward' },
      { from: 'job_finding', to: 'employer_engagement', direction: 'forward' },
      { from: 'employer_engagement', to: 'job_support', direction: 'forward' },
    ]);
    expect((await auditEntries(t.db, 'supported_employment.stage')).filter((e) => e.entity_id === caseId)).toHaveLength(4);
  });

  it('goes back to an earlier stage only with a reason', async () => {
    const { caseId } = await started();
    await coach.patch(`/api/cases/${caseId}/supported-employment`, { informedChoiceOn: daysFromToday(-2), agreementOn: daysFromToday(-1), version: 1 });
    await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 2 });
    const refused = await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'engagement', reason: '  ', version: 3 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      message: 'Pereiti į remiamo įdarbinimo etapą „įsitraukimas“ negalima: grįžtant į ankstesnį etapą reikia nurodyti priežastį.',
      details: { problem: 'reason_required', fields: [{ field: 'reason', problem: 'required' }] },
    });
    const back = await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'engagement', reason: 'Asmuo nori dar pagalvoti', version: 3 });
    expect(back.json().process.stage).toBe('engagement');
    expect((await events(caseId)).at(-1)).toEqual({
      kind: 'supported_employment_stage_changed', details: { from: 'vocational_profile', to: 'engagement', direction: 'back', reason: 'Asmuo nori dar pagalvoti' },
    });
    expect((await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'engagement', reason: 'x', version: 4 })).json().error.details.problem).toBe('same_stage');
  });

  it('of two concurrent moves one wins, the other is told the record changed', async () => {
    const { caseId } = await started();
    await coach.patch(`/api/cases/${caseId}/supported-employment`, { informedChoiceOn: daysFromToday(-2), agreementOn: daysFromToday(-2), version: 1 });
    const [a, b] = await Promise.all([
      coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 2 }),
      caseManager.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 2 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('RECORD.CHANGED');
    expect((await events(caseId)).filter((e) => e.kind === 'supported_employment_stage_changed')).toHaveLength(1);
  });

  it('moves need the process started; an ended process does not move until taken up again', async () => {
    const { caseId } = await newCase();
    expect((await coach.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 1 })).statusCode).toBe(404);
    expect((await caseManager.post(`/api/cases/${caseId}/supported-employment/stage`, { to: 'vocational_profile', version: 1 })).json().error.code)
      .toBe('SUPPORTED_EMPLOYMENT.NOT_STARTED');

    const { caseId: other } = await started();
    const noReason = await coach.patch(`/api/cases/${other}/supported-employment`, { endedOn: today(), version: 1 });
    expect(noReason.json().error.details.fields).toEqual([expect.objectContaining({ field: 'endReason', problem: 'reason_required' })]);
    const ended = (await coach.patch(`/api/cases/${other}/supported-employment`, { endedOn: today(), endReason: 'Persikėlė gyventi kitur', version: 1 })).json();
    expect(ended.process).toMatchObject({ endedOn: today(), endReason: 'Persikėlė gyventi kitur', nextStage: null, waitingFor: null });
    expect((await coach.post(`/api/cases/${other}/supported-employment/stage`, { to: 'vocational_profile', version: 2 })).json().error.code).toBe('SUPPORTED_EMPLOYMENT.ENDED');
    const resumed = (await coach.patch(`/api/cases/${other}/supported-employment`, { endedOn: null, version: 2 })).json();
    expect(resumed.process).toMatchObject({ endedOn: null, endReason: '' });
    expect((await events(other)).map((e) => e.kind)).toEqual(expect.arrayContaining(['supported_employment_ended', 'supported_employment_resumed']));
  });
});

describe('the engagement record', () => {
  it('an agreement needs the informed choice and is not before it; a signed copy needs the agreement', async () => {
    const { caseId } = await started();
    const fields = async (body: Record<string, unknown>) =>
      (await coach.patch(`/api/cases/${caseId}/supported-employment`, { version: 1, ...body })).json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`);
    expect(await fields({ agreementOn: today() })).toEqual(['informedChoiceOn:required']);
    expect(await fields({ informedChoiceOn: today(), agreementOn: daysFromToday(-1) })).toEqual(['agreementOn:before_informed_choice']);
    expect(await fields({ informedChoiceOn: today(), agreementDocument: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: PDF } })).toEqual(['agreementOn:required']);
    expect(await fields({ informedChoiceOn: daysFromToday(1) })).toEqual(['informedChoiceOn:date_in_future']);
    const notPdf = await coach.patch(`/api/cases/${caseId}/supported-employment`, {
      informedChoiceOn: today(), agreementOn: today(), agreementDocument: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('MZ…').toString('base64') }, version: 1,
    });
    expect(notPdf.json().error.details.fields[0]).toMatchObject({ field: 'agreementDocument.contentType', problem: 'file_type' });
    expect((await coach.patch(`/api/cases/${caseId}/supported-employment`, { disclosure: 'full', version: 9 })).json().error.code).toBe('RECORD.CHANGED');
  });

  it('changes the coach to another job coach of the organisation, who joins the team', async () => {
    const { caseId } = await started();
    expect((await coach.patch(`/api/cases/${caseId}/supported-employment`, { coachId: caseManager.userId, version: 1 })).json().error.details.fields[0].problem).toBe('not_job_coach');
    const page = (await coach.patch(`/api/cases/${caseId}/supported-employment`, { coachId: otherCoachId, version: 1 })).json();
    expect(page.process.coach).toEqual({ id: otherCoachId, name: 'Nerijus Arnoldas' });
    const team = await t.db.selectFrom('case_members').select(['user_id', 'role']).where('case_id', '=', caseId).execute();
    expect(team).toContainEqual({ user_id: otherCoachId, role: 'job_coach' });
    expect((await events(caseId)).at(-1)!.kind).toBe('supported_employment_coach_changed');
  });

  it('shows whether the person has a live job-mediation consent', async () => {
    const { caseId, participantId } = await started();
    await t.db.insertInto('consents').values({ participant_id: participantId, purpose: 'job_mediation', legal_basis: 'consent', given_on: daysFromToday(-10), withdrawn_on: daysFromToday(-1) }).execute();
    expect((await coach.get(`/api/cases/${caseId}/supported-employment`)).json().jobMediationConsent).toBe(false);
    await t.db.insertInto('consents').values({ participant_id: participantId, purpose: 'job_mediation', legal_basis: 'consent', given_on: daysFromToday(-1) }).execute();
    expect((await coach.get(`/api/cases/${caseId}/supported-employment`)).json().jobMediationConsent).toBe(true);
    expect((await auditEntries(t.db, 'supported_employment.view')).map((e) => e.entity_id)).toContain(caseId);
  });
});

describe('the vocational profile', () => {
  it('is empty with version 0 until saved; the first save creates it, with cleaned skills and the ISCO prefixes', async () => {
    const { caseId } = await newCase();
    const empty = (await caseManager.get(`/api/cases/${caseId}/vocational-profile`)).json();
    expect(empty).toMatchObject({ caseId, version: 0, skills: [], targetIsco: [] });
    const saved = await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile({
      skills: ['  Suvirinimas ', 'suvirinimas', 'Darbas   su kompiuteriu', ''], targetIsco: ['7212', '7212'], experienceIsco: ['9112'],
    }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      skills: ['Suvirinimas', 'Darbas su kompiuteriu'], targetIsco: [{ code: '7212', name: 'Suvirintojai' }], experienceIsco: [{ code: '9112' }],
      hours: ['part_time'], maxCommuteKm: 20, adaptationsNeeded: ['quiet_workplace'], updatedBy: { id: caseManager.userId }, version: 1,
    });
    const row = await t.db.selectFrom('vocational_profiles').selectAll().where('case_id', '=', caseId).executeTakeFirstOrThrow();
    expect(row.isco_prefixes).toEqual(['7', '72', '721', '7212', '9', '91', '911', '9112']);
    expect((await caseManager.get(`/api/cases/${caseId}/vocational-profile`, { 'accept-language': 'en' })).json().targetIsco).toEqual([{ code: '7212', name: 'Welders and flamecutters' }]);
    expect(await events(caseId)).toContainEqual({ kind: 'vocational_profile_saved', details: { version: 1, targetIsco: ['7212'] } });
    expect((await auditEntries(t.db, 'vocational_profile.save')).map((e) => e.entity_id)).toContain(caseId);
    expect((await auditEntries(t.db, 'vocational_profile.view')).map((e) => e.entity_id)).toContain(caseId);
  });

  it('refuses unknown occupations, too many or too long skills, and a stale version', async () => {
    const { caseId } = await newCase();
    const response = await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile({
      skills: ['ok', 'x'.repeat(61), ...Array.from({ length: 31 }, (_, i) => `Įgūdis ${i}`)], targetIsco: ['7212', '9999'], experienceIsco: ['0000'],
    }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`)).toEqual([
      'skills.1:too_long', 'skills:too_many', 'targetIsco.1:unknown_occupation', 'experienceIsco.0:unknown_occupation',
    ]);
    const badShape = await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile({ targetIsco: ['72'], hours: ['weekends'], maxCommuteKm: 501 }));
    expect(badShape.statusCode).toBe(400);
    expect(await t.db.selectFrom('vocational_profiles').select('case_id').where('case_id', '=', caseId).execute()).toEqual([]);
    expect((await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile())).statusCode).toBe(200);
    expect((await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile())).json().error.code).toBe('RECORD.CHANGED');
  });

  it('needs case.work in an open case', async () => {
    const { caseId } = await newCase();
    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: today(), outcome: 'job_searching', outcome_on: today() }).where('id', '=', caseId).execute();
    expect((await caseManager.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile())).json().error.code).toBe('CASE.CLOSED');
    expect((await teamlessWorker.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile())).statusCode).toBe(404);
  });
});

describe('job analyses', () => {
  it('records one with an employer of the organisation, lists it and changes it', async () => {
    const { caseId } = await started();
    const created = await coach.post(`/api/cases/${caseId}/job-analyses`, {
      employerId, analysedOn: daysFromToday(-2), tasks: 'Detalių šlifavimas', naturalSupports: 'Meistras Jonas', supportPlan: 'Pirmas 2 sav. kartu', agreedOn: daysFromToday(-1),
    });
    expect(created.statusCode, created.body).toBe(201);
    const analysis = created.json();
    expect(analysis).toMatchObject({ caseId, employer: { id: employerId, name: 'UAB Kazlų baldai' }, vacancy: null, tasks: 'Detalių šlifavimas', agreedOn: daysFromToday(-1), createdBy: { id: coachId }, version: 1 });
    expect((await coach.get(`/api/cases/${caseId}/job-analyses`)).json().map((a: { id: string }) => a.id)).toEqual([analysis.id]);
    expect((await coach.get(`/api/cases/${caseId}/supported-employment`)).json().jobAnalyses).toHaveLength(1);
    expect((await events(caseId)).map((e) => e.kind)).toContain('job_analysis_recorded');

    const changed = await coach.patch(`/api/job-analyses/${analysis.id}`, { requirements: 'Stovėti 4 val.', version: 1 });
    expect(changed.json()).toMatchObject({ requirements: 'Stovėti 4 val.', tasks: 'Detalių šlifavimas', version: 2 });
    expect((await coach.patch(`/api/job-analyses/${analysis.id}`, { agreedOn: daysFromToday(-3), version: 2 })).json().error.details.fields[0])
      .toMatchObject({ field: 'agreedOn', problem: 'before_analysed' });
    expect((await coach.patch(`/api/job-analyses/${analysis.id}`, { tasks: 'x', version: 1 })).json().error.code).toBe('RECORD.CHANGED');
    expect((await teamlessWorker.patch(`/api/job-analyses/${analysis.id}`, { tasks: 'x', version: 2 })).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'job_analysis.create')).map((e) => e.entity_id)).toContain(analysis.id);
    expect((await auditEntries(t.db, 'job_analysis.list')).map((e) => e.entity_id)).toContain(caseId);
  });

  it('refuses an employer of another organisation, a vacancy of another employer, and an agreement before the analysis', async () => {
    const { caseId } = await started();
    const otherEmployer = await employer(kazlu, 'UAB Kitas');
    const { id: vacancyId } = await t.db.insertInto('vacancies').values({
      organisation_id: kazlu, employer_id: otherEmployer, isco_code: '9112', title: 'Valytojas', municipality_code: 'LT-25', hours: 'part_time', opens_on: today(),
    }).returning('id').executeTakeFirstOrThrow();
    const fields = async (body: Record<string, unknown>) =>
      (await coach.post(`/api/cases/${caseId}/job-analyses`, { analysedOn: today(), ...body })).json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`);
    expect(await fields({ employerId: otherOrgEmployerId })).toEqual(['employerId:employer_other_organisation']);
    expect(await fields({ employerId, vacancyId })).toEqual(['vacancyId:vacancy_other_employer']);
    expect(await fields({ employerId, analysedOn: daysFromToday(-1), agreedOn: daysFromToday(-2) })).toEqual(['agreedOn:before_analysed']);
    const ok = await coach.post(`/api/cases/${caseId}/job-analyses`, { employerId: otherEmployer, vacancyId, analysedOn: today() });
    expect(ok.json().vacancy).toEqual({ id: vacancyId, title: 'Valytojas' });
  });
});

describe('signing in as the coach', () => {
  it('a job coach reads the page only once in the team', async () => {
    const email = (await makeUser(t.db, { firstName: 'Arnoldas', lastName: 'Naujas', roles: [[kazlu, 'job_coach']] })).email;
    const newCoach = await signIn(t.app, email);
    const { caseId } = await newCase();
    expect((await newCoach.get(`/api/cases/${caseId}/supported-employment`)).statusCode).toBe(404);
    await caseManager.post(`/api/cases/${caseId}/supported-employment`, { startedOn: today(), coachId: newCoach.userId });
    expect((await newCoach.get(`/api/cases/${caseId}/supported-employment`)).statusCode).toBe(200);
    expect((await newCoach.request('PUT', `/api/cases/${caseId}/vocational-profile`, profile())).statusCode).toBe(200);
  });
});
