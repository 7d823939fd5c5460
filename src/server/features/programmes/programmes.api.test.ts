import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';
import type { Database } from '../../db/connect.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// Participants are written straight to the database: the registry's API is another feature.
let counter = 0;
async function makeParticipant(db: Database, organisationId: string, facts: {
  birthDate?: string | null; registeredUnemployedSince?: string | null; notWorkingSince?: string | null;
  receivesSocialAssistance?: boolean | null; socialAssistanceSince?: string | null; targetGroups?: string[]; municipality?: string;
  firstName?: string; lastName?: string;
} = {}) {
  counter++;
  const firstName = facts.firstName ?? 'Asmuo';
  const lastName = facts.lastName ?? `Nr${String(counter).padStart(4, '0')}`;
  const { id } = await db.insertInto('participants').values({
    organisation_id: organisationId, first_name: firstName, last_name: lastName,
    sort_key: lithuanianSortKey(`${lastName} ${firstName}`), search_key: searchKey(`${firstName} ${lastName}`), name_key: searchKey(`${firstName} ${lastName}`),
    birth_date: facts.birthDate ?? null, registered_unemployed_since: facts.registeredUnemployedSince ?? null,
    not_working_since: facts.notWorkingSince ?? null, receives_social_assistance: facts.receivesSocialAssistance ?? null,
    social_assistance_since: facts.socialAssistanceSince ?? null, target_groups: facts.targetGroups ?? [], municipality: facts.municipality ?? '',
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

let t: TestApp;
let kazlu: string;
let utena: string;
let manager: Session;
let caseManager: Session;
let outsider: Session;
let kazluProgramme: string;

// 30 on 2024-03-15; registered 2023-03-15 (exactly 12 months on 2024-03-15); not working since 2023-01-10.
const kazluPerson = { birthDate: '1994-03-15', registeredUnemployedSince: '2023-03-15', notWorkingSince: '2023-01-10', receivesSocialAssistance: true, municipality: 'Kazlų Rūdos sav.' };

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  manager = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'programme_manager']] })).email);
  caseManager = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'case_manager']] })).email);
  outsider = await signIn(t.app, (await makeUser(t.db, { roles: [[utena, 'administrator']] })).email);
  const created = await manager.post('/api/programmes', { organisationId: kazlu, templateKey: 'kazlu_ruda_motivation' });
  expect(created.statusCode).toBe(201);
  kazluProgramme = created.json().id;
});
afterAll(() => t.close());

const screen = (session: Session, programmeId: string, participantId: string, date?: string, headers?: Record<string, string>) =>
  session.post(`/api/programmes/${programmeId}/screenings`, { participantId, ...(date ? { date } : {}) }, headers);

async function programmeWith(rules: unknown, capacity = 10, effectiveFrom = '2000-01-01') {
  const response = await manager.post('/api/programmes', { organisationId: kazlu, nameLt: 'Bandomoji programa', capacity, rules, rulesEffectiveFrom: effectiveFrom });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('programmes', () => {
  it('are set up from the Kazlų Rūda template with its period, funder, capacity and seed-004 rules, and audited', async () => {
    const shown = (await manager.get(`/api/programmes/${kazluProgramme}`)).json();
    expect(shown).toMatchObject({ templateKey: 'kazlu_ruda_motivation', capacity: 70, startsOn: '2020-01-01', endsOn: '2021-12-31', enrolled: 0, waiting: 0 });
    expect(shown.name).toMatch(/^Užimtumo skatinimo ir motyvavimo paslaugų/);
    const english = (await manager.get(`/api/programmes/${kazluProgramme}`, { 'accept-language': 'en' })).json();
    expect(english.name).toMatch(/^Employment promotion and motivation services/);
    const ruleSets = (await manager.get(`/api/programmes/${kazluProgramme}/rule-sets`)).json();
    expect(ruleSets).toHaveLength(1);
    expect(ruleSets[0]).toMatchObject({ version: 1, effectiveFrom: '2020-01-01', effectiveTo: null });
    expect(ruleSets[0].rules.rules.map((r: { kind: string }) => r.kind)).toEqual(['age', 'any', 'social_assistance']);
    expect((await auditEntries(t.db, 'programme.create')).map((e) => e.entity_id)).toContain(kazluProgramme);
  });

  it('are listed with id and name within the user\'s organisations only', async () => {
    const list = (await caseManager.get('/api/programmes')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toContain(kazluProgramme);
    expect(list.items[0]).toHaveProperty('name');
    expect((await outsider.get('/api/programmes')).json().items).toEqual([]);
  });

  it('offer the five seed templates', async () => {
    const templates = (await caseManager.get('/api/programme-templates')).json();
    expect(templates.map((x: { seed: string }) => x.seed)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('refuse capacity 0, an end before the start, an OR without branches and an unknown template, saving nothing', async () => {
    const before = (await manager.get('/api/programmes')).json().total;
    const zero = await manager.post('/api/programmes', { organisationId: kazlu, nameLt: 'Nulinė', capacity: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details.fields).toEqual([{ field: 'capacity', problem: 'too_small', params: { min: 1 }, message: 'Mažiausia reikšmė: 1.' }]);
    expect((await manager.post('/api/programmes', { organisationId: kazlu, nameLt: 'Neigiama', capacity: -5 })).statusCode).toBe(400);
    const backwards = await manager.post('/api/programmes', { organisationId: kazlu, nameLt: 'Atgal', capacity: 5, startsOn: '2024-06-01', endsOn: '2024-05-31' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields).toEqual([
      { field: 'endsOn', problem: 'before_start', params: { start: '2024-06-01' }, message: 'Data negali būti ankstesnė už pradžios datą (2024-06-01).' },
    ]);
    const emptyOr = await manager.post('/api/programmes', { organisationId: kazlu, nameLt: 'Tuščias ARBA', capacity: 5, rules: { kind: 'all', rules: [{ kind: 'age', min: 30 }, { kind: 'any', rules: [] }] } });
    expect(emptyOr.statusCode).toBe(400);
    expect(emptyOr.json().error.details.fields).toEqual([
      { field: 'rules.rules.1.rules', problem: 'no_branches', message: 'Sąlygų grupėje turi būti bent viena sąlyga.' },
    ]);
    const template = await manager.post('/api/programmes', { organisationId: kazlu, templateKey: 'nope' }, { 'accept-language': 'en' });
    expect(template.json().error.details.fields[0]).toMatchObject({ field: 'templateKey', message: 'There is no such programme template.' });
    expect((await manager.get('/api/programmes')).json().total).toBe(before);
  });

  it('cannot be seen or changed from another organisation (404, audited) nor set up by a case manager (403)', async () => {
    expect((await outsider.get(`/api/programmes/${kazluProgramme}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/programmes/${kazluProgramme}/rule-sets`, { effectiveFrom: '2024-01-01', rules: { kind: 'open' } })).statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'programme.view')).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.entity_id)).toContain(kazluProgramme);
    expect((await caseManager.post('/api/programmes', { organisationId: kazlu, nameLt: 'X', capacity: 1 })).statusCode).toBe(403);
    expect((await outsider.post('/api/programmes', { organisationId: kazlu, nameLt: 'X', capacity: 1 })).statusCode).toBe(404);
  });

  it('are edited with the version read', async () => {
    const id = await programmeWith({ kind: 'open' });
    const edited = await manager.patch(`/api/programmes/${id}`, { capacity: 20, nameEn: 'Trial', version: 1 });
    expect(edited.json()).toMatchObject({ capacity: 20, version: 2 });
    expect((await manager.patch(`/api/programmes/${id}`, { capacity: 3, version: 1 })).statusCode).toBe(409);
    expect((await manager.patch(`/api/programmes/${id}`, { capacity: 0, version: 2 })).statusCode).toBe(400);
  });
});

describe('editing a programme', () => {
  async function makeCentre(organisationId: string, name: string) {
    const { id } = await t.db.insertInto('centres')
      .values({ organisation_id: organisationId, name, sort_key: lithuanianSortKey(name), search_key: searchKey(name), address: 'Vytauto g. 1' })
      .returning('id').executeTakeFirstOrThrow();
    return id;
  }

  it('changes every field of the form at once, with its centres, case team and partners, and audits the fields', async () => {
    const id = await programmeWith({ kind: 'open' });
    const centre = await makeCentre(kazlu, 'Jankų kaimo centras');
    const member = await makeUser(t.db, { firstName: 'Ona', lastName: 'Komandaitė', roles: [[kazlu, 'social_worker']] });
    const edited = await manager.patch(`/api/programmes/${id}`, {
      nameLt: 'Nauja programa', nameEn: 'New programme', startsOn: '2025-01-01', endsOn: '2026-12-31', funder: 'ESF+', capacity: 40, status: 'draft',
      services: ['trial_practice', 'transport'], centreIds: [centre], team: [{ userId: member.id, role: 'social_worker' }],
      partners: [{ name: 'Užimtumo tarnyba', role: 'employment_service' }], version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Nauja programa', nameEn: 'New programme', startsOn: '2025-01-01', endsOn: '2026-12-31', funder: 'ESF+', capacity: 40, status: 'draft',
      services: ['trial_practice', 'transport'], centres: [{ id: centre, name: 'Jankų kaimo centras' }],
      team: [{ userId: member.id, name: 'Ona Komandaitė', role: 'social_worker' }],
      partners: [{ name: 'Užimtumo tarnyba', role: 'employment_service', organisationId: null }], version: 2,
    });
    const audited = (await auditEntries(t.db, 'programme.update')).filter((e) => e.entity_id === id);
    expect(audited.at(-1)!.details).toMatchObject({ fields: expect.arrayContaining(['capacity', 'funder', 'team', 'centreIds']) });
  });

  it('refuses capacity 0 or negative and an end before the start, in the user\'s language, changing nothing', async () => {
    const id = await programmeWith({ kind: 'open' });
    const zero = await manager.patch(`/api/programmes/${id}`, { capacity: 0, version: 1 }, { 'accept-language': 'en' });
    expect(zero.json().error.details.fields).toEqual([{ field: 'capacity', problem: 'too_small', params: { min: 1 }, message: 'The smallest value is 1.' }]);
    expect((await manager.patch(`/api/programmes/${id}`, { capacity: -3, version: 1 })).statusCode).toBe(400);
    const backwards = await manager.patch(`/api/programmes/${id}`, { startsOn: '2025-06-01', endsOn: '2025-05-31', version: 1 });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toMatchObject({
      code: 'VALIDATION.FAILED',
      details: { fields: [{ field: 'endsOn', problem: 'before_start', params: { start: '2025-06-01' }, message: 'Data negali būti ankstesnė už pradžios datą (2025-06-01).' }] },
    });
    // Only the end changes: it is checked against the start already saved.
    await manager.patch(`/api/programmes/${id}`, { startsOn: '2025-06-01', version: 1 });
    const endOnly = await manager.patch(`/api/programmes/${id}`, { endsOn: '2025-01-01', version: 2 });
    expect(endOnly.json().error.details.fields[0]).toMatchObject({ field: 'endsOn', problem: 'before_start', params: { start: '2025-06-01' } });
    expect((await manager.get(`/api/programmes/${id}`)).json()).toMatchObject({ capacity: 10, startsOn: '2025-06-01', endsOn: null, version: 2 });
  });

  it('refuses fewer places than people already enrolled, and accepts exactly as many', async () => {
    const id = await programmeWith({ kind: 'open' }, 5);
    for (let i = 0; i < 3; i++) {
      const participantId = await makeParticipant(t.db, kazlu, {});
      expect((await caseManager.post(`/api/programmes/${id}/enrolments`, { participantId, date: '2024-03-15' })).json().status).toBe('enrolled');
    }
    const tooFew = await manager.patch(`/api/programmes/${id}`, { capacity: 2, version: 1 });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().error.details.fields).toEqual([
      { field: 'capacity', problem: 'below_enrolled', params: { enrolled: 3 }, message: 'Programoje jau dalyvauja 3 asm., todėl vietų negali būti mažiau.' },
    ]);
    const english = await manager.patch(`/api/programmes/${id}`, { capacity: 2, version: 1 }, { 'accept-language': 'en' });
    expect(english.json().error.details.fields[0].message).toBe('3 people are already enrolled, so there cannot be fewer places.');
    expect((await manager.patch(`/api/programmes/${id}`, { capacity: 3, version: 1 })).json()).toMatchObject({ capacity: 3, enrolled: 3 });
  });

  it('refuses centres of another organisation and case-team members who are not its staff, naming each one', async () => {
    const id = await programmeWith({ kind: 'open' });
    const own = await makeCentre(kazlu, 'Plutiškių centras');
    const foreign = await makeCentre(utena, 'Utenos centras');
    const staff = await makeUser(t.db, { roles: [[kazlu, 'psychologist']] });
    const stranger = await makeUser(t.db, { roles: [[utena, 'social_worker']] });
    const response = await manager.patch(`/api/programmes/${id}`, {
      centreIds: [own, foreign], team: [{ userId: staff.id, role: 'psychologist' }, { userId: stranger.id, role: 'social_worker' }], version: 1,
    }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.fields).toEqual([
      { field: 'centreIds.1', problem: 'centre_not_in_organisation', message: 'This centre does not belong to the programme\'s organisation.' },
      { field: 'team.1.userId', problem: 'not_member', message: 'This user is not a staff member of the programme\'s organisation.' },
    ]);
    expect((await manager.get(`/api/programmes/${id}`)).json()).toMatchObject({ centres: [], team: [], version: 1 });
  });

  it('answers 409 to an edit based on an old version, keeping the other edit', async () => {
    const id = await programmeWith({ kind: 'open' });
    expect((await manager.patch(`/api/programmes/${id}`, { funder: 'Pirmas', version: 1 })).statusCode).toBe(200);
    const late = await manager.patch(`/api/programmes/${id}`, { funder: 'Antras', capacity: 12, version: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    expect((await manager.get(`/api/programmes/${id}`)).json()).toMatchObject({ funder: 'Pirmas', capacity: 10, version: 2 });
  });

  it('is refused to a case manager (403) and to another organisation (404)', async () => {
    expect((await caseManager.patch(`/api/programmes/${kazluProgramme}`, { capacity: 71, version: 1 })).statusCode).toBe(403);
    expect((await outsider.patch(`/api/programmes/${kazluProgramme}`, { capacity: 71, version: 1 })).statusCode).toBe(404);
  });
});

describe('screening against the Kazlų Rūda rules', () => {
  it('is not eligible on the day exactly 12 months after registration and eligible the day after', async () => {
    const person = await makeParticipant(t.db, kazlu, kazluPerson);
    const results = [];
    for (const date of ['2024-03-14', '2024-03-15', '2024-03-16']) results.push((await screen(caseManager, kazluProgramme, person, date)).json().result);
    expect(results).toEqual(['not_eligible', 'not_eligible', 'eligible']);
  });

  it('accepts not working for more than 24 months instead, from the day after', async () => {
    const person = await makeParticipant(t.db, kazlu, { ...kazluPerson, registeredUnemployedSince: '2024-01-01', notWorkingSince: '2022-03-16' });
    const results = [];
    for (const date of ['2024-03-15', '2024-03-16', '2024-03-17']) results.push((await screen(caseManager, kazluProgramme, person, date)).json().result);
    expect(results).toEqual(['not_eligible', 'not_eligible', 'eligible']);
  });

  it('needs the 30th birthday: the day before fails, the day of passes', async () => {
    const person = await makeParticipant(t.db, kazlu, { ...kazluPerson, registeredUnemployedSince: '2020-01-01' });
    const results = [];
    for (const date of ['2024-03-14', '2024-03-15', '2024-03-16']) results.push((await screen(caseManager, kazluProgramme, person, date)).json().result);
    expect(results).toEqual(['not_eligible', 'eligible', 'eligible']);
  });

  it('answers the contract shape, explains each rule in Lithuanian, stores the version used and audits the read', async () => {
    const person = await makeParticipant(t.db, kazlu, kazluPerson);
    const response = await screen(caseManager, kazluProgramme, person, '2024-03-15');
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ result: 'not_eligible', ruleSetVersion: 1, missing: [] });
    expect(body.rules.map((r: { rule: string; result: string; explanation: string }) => [r.rule, r.result, r.explanation])).toEqual([
      ['age_30_or_more', 'pass', 'Amžius patikros dieną: 30 m. — reikalaujama ne mažiau kaip 30 m. ✔'],
      ['registered_more_than_12_months', 'fail', 'Registruotas Užimtumo tarnyboje nuo 2023-03-15: 12 mėn. 0 d. — reikalaujama ilgiau kaip 12 mėn. ✘'],
      ['not_working_more_than_2_years', 'fail', 'Nedirba nuo 2023-01-10: 14 mėn. 5 d. — reikalaujama ilgiau kaip 24 mėn. ✘'],
      ['receives_cash_social_assistance', 'pass', 'Gauna piniginę socialinę paramą — reikalaujama ją gauti. ✔'],
    ]);
    const stored = await t.db.selectFrom('screenings').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ rule_set_version: 1, result: 'not_eligible', screened_on: '2024-03-15', participant_id: person });
    expect((await auditEntries(t.db, 'screening.create')).map((e) => e.entity_id)).toContain(person);
  });

  it('explains in the language of the kelias_lang cookie, else Accept-Language', async () => {
    const person = await makeParticipant(t.db, kazlu, kazluPerson);
    const english = (await screen(caseManager, kazluProgramme, person, '2024-03-16', { 'accept-language': 'en-GB,en;q=0.9' })).json();
    expect(english.rules[0].explanation).toBe('Age on the screening date: 30 — at least 30 required. ✔');
    const cookie = (await screen(caseManager, kazluProgramme, person, '2024-03-16', { 'accept-language': 'en', cookie: `${caseManager.cookie}; kelias_lang=lt` })).json();
    expect(cookie.rules[0].explanation).toBe('Amžius patikros dieną: 30 m. — reikalaujama ne mažiau kaip 30 m. ✔');
    // Stored screenings are rendered in the reader's language.
    const history = (await caseManager.get(`/api/programmes/${kazluProgramme}/screenings?participantId=${person}`, { 'accept-language': 'en' })).json();
    expect(history).toHaveLength(2);
    expect(history[0].rules[1].explanation).toMatch(/^Registered with the Employment Service since 2023-03-15: 12 months 1 days/);
  });

  it('is unknown when facts are missing, and lists them', async () => {
    const person = await makeParticipant(t.db, kazlu, { birthDate: '1980-05-05', receivesSocialAssistance: true });
    const body = (await screen(caseManager, kazluProgramme, person, '2024-03-16')).json();
    expect(body.result).toBe('unknown');
    expect(body.missing).toEqual(['registeredUnemployedSince', 'notWorkingSince']);
    expect(body.rules[1].explanation).toBe('Nežinoma, nuo kada registruotas Užimtumo tarnyboje — reikalaujama ilgiau kaip 12 mėn. ? trūksta duomenų');
  });

  it('refuses people and programmes of other organisations (404, audited), and screening by a role without the permission (403)', async () => {
    const stranger = await makeParticipant(t.db, utena, kazluPerson);
    expect((await screen(caseManager, kazluProgramme, stranger, '2024-03-16')).statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'screening.create')).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.entity_id)).toContain(stranger);
    const person = await makeParticipant(t.db, kazlu, kazluPerson);
    expect((await screen(outsider, kazluProgramme, person)).statusCode).toBe(404);
    const elder = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'ward_elder']] })).email);
    expect((await screen(elder, kazluProgramme, person)).statusCode).toBe(403);
  });

  it('refuses a date before any rules are in force', async () => {
    const person = await makeParticipant(t.db, kazlu, kazluPerson);
    const response = await screen(caseManager, kazluProgramme, person, '2019-12-31');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('SCREENING.NO_RULES_IN_FORCE');
  });
});

describe('every rule kind through the API', () => {
  const cases: [string, unknown, Record<string, unknown>, Record<string, unknown>][] = [
    ['age between', { kind: 'age', min: 18, max: 29 }, { birthDate: '2000-01-01' }, { birthDate: '1990-01-01' }],
    ['age at most', { kind: 'age', max: 64 }, { birthDate: '1970-01-01' }, { birthDate: '1950-01-01' }],
    ['registered unemployed', { kind: 'registered_unemployed_months', moreThan: 6 }, { registeredUnemployedSince: '2023-01-01' }, { registeredUnemployedSince: '2023-12-01' }],
    ['not working', { kind: 'not_working_months', moreThan: 24 }, { notWorkingSince: '2020-01-01' }, { notWorkingSince: '2023-01-01' }],
    ['social assistance for 6 months', { kind: 'social_assistance', atLeastMonths: 6 }, { receivesSocialAssistance: true, socialAssistanceSince: '2023-06-01' }, { receivesSocialAssistance: true, socialAssistanceSince: '2024-01-01' }],
    ['target group', { kind: 'target_group', groups: ['roma', 'refugee'] }, { targetGroups: ['refugee'] }, { targetGroups: ['disability'] }],
    ['municipality', { kind: 'municipality', municipalities: ['Utenos r. sav.'] }, { municipality: 'Utenos r. sav.' }, { municipality: 'Molėtų r. sav.' }],
    ['not', { kind: 'not', rule: { kind: 'target_group', groups: ['employed'] } }, { targetGroups: [] }, { targetGroups: ['employed'] }],
    ['any', { kind: 'any', rules: [{ kind: 'age', min: 50 }, { kind: 'target_group', groups: ['disability'] }] }, { birthDate: '1990-01-01', targetGroups: ['disability'] }, { birthDate: '1990-01-01' }],
    ['open', { kind: 'open' }, {}, null as never],
  ];
  for (const [name, rules, passing, failing] of cases) {
    it(name, async () => {
      const programme = await programmeWith(rules);
      const yes = await makeParticipant(t.db, kazlu, passing);
      expect((await screen(caseManager, programme, yes, '2024-03-15')).json().result).toBe('eligible');
      if (failing) {
        const no = await makeParticipant(t.db, kazlu, failing);
        expect((await screen(caseManager, programme, no, '2024-03-15')).json().result).toBe('not_eligible');
      }
    });
  }
});

describe('rule-set versions', () => {
  it('apply from their effective date; each screening records the version it used', async () => {
    const programme = await programmeWith({ kind: 'age', min: 30 }, 10, '2020-01-01');
    const v2 = await manager.post(`/api/programmes/${programme}/rule-sets`, {
      effectiveFrom: '2024-07-01',
      rules: { kind: 'all', rules: [{ kind: 'age', min: 30 }, { kind: 'registered_unemployed_months', moreThan: 12 }] },
    });
    expect(v2.statusCode).toBe(201);
    expect(v2.json()).toMatchObject({ version: 2, effectiveFrom: '2024-07-01', effectiveTo: null });
    const person = await makeParticipant(t.db, kazlu, { birthDate: '1980-01-01', registeredUnemployedSince: '2024-01-01' });
    expect((await screen(caseManager, programme, person, '2024-06-30')).json()).toMatchObject({ result: 'eligible', ruleSetVersion: 1 });
    expect((await screen(caseManager, programme, person, '2024-07-01')).json()).toMatchObject({ result: 'not_eligible', ruleSetVersion: 2 });
    const sets = (await manager.get(`/api/programmes/${programme}/rule-sets`)).json();
    expect(sets.map((s: { version: number; effectiveTo: string | null }) => [s.version, s.effectiveTo])).toEqual([[1, '2024-06-30'], [2, null]]);
    const stored = await t.db.selectFrom('screenings').select(['screened_on', 'rule_set_version']).where('participant_id', '=', person).orderBy('screened_on').execute();
    expect(stored).toEqual([{ screened_on: '2024-06-30', rule_set_version: 1 }, { screened_on: '2024-07-01', rule_set_version: 2 }]);
  });

  it('refuse an invalid rule set with the path of each problem, and case managers (403)', async () => {
    const bad = await manager.post(`/api/programmes/${kazluProgramme}/rule-sets`, {
      effectiveFrom: '2024-01-01', rules: { kind: 'any', rules: [{ kind: 'registered_unemployed_months', moreThan: -1 }, { kind: 'age', min: 65, max: 30 }] },
    }, { 'accept-language': 'en' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string; message: string }) => [f.field, f.message])).toEqual([
      ['rules.rules.0.moreThan', 'The smallest value is 0.'],
      ['rules.rules.1.max', 'The minimum (65) is greater than the maximum (30).'],
    ]);
    expect((await caseManager.post(`/api/programmes/${kazluProgramme}/rule-sets`, { effectiveFrom: '2024-01-01', rules: { kind: 'open' } })).statusCode).toBe(403);
    expect((await manager.get(`/api/programmes/${kazluProgramme}/rule-sets`)).json()).toHaveLength(1);
  });
});

describe('bulk screening', () => {
  it('counts per result and lists people with their missing facts, within the programme organisation', async () => {
    const org = await makeOrganisation(t.db, 'Bulk org');
    const bulkManager = await signIn(t.app, (await makeUser(t.db, { roles: [[org, 'programme_manager']] })).email);
    const created = await bulkManager.post('/api/programmes', { organisationId: org, templateKey: 'kazlu_ruda_motivation' });
    const programme = created.json().id;
    for (let i = 0; i < 3; i++) await makeParticipant(t.db, org, { ...kazluPerson, registeredUnemployedSince: '2020-01-01' });
    for (let i = 0; i < 2; i++) await makeParticipant(t.db, org, { ...kazluPerson, receivesSocialAssistance: false, municipality: 'Kitur' });
    await makeParticipant(t.db, org, { birthDate: '1970-01-01', receivesSocialAssistance: true, firstName: 'Nežinomas' });
    const response = await bulkManager.post(`/api/programmes/${programme}/screenings/bulk`, { date: '2024-03-16' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ total: 6, ruleSetVersion: 1, counts: { eligible: 3, not_eligible: 2, unknown: 1 }, truncated: false });
    expect(body.items.find((x: { result: string }) => x.result === 'unknown')).toMatchObject({ missing: ['registeredUnemployedSince', 'notWorkingSince'] });
    const filtered = (await bulkManager.post(`/api/programmes/${programme}/screenings/bulk`, { date: '2024-03-16', municipality: 'Kitur', result: 'not_eligible', limit: 1 })).json();
    expect(filtered).toMatchObject({ total: 2, counts: { not_eligible: 2 }, truncated: true });
    expect(filtered.items).toHaveLength(1);
    expect((await auditEntries(t.db, 'screening.bulk')).map((e) => e.entity_id)).toContain(programme);
  });

  it('lists people in Lithuanian order, cut at the limit, with or without a result filter', async () => {
    const org = await makeOrganisation(t.db, 'Bulk order org');
    const bulkManager = await signIn(t.app, (await makeUser(t.db, { roles: [[org, 'programme_manager']] })).email);
    const programme = (await bulkManager.post('/api/programmes', { organisationId: org, templateKey: 'kazlu_ruda_motivation' })).json().id;
    const eligible = { ...kazluPerson, registeredUnemployedSince: '2020-01-01' };
    const notEligible = { ...kazluPerson, receivesSocialAssistance: false };
    for (const [lastName, facts] of [['Žalys', eligible], ['Zabiela', notEligible], ['Čepas', eligible], ['Cibulskis', notEligible], ['Yla', eligible], ['Ivanauskas', eligible]] as const) {
      await makeParticipant(t.db, org, { ...facts, firstName: 'Ona', lastName });
    }
    const screen = async (body: Record<string, unknown>) => {
      const answer = (await bulkManager.post(`/api/programmes/${programme}/screenings/bulk`, { date: '2024-03-16', ...body })).json();
      return { ...answer, names: answer.items.map((item: { name: string }) => item.name.slice(4)) };
    };
    const all = await screen({});
    expect(all).toMatchObject({ total: 6, counts: { eligible: 4, not_eligible: 2, unknown: 0 }, truncated: false });
    expect(all.names).toEqual(['Cibulskis', 'Čepas', 'Yla', 'Ivanauskas', 'Zabiela', 'Žalys']);
    expect(await screen({ limit: 2 })).toMatchObject({ total: 6, names: ['Cibulskis', 'Čepas'], truncated: true });
    expect(await screen({ limit: 6 })).toMatchObject({ truncated: false });
    expect(await screen({ limit: 0 })).toMatchObject({ total: 6, items: [], truncated: true });
    const firstEligible = await screen({ result: 'eligible', limit: 3 });
    expect(firstEligible).toMatchObject({ total: 6, counts: { eligible: 4 }, names: ['Čepas', 'Yla', 'Ivanauskas'], truncated: true });
    expect(firstEligible.items.every((item: { result: string }) => item.result === 'eligible')).toBe(true);
    expect(await screen({ result: 'not_eligible' })).toMatchObject({ names: ['Cibulskis', 'Zabiela'], truncated: false });
    expect(await screen({ result: 'unknown' })).toMatchObject({ items: [], truncated: false });
  });

  it('pages through the list: the second page continues the first without overlap, the counts stay the same', async () => {
    const org = await makeOrganisation(t.db, 'Bulk paging org');
    const bulkManager = await signIn(t.app, (await makeUser(t.db, { roles: [[org, 'programme_manager']] })).email);
    const programme = (await bulkManager.post('/api/programmes', { organisationId: org, templateKey: 'kazlu_ruda_motivation' })).json().id;
    const eligible = { ...kazluPerson, registeredUnemployedSince: '2020-01-01' };
    const notEligible = { ...kazluPerson, receivesSocialAssistance: false };
    // Seven share one name, so only the id tells them apart: the pages must still not overlap.
    for (let i = 0; i < 7; i++) await makeParticipant(t.db, org, { ...eligible, firstName: 'Jonas', lastName: 'Jonaitis' });
    for (let i = 0; i < 5; i++) await makeParticipant(t.db, org, { ...notEligible, firstName: 'Ona', lastName: `Onaitė${i}` });
    for (let i = 0; i < 3; i++) await makeParticipant(t.db, org, { ...eligible, firstName: 'Petras', lastName: `Petraitis${i}` });
    const page = async (body: Record<string, unknown>) =>
      (await bulkManager.post(`/api/programmes/${programme}/screenings/bulk`, { date: '2024-03-16', limit: 4, ...body })).json();

    for (const filter of [{}, { result: 'eligible' }]) {
      const pages = [await page({ ...filter, offset: 0 }), await page({ ...filter, offset: 4 }), await page({ ...filter, offset: 8 }), await page({ ...filter, offset: 12 })];
      const matched = 'result' in filter ? 10 : 15;
      for (const answer of pages) expect(answer).toMatchObject({ total: 15, counts: { eligible: 10, not_eligible: 5, unknown: 0 }, matched });
      expect(pages.map((p) => [p.offset, p.items.length, p.truncated])).toEqual(
        'result' in filter ? [[0, 4, true], [4, 4, true], [8, 2, false], [12, 0, false]] : [[0, 4, true], [4, 4, true], [8, 4, true], [12, 3, false]],
      );
      const ids = pages.flatMap((p) => p.items.map((item: { id: string }) => item.id));
      expect(new Set(ids).size).toBe(matched);
      // The pages together are the whole list in one go.
      expect(ids).toEqual((await page({ ...filter, offset: 0, limit: 100 })).items.map((item: { id: string }) => item.id));
    }
    const audited = (await auditEntries(t.db, 'screening.bulk')).filter((e) => e.entity_id === programme);
    expect(audited.at(-1)!.details).toMatchObject({ offset: 0, limit: 100, result: 'eligible' });
  });
});

describe('enrolment', () => {
  it('enrols the eligible, refuses the not eligible, and lets only an allowed role override with a reason, audited', async () => {
    const programme = await programmeWith({ kind: 'age', min: 30 });
    const eligible = await makeParticipant(t.db, kazlu, { birthDate: '1980-01-01' });
    const enrolled = await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: eligible, date: '2024-03-15' });
    expect(enrolled.statusCode).toBe(201);
    expect(enrolled.json()).toMatchObject({ status: 'enrolled', enrolledOn: '2024-03-15', screeningResult: 'eligible', waitingPosition: null });
    const again = await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: eligible, date: '2024-03-15' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ENROLMENT.ALREADY_ACTIVE');

    const young = await makeParticipant(t.db, kazlu, { birthDate: '2000-01-01' });
    const refused = await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: young, date: '2024-03-15' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'ENROLMENT.NOT_ELIGIBLE', details: { result: 'not_eligible' } });
    const unknown = await makeParticipant(t.db, kazlu, {});
    expect((await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: unknown, date: '2024-03-15' })).json().error)
      .toMatchObject({ code: 'ENROLMENT.NOT_ELIGIBLE', details: { result: 'unknown', missing: ['birthDate'] } });

    const notAllowed = await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: young, date: '2024-03-15', overrideReason: 'Atvejo komandos sprendimas' });
    expect(notAllowed.statusCode).toBe(403);
    expect((await auditEntries(t.db, 'enrolment.override')).filter((e) => e.outcome === 'denied').map((e) => e.entity_id)).toContain(young);

    const overridden = await manager.post(`/api/programmes/${programme}/enrolments`, { participantId: young, date: '2024-03-15', overrideReason: 'Atvejo komandos sprendimas 2024-03-14' });
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({ status: 'enrolled', overrideReason: 'Atvejo komandos sprendimas 2024-03-14', screeningResult: 'not_eligible' });
    const audited = (await auditEntries(t.db, 'enrolment.override')).filter((e) => e.outcome === 'ok');
    expect(audited.map((e) => e.entity_id)).toContain(young);
    expect(audited.at(-1)!.details).toMatchObject({ overrideReason: 'Atvejo komandos sprendimas 2024-03-14' });
  });

  it('fills exactly the capacity under 10 simultaneous requests and puts the rest on the waiting list in order', async () => {
    const programme = await programmeWith({ kind: 'open' }, 3);
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await makeParticipant(t.db, kazlu, {}));
    const responses = await Promise.all(people.map((participantId) => caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId, date: '2024-03-15' })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const statuses = responses.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'enrolled')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(7);
    const waiting = (await caseManager.get(`/api/programmes/${programme}/enrolments?status=waiting`)).json();
    expect(waiting.map((e: { waitingPosition: number }) => e.waitingPosition)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const since = waiting.map((e: { waitingSince: string }) => e.waitingSince);
    expect([...since].sort()).toEqual(since);
    expect((await manager.get(`/api/programmes/${programme}`)).json()).toMatchObject({ enrolled: 3, waiting: 7 });
  });

  it('exit frees a place (the next in line is not enrolled automatically); an open case is ended on the case, not here', async () => {
    const programme = await programmeWith({ kind: 'open' }, 1);
    const first = await makeParticipant(t.db, kazlu, {});
    const second = await makeParticipant(t.db, kazlu, {});
    const a = (await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: first, date: '2024-03-01' })).json();
    const b = (await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: second, date: '2024-03-01' })).json();
    expect([a.status, b.status, b.waitingPosition]).toEqual(['enrolled', 'waiting', 1]);
    expect(a.caseId).toEqual(expect.any(String));
    expect(b.caseId).toBeNull();

    // Enrolment opened a case: the exit is recorded there, with the outcome (issue 4).
    const refused = await caseManager.post(`/api/enrolments/${a.id}/exit`, { exitedOn: '2024-06-30', reason: 'Įsidarbino' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'CASE.OPEN', details: { caseId: a.caseId } });
    const early = await caseManager.post(`/api/cases/${a.caseId}/stage`, { to: 'closed', outcome: 'employed', outcomeOn: '2024-02-29', version: 1 });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields[0]).toMatchObject({ field: 'outcomeOn', problem: 'before_start' });
    const closed = await caseManager.post(`/api/cases/${a.caseId}/stage`, { to: 'closed', outcome: 'employed', outcomeOn: '2024-06-30', version: 1 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await caseManager.post(`/api/enrolments/${a.id}/exit`, { exitedOn: '2024-06-30', reason: 'Vėl' })).statusCode).toBe(409);
    expect((await manager.get(`/api/programmes/${programme}`)).json()).toMatchObject({ enrolled: 0, waiting: 1 });

    const third = await makeParticipant(t.db, kazlu, {});
    expect((await caseManager.post(`/api/programmes/${programme}/enrolments`, { participantId: third, date: '2024-07-01' })).json().status).toBe('enrolled');

    const history = (await caseManager.get(`/api/participants/${first}/programmes`)).json();
    expect(history).toEqual([expect.objectContaining({ programmeId: programme, status: 'exited', enrolledOn: '2024-03-01', exitedOn: '2024-06-30', exitReason: 'employed', caseId: a.caseId })]);

    // Taking someone off the waiting list stays here.
    const withdrawn = await caseManager.post(`/api/enrolments/${b.id}/exit`, { exitedOn: '2024-07-02', reason: 'Persigalvojo' });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', exitedOn: '2024-07-02', exitReason: 'Persigalvojo' });
    expect((await auditEntries(t.db, 'enrolment.exit')).map((e) => e.entity_id)).toContain(second);
  });

  it('is out of reach for other organisations (404, audited)', async () => {
    const person = await makeParticipant(t.db, kazlu, {});
    const response = await outsider.post(`/api/programmes/${kazluProgramme}/enrolments`, { participantId: person });
    expect(response.statusCode).toBe(404);
    expect((await auditEntries(t.db, 'enrolment.create')).filter((e) => e.outcome === 'denied').map((e) => e.entity_id)).toContain(kazluProgramme);
    expect((await outsider.get(`/api/participants/${person}/programmes`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/programmes/${kazluProgramme}/enrolments`)).statusCode).toBe(404);
  });
});
