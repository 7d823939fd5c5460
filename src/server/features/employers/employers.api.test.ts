import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, daysFromToday, makeCase, makeOrganisation, makeUser, staffSignIn, testApp, today, type Session, type TestApp } from '../../../../tests/api.ts';

// Employers through their API: registering (company code checked, duplicates refused even
// when two arrive at once), the list in Lithuanian order with search and filters, the page
// with contact persons, optimistic editing, the coach rule, contacts with and without a
// case (the job-finding log, its timeline event, closed cases refused), scope and audit.

let t: TestApp;
let kazlu: string;
let utena: string;
let coach: Session;
let coachId: string;
let manager: Session;
let socialWorker: Session;
let auditor: Session;
let coordinator: Session;
let outsider: Session;

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  coach = await user('Rasa', 'Jankauskienė', [[kazlu, 'job_coach']]);
  coachId = coach.userId;
  manager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  auditor = await user('Audra', 'Tikrintoja', [[kazlu, 'auditor']]);
  coordinator = await user('Gintarė', 'Koordinatorė', [[kazlu, 'centre_coordinator']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'job_coach']]);
});
afterAll(() => t.close());

let codeSeed = 100_000_000;
const nextCode = () => String(++codeSeed);
const register = async (session: Session, body: Record<string, unknown>) => session.post('/api/employers', body);
const newEmployer = async (name: string, extra: Record<string, unknown> = {}) => {
  const response = await register(coach, { name, companyCode: nextCode(), ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};

describe('registering an employer', () => {
  it('keeps the details, the coach and the offers, and answers the page with empty lists', async () => {
    const response = await register(coach, {
      name: 'UAB Rūdos baldai', companyCode: '302 456 789', sector: 'C', address: 'Vytauto g. 5', municipalityCode: 'LT-17', eldership: 'Kazlų Rūdos',
      phone: '+37060000000', email: 'info@rudosbaldai.lt', offersTrialPractice: true, offersAdaptedWorkplaces: true, coachId,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      organisationId: kazlu, name: 'UAB Rūdos baldai', companyCode: '302456789', sector: 'C', municipalityCode: 'LT-17',
      offersTrialPractice: true, offersApprenticeships: false, offersAdaptedWorkplaces: true, coachId, coachName: 'Rasa Jankauskienė',
      contactPersons: [], openVacancies: [], lastContacts: [], version: 1,
    });
    expect((await auditEntries(t.db, 'employer.create')).map((e) => e.entity_id)).toContain(response.json().id);
  });

  it('refuses a company code that is not 9 digits, an unknown sector and a coach who is not a job coach of the organisation', async () => {
    const bad = await register(coach, { name: 'UAB Klaida', companyCode: '12345', sector: 'Z' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field)).toContain('sector');
    const code = await register(coach, { name: 'UAB Klaida', companyCode: '12345' });
    expect(code.json().error.details.fields).toEqual([{ field: 'companyCode', problem: 'company_code', message: 'Įmonės kodas turi būti 9 skaitmenys.' }]);
    const notCoach = await register(coach, { name: 'UAB Klaida', coachId: manager.userId });
    expect(notCoach.json().error.details.fields).toMatchObject([{ field: 'coachId', problem: 'not_job_coach' }]);
    const stranger = await register(coach, { name: 'UAB Klaida', coachId: outsider.userId });
    expect(stranger.json().error.details.fields).toMatchObject([{ field: 'coachId', problem: 'not_organisation_staff' }]);
  });

  it('refuses a duplicate company code in the organisation, naming the existing employer', async () => {
    const code = nextCode();
    const first = await newEmployer('UAB Šilas', { companyCode: code });
    const again = await register(coach, { name: 'Šilas, UAB', companyCode: code });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'EMPLOYER.DUPLICATE_COMPANY_CODE',
      message: 'Darbdavys su šiuo įmonės kodu jau yra: UAB Šilas. Atidarykite esamą įrašą.',
      details: { existingId: first.id, existingName: 'UAB Šilas' },
    });
    // Another organisation may have its own record of the same company.
    expect((await register(outsider, { name: 'UAB Šilas', companyCode: code })).statusCode).toBe(201);
  });

  it('lets the unique index decide when two register the same code at once', async () => {
    const code = nextCode();
    const answers = await Promise.all([register(coach, { name: 'UAB Dvyniai A', companyCode: code }), register(manager, { name: 'UAB Dvyniai B', companyCode: code })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!.json();
    const created = answers.find((a) => a.statusCode === 201)!.json();
    expect(refused.error.details.existingId).toBe(created.id);
  });

  it('offers the organisation\'s job coaches to choose from', async () => {
    const coaches = (await manager.get(`/api/employers/coaches?organisationId=${kazlu}`)).json();
    expect(coaches).toEqual([{ id: coachId, name: 'Rasa Jankauskienė', organisationId: kazlu }]);
    expect((await outsider.get(`/api/employers/coaches?organisationId=${kazlu}`)).json()).toEqual([]);
  });

  it('is not for staff without employer.manage', async () => {
    expect((await register(socialWorker, { name: 'UAB Nebus' })).statusCode).toBe(403);
  });
});

describe('the employers list', () => {
  it('is in Lithuanian order in keyset pages, searched by folded name or code, and filtered', async () => {
    const org = await makeOrganisation(t.db, 'Rikiavimo savivaldybė');
    const user = staffSignIn(t);
    const sorter = await user('Ieva', 'Rikiuotoja', [[org, 'job_coach']]);
    for (const name of ['Žalias kelias', 'Čiulbuonis', 'Cukrus', 'Šaltinis', 'Sodas', 'Ąžuolas', 'Zuikis']) {
      expect((await register(sorter, { name, offersTrialPractice: name.startsWith('S'), municipalityCode: name === 'Cukrus' ? 'LT-54' : null })).statusCode).toBe(201);
    }
    const first = (await sorter.get('/api/employers?pageSize=4')).json();
    const second = (await sorter.get(`/api/employers?pageSize=4&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((e: { name: string }) => e.name)).toEqual(['Ąžuolas', 'Cukrus', 'Čiulbuonis', 'Sodas', 'Šaltinis', 'Zuikis', 'Žalias kelias']);
    expect(second.nextCursor).toBeNull();
    expect((await sorter.get(`/api/employers?q=${encodeURIComponent('ciulb')}`)).json().items.map((e: { name: string }) => e.name)).toEqual(['Čiulbuonis']);
    expect((await sorter.get('/api/employers?offersTrialPractice=true')).json().items.map((e: { name: string }) => e.name)).toEqual(['Sodas']);
    expect((await sorter.get('/api/employers?municipalityCode=LT-54')).json().items.map((e: { name: string }) => e.name)).toEqual(['Cukrus']);
    expect((await sorter.get('/api/employers?cursor=garbage')).statusCode).toBe(400);
    // Nobody sees another organisation's employers.
    expect((await outsider.get('/api/employers?q=ciulb')).json().items).toEqual([]);
  });

  it('finds by company code and by coach', async () => {
    const employer = await newEmployer('UAB Kodas', { coachId });
    expect((await coach.get(`/api/employers?q=${employer.companyCode}`)).json().items.map((e: { id: string }) => e.id)).toEqual([employer.id]);
    expect((await coach.get(`/api/employers?coachId=${coachId}&pageSize=200`)).json().items.map((e: { id: string }) => e.id)).toContain(employer.id);
  });
});

describe('an employer\'s page and editing', () => {
  it('shows contact persons, reads are audited, and edits need the version read', async () => {
    const employer = await newEmployer('UAB Puslapis');
    const person = await coach.post(`/api/employers/${employer.id}/contact-persons`, { name: 'Jonas Vadovas', position: 'Direktorius', phone: '+37061111111' });
    expect(person.statusCode, person.body).toBe(201);
    const page = (await auditor.get(`/api/employers/${employer.id}`)).json();
    expect(page.contactPersons).toEqual([{ id: person.json().id, employerId: employer.id, name: 'Jonas Vadovas', position: 'Direktorius', phone: '+37061111111', email: '' }]);
    expect((await auditEntries(t.db, 'employer.view')).filter((e) => e.entity_id === employer.id && e.actor_id === auditor.userId)).toHaveLength(1);

    const changed = await coach.patch(`/api/employers/${employer.id}`, { version: 1, name: 'UAB Puslapis ir Ko', offersApprenticeships: true });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'UAB Puslapis ir Ko', offersApprenticeships: true, version: 2 });
    const stale = await coach.patch(`/api/employers/${employer.id}`, { version: 1, notes: 'Pavėluota' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('RECORD.CHANGED');
    expect((await auditor.patch(`/api/employers/${employer.id}`, { version: 2, notes: 'x' })).statusCode).toBe(403);

    const edited = await coach.patch(`/api/employers/${employer.id}/contact-persons/${person.json().id}`, { email: 'jonas@puslapis.lt' });
    expect(edited.json()).toMatchObject({ name: 'Jonas Vadovas', email: 'jonas@puslapis.lt' });
    expect((await coach.request('DELETE', `/api/employers/${employer.id}/contact-persons/${person.json().id}`)).statusCode).toBe(204);
    expect((await coach.get(`/api/employers/${employer.id}`)).json().contactPersons).toEqual([]);
    expect((await auditEntries(t.db, 'employer.contact_person.delete')).map((e) => e.entity_id)).toContain(employer.id);
  });

  it('refuses a duplicate code on edit, naming the other employer', async () => {
    const one = await newEmployer('UAB Pirmas');
    const two = await newEmployer('UAB Antras');
    const response = await coach.patch(`/api/employers/${two.id}`, { version: 1, companyCode: one.companyCode });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details).toEqual({ existingId: one.id, existingName: 'UAB Pirmas' });
  });

  it('answers 404 to another organisation, and audits the attempt', async () => {
    const employer = await newEmployer('UAB Svetimas');
    expect((await outsider.get(`/api/employers/${employer.id}`)).statusCode).toBe(404);
    expect((await outsider.patch(`/api/employers/${employer.id}`, { version: 1, name: 'Mano' })).statusCode).toBe(404);
    expect((await outsider.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'call' })).statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'employer.view')).filter((e) => e.entity_id === employer.id && e.outcome === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.actor_id).toBe(outsider.userId);
  });
});

describe('contacts with an employer', () => {
  it('records a contact without a case, by the signed-in user unless another staff member is named', async () => {
    const employer = await newEmployer('UAB Ryšys');
    const person = (await coach.post(`/api/employers/${employer.id}/contact-persons`, { name: 'Ona Personalo' })).json();
    const response = await coach.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'visit', contactPersonId: person.id, notes: 'Aptarta bandomoji praktika.' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      employerId: employer.id, employerName: 'UAB Ryšys', contactedOn: today(), kind: 'visit', staffId: coachId, staffName: 'Rasa Jankauskienė',
      contactPersonId: person.id, contactPersonName: 'Ona Personalo', forCase: false, caseId: null, notes: 'Aptarta bandomoji praktika.',
    });
    const byManager = await manager.post(`/api/employers/${employer.id}/contacts`, { contactedOn: daysFromToday(-3), kind: 'call', staffId: coachId });
    expect(byManager.json()).toMatchObject({ staffId: coachId });
    const list = (await coach.get(`/api/employers/${employer.id}/contacts`)).json();
    expect(list.items.map((c: { kind: string }) => c.kind)).toEqual(['visit', 'call']);
    const page = (await coach.get(`/api/employers/${employer.id}`)).json();
    expect(page.lastContacts).toHaveLength(2);
    const listed = (await coach.get(`/api/employers?id=${employer.id}`)).json().items[0];
    expect(listed.lastContactOn).toBe(today());
    expect((await auditEntries(t.db, 'employer_contact.create')).filter((e) => e.entity_id === employer.id)).toHaveLength(2);
  });

  it('refuses a future date, a staff member of another organisation, another employer\'s contact person and vacancy', async () => {
    const employer = await newEmployer('UAB Tikrinimas');
    const other = await newEmployer('UAB Kitas');
    const otherPerson = (await coach.post(`/api/employers/${other.id}/contact-persons`, { name: 'Kito Darbuotojas' })).json();
    const response = await coach.post(`/api/employers/${employer.id}/contacts`, {
      contactedOn: daysFromToday(2), kind: 'call', staffId: outsider.userId, contactPersonId: otherPerson.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`)).toEqual([
      'contactedOn:date_in_future', 'staffId:not_organisation_staff', 'contactPersonId:contact_person_other_employer',
    ]);
  });

  it('with a case joins the job-finding log, writes the timeline event, and is shown to the case team only', async () => {
    const employer = await newEmployer('UAB Darbas žmogui');
    const { caseId } = await makeCase(t.db, kazlu, { caseManagerId: manager.userId, team: [[coachId, 'job_coach']], firstName: 'Ona', lastName: 'Petraitienė' });
    const response = await coach.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'meeting', caseId, notes: 'Pristatyta Ona.' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ forCase: true, caseId, participantName: 'Ona Petraitienė', notes: 'Pristatyta Ona.' });
    const events = await t.db.selectFrom('case_events').select(['kind', 'details', 'actor_id']).where('case_id', '=', caseId).where('kind', '=', 'employer_contacted').execute();
    expect(events).toEqual([{ kind: 'employer_contacted', actor_id: coachId, details: { employerId: employer.id, employerName: 'UAB Darbas žmogui', kind: 'meeting', contactedOn: today(), contactId: response.json().id } }]);

    const log = await coach.get(`/api/cases/${caseId}/employer-contacts`);
    expect(log.statusCode).toBe(200);
    expect(log.json()).toMatchObject({ firstContactOn: today(), items: [{ employerName: 'UAB Darbas žmogui', kind: 'meeting', caseId }] });
    expect((await auditEntries(t.db, 'employer_contact.list')).filter((e) => e.entity_id === caseId)).toHaveLength(1);
    // The employer's history tells others only that a contact was made for someone.
    const seenByCoordinator = (await coordinator.get(`/api/employers/${employer.id}/contacts`)).json().items[0];
    expect(seenByCoordinator).toMatchObject({ forCase: true, caseId: null, participantName: null, notes: null });
    // A staff member outside the case team does not read its log.
    expect((await socialWorker.get(`/api/cases/${caseId}/employer-contacts`)).statusCode).toBe(404);
  });

  it('with a case needs case.work on it, refuses a closed case and a date before the case opened', async () => {
    const employer = await newEmployer('UAB Atvejai');
    const { caseId } = await makeCase(t.db, kazlu, { caseManagerId: manager.userId, openedOn: daysFromToday(-10) });
    // The coach is not in this case's team.
    expect((await coach.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'call', caseId })).statusCode).toBe(404);
    const early = await manager.post(`/api/employers/${employer.id}/contacts`, { contactedOn: daysFromToday(-11), kind: 'call', caseId });
    expect(early.json().error.details.fields).toMatchObject([{ field: 'contactedOn', problem: 'before_case_opened' }]);
    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: today(), outcome: 'job_searching', outcome_on: today() }).where('id', '=', caseId).execute();
    const closed = await manager.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'call', caseId });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('CASE.CLOSED');
    // A case of another organisation is not there for this user.
    const foreign = await makeCase(t.db, utena);
    expect((await coach.post(`/api/employers/${employer.id}/contacts`, { contactedOn: today(), kind: 'call', caseId: foreign.caseId })).statusCode).toBe(404);
  });
});
