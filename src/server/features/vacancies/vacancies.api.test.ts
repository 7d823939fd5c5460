import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, daysFromToday, makeOrganisation, staffSignIn, testApp, today, type Session, type TestApp } from '../../../../tests/api.ts';

// Vacancies through their API: registering with every refusal (closing before opening, the
// wage range, an unknown occupation, another organisation's employer), the minimum-wage
// warning (saved anyway, shown again on reading), the list with its filters, editing with
// the version read, status changes, scope and audit.

let t: TestApp;
let kazlu: string;
let utena: string;
let coach: Session;
let coordinator: Session;
let outsider: Session;
let employerId: string;
let otherEmployerId: string;

beforeAll(async () => {
  t = await testApp({ KELIAS_MINIMUM_MONTHLY_WAGE_EUR: '1153' });
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  coach = await user('Rasa', 'Jankauskienė', [[kazlu, 'job_coach']]);
  coordinator = await user('Gintarė', 'Koordinatorė', [[kazlu, 'centre_coordinator']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'job_coach']]);
  employerId = (await coach.post('/api/employers', { name: 'UAB Rūdos metalas', companyCode: '303000001' })).json().id;
  otherEmployerId = (await outsider.post('/api/employers', { name: 'UAB Utenos duona', companyCode: '303000002' })).json().id;
});
afterAll(() => t.close());

const vacancy = (extra: Record<string, unknown> = {}) => ({
  employerId, iscoCode: '7212', title: 'Suvirintojas', municipalityCode: 'LT-17', hours: 'full_time',
  wageMinCents: 150_000, wageMaxCents: 180_000, opensOn: today(), closesOn: daysFromToday(30), ...extra,
});
const fieldsOf = (response: { json(): { error: { details: { fields: { field: string; problem: string }[] } } } }) =>
  response.json().error.details.fields.map((f) => `${f.field}:${f.problem}`);

describe('registering a vacancy', () => {
  it('keeps the occupation, place, hours, wage and requirements, cleaning skills and languages', async () => {
    const response = await coach.post('/api/vacancies', vacancy({
      skills: ['  MIG suvirinimas', 'mig suvirinimas', 'Brėžinių skaitymas', ''], languages: ['LT', 'ru'], drivingLicenceRequired: true,
      adaptations: ['flexible_schedule'], positions: 2, source: 'employment_service', description: 'Metalo konstrukcijos.',
    }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      organisationId: kazlu, employerId, employerName: 'UAB Rūdos metalas', iscoCode: '7212', occupationName: 'Suvirintojai', title: 'Suvirintojas',
      municipalityCode: 'LT-17', hours: 'full_time', hoursPerWeek: null, wageMinCents: 150_000, wageMaxCents: 180_000,
      skills: ['MIG suvirinimas', 'Brėžinių skaitymas'], languages: ['lt', 'ru'], drivingLicenceRequired: true, adaptations: ['flexible_schedule'],
      positions: 2, opensOn: today(), closesOn: daysFromToday(30), status: 'open', source: 'employment_service', createdBy: coach.userId, version: 1, warnings: [],
    });
    expect((await auditEntries(t.db, 'vacancy.create')).map((e) => e.entity_id)).toContain(response.json().id);
    const english = (await coach.get(`/api/vacancies/${response.json().id}`, { 'accept-language': 'en' })).json();
    expect(english.occupationName).toBe('Welders and flamecutters');
  });

  it('refuses closing before opening and a highest wage below the lowest, naming the fields', async () => {
    const response = await coach.post('/api/vacancies', vacancy({ opensOn: daysFromToday(10), closesOn: daysFromToday(5), wageMinCents: 150_000, wageMaxCents: 120_000 }));
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['closesOn:closes_before_opens', 'wageMaxCents:wage_max_below_min']);
    expect(response.json().error.details.fields[0].message).toContain('Darbo vieta negali užsidaryti anksčiau, nei atsidaro');
  });

  it('refuses an occupation that is not an ISCO-08 unit group', async () => {
    expect(fieldsOf(await coach.post('/api/vacancies', vacancy({ iscoCode: '9999' })))).toEqual(['iscoCode:unknown_occupation']);
    expect(fieldsOf(await coach.post('/api/vacancies', vacancy({ iscoCode: '721' })))).toEqual(['iscoCode:unknown_occupation']);
  });

  it('refuses another organisation\'s employer, too many skills and an unknown language', async () => {
    expect(fieldsOf(await coach.post('/api/vacancies', vacancy({ employerId: otherEmployerId })))).toEqual(['employerId:employer_other_organisation']);
    const many = Array.from({ length: 31 }, (_, i) => `Įgūdis ${i}`);
    expect(fieldsOf(await coach.post('/api/vacancies', vacancy({ skills: many, languages: ['lt', 'xyz'] })))).toEqual(['skills:too_many', 'languages.1:unknown_language']);
    expect((await coordinator.post('/api/vacancies', vacancy())).statusCode).toBe(403);
  });

  it('saves a wage below the legal minimum with a warning, and shows it again on reading', async () => {
    // 500 € for 20 hours a week is 1,000 € for full time: below 1,153 €.
    const response = await coach.post('/api/vacancies', vacancy({ hours: 'part_time', hoursPerWeek: 20, wageMinCents: 50_000, wageMaxCents: null }));
    expect(response.statusCode, response.body).toBe(201);
    const warning = { code: 'VACANCY.WAGE_BELOW_MINIMUM', params: { minimum: 1153, fullTimeCents: 100_000 } };
    expect(response.json().warnings).toMatchObject([warning]);
    expect(response.json().warnings[0].message).toMatch(/^Siūlomas atlyginimas, perskaičiavus visam darbo laikui/);
    const read = (await coordinator.get(`/api/vacancies/${response.json().id}`, { 'accept-language': 'en' })).json();
    expect(read.warnings).toMatchObject([warning]);
    expect(read.warnings[0].message).toContain('below the minimum monthly wage (1,153.00 €)');
    const listed = (await coach.get(`/api/vacancies?employerId=${employerId}&hours=part_time`)).json().items;
    expect(listed.find((v: { id: string }) => v.id === response.json().id).wageBelowMinimum).toBe(true);
    // 600 € for 20 hours is 1,200 € for full time: no warning.
    const fine = await coach.post('/api/vacancies', vacancy({ hours: 'part_time', hoursPerWeek: 20, wageMinCents: 60_000, wageMaxCents: null }));
    expect(fine.json().warnings).toEqual([]);
  });
});

describe('the vacancies list', () => {
  it('filters by status, occupation (or its group), municipality, hours and words', async () => {
    const org = await makeOrganisation(t.db, 'Filtrų savivaldybė');
    const user = staffSignIn(t);
    const mediator = await user('Jurgita', 'Tarpininkė', [[org, 'employment_officer']]);
    const employer = (await mediator.post('/api/employers', { name: 'UAB Šviesa' })).json().id;
    const add = async (extra: Record<string, unknown>) => (await mediator.post('/api/vacancies', vacancy({ employerId: employer, ...extra }))).json().id as string;
    const welder = await add({ title: 'Suvirintojas', opensOn: daysFromToday(-3) });
    const developer = await add({ iscoCode: '2512', title: 'Programuotojas', municipalityCode: 'LT-57', hours: 'flexible', opensOn: daysFromToday(-2) });
    const cleaner = await add({ iscoCode: '9112', title: 'Valytoja', hours: 'part_time', hoursPerWeek: 20, wageMinCents: 70_000, wageMaxCents: null, opensOn: daysFromToday(-1), status: 'draft' });
    const ids = async (query: string) => (await mediator.get(`/api/vacancies?${query}`)).json().items.map((v: { id: string }) => v.id);
    expect(await ids('')).toEqual([cleaner, developer, welder]);
    expect(await ids('status=open')).toEqual([developer, welder]);
    expect(await ids('isco=7')).toEqual([welder]);
    expect(await ids('isco=2512')).toEqual([developer]);
    expect(await ids('municipalityCode=LT-57')).toEqual([developer]);
    expect(await ids('hours=part_time')).toEqual([cleaner]);
    expect(await ids(`q=${encodeURIComponent('valyto')}`)).toEqual([cleaner]);
    expect(await ids(`q=${encodeURIComponent('sviesa')}`)).toEqual([cleaner, developer, welder]);
    const first = (await mediator.get('/api/vacancies?pageSize=2')).json();
    const second = (await mediator.get(`/api/vacancies?pageSize=2&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((v: { id: string }) => v.id)).toEqual([cleaner, developer, welder]);
    expect(second.nextCursor).toBeNull();
    expect((await mediator.get('/api/vacancies?isco=abc')).statusCode).toBe(400);
    expect((await mediator.get('/api/vacancies?cursor=nope')).statusCode).toBe(400);
  });
});

describe('changing a vacancy', () => {
  it('needs the version read, checks the rules again, and changes the status', async () => {
    const created = (await coach.post('/api/vacancies', vacancy())).json();
    const stale = await coach.patch(`/api/vacancies/${created.id}`, { version: 2, title: 'Vyr. suvirintojas' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('RECORD.CHANGED');
    const early = await coach.patch(`/api/vacancies/${created.id}`, { version: 1, closesOn: daysFromToday(-1) });
    expect(fieldsOf(early)).toEqual(['closesOn:closes_before_opens']);
    const cheap = await coach.patch(`/api/vacancies/${created.id}`, { version: 1, wageMinCents: 90_000, wageMaxCents: 100_000 });
    expect(cheap.statusCode, cheap.body).toBe(200);
    expect(cheap.json()).toMatchObject({ version: 2, wageMinCents: 90_000, warnings: [{ code: 'VACANCY.WAGE_BELOW_MINIMUM' }] });
    const filled = await coach.patch(`/api/vacancies/${created.id}`, { version: 2, status: 'filled' });
    expect(filled.json()).toMatchObject({ status: 'filled', version: 3 });
    expect(fieldsOf(await coach.patch(`/api/vacancies/${created.id}`, { version: 3, status: 'draft' }))).toEqual(['status:choice']);
    const audit = (await auditEntries(t.db, 'vacancy.update')).filter((e) => e.entity_id === created.id);
    expect(audit.map((e) => (e.details as { status?: unknown }).status)).toEqual([undefined, { from: 'open', to: 'filled' }]);
    expect((await coordinator.patch(`/api/vacancies/${created.id}`, { version: 3, status: 'closed' })).statusCode).toBe(403);
  });

  it('answers 404 to another organisation, and audits the attempt', async () => {
    const created = (await coach.post('/api/vacancies', vacancy())).json();
    expect((await outsider.get(`/api/vacancies/${created.id}`)).statusCode).toBe(404);
    expect((await outsider.patch(`/api/vacancies/${created.id}`, { version: 1, status: 'closed' })).statusCode).toBe(404);
    expect((await outsider.get(`/api/vacancies?employerId=${employerId}`)).json().items).toEqual([]);
    const denied = (await auditEntries(t.db, 'vacancy.view')).filter((e) => e.entity_id === created.id);
    expect(denied).toMatchObject([{ outcome: 'denied', actor_id: outsider.userId }]);
    expect((await auditEntries(t.db, 'vacancy.update')).filter((e) => e.entity_id === created.id && e.outcome === 'denied')).toHaveLength(1);
  });

  it('shows the employer\'s open vacancies on the employer\'s page', async () => {
    const created = (await coach.post('/api/vacancies', vacancy({ title: 'Pagalbinis darbuotojas', iscoCode: '9329' }))).json();
    const page = (await coach.get(`/api/employers/${employerId}`)).json();
    expect(page.openVacancies.map((v: { id: string }) => v.id)).toContain(created.id);
  });
});
