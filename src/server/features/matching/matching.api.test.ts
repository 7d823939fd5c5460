import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, daysFromToday, makeCase, makeOrganisation, staffSignIn, testApp, today, type Session, type TestApp } from '../../../../tests/api.ts';
import { MATCH_FACTORS } from '../../../contracts/matching.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { municipalityCodeOf } from '../participants/participants.service.ts';

// Matching through its API: people ranked for a vacancy and vacancies for a person, with the
// reasons; only open cases whose person consents to job mediation and is not in a paid job;
// refusals without consent or profile; organisation scope; the audit entry names who was shown.
// The rows are written straight to the database: this file owns its world.

let t: TestApp;
let kazlu: string;
let utena: string;
let coach: Session;
let socialWorker: Session;
let outsider: Session;
let employerId: string;
let welding: string;

const prefixes = (codes: string[]) => [...new Set(codes.flatMap((code) => [1, 2, 3, 4].filter((n) => n <= code.length).map((n) => code.slice(0, n))))];

async function employer(organisationId: string, name: string, municipalityCode: string) {
  const { id } = await t.db.insertInto('employers').values({
    organisation_id: organisationId, name, sort_key: lithuanianSortKey(name), search_key: searchKey(name), municipality_code: municipalityCode,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function vacancy(organisationId: string, values: { title: string; isco: string; municipality: string; status?: string; closesOn?: string | null; skills?: string[]; hours?: string; employer?: string; drivingLicence?: boolean }) {
  const { id } = await t.db.insertInto('vacancies').values({
    organisation_id: organisationId, employer_id: values.employer ?? employerId, isco_code: values.isco, title: values.title,
    municipality_code: values.municipality, hours: values.hours ?? 'full_time', skills: values.skills ?? [], languages: ['lt'],
    driving_licence_required: values.drivingLicence ?? false, opens_on: daysFromToday(-30), closes_on: values.closesOn ?? null, status: values.status ?? 'open',
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

interface PersonOptions {
  first: string;
  last: string;
  municipality: string;
  targets?: string[];
  experience?: string[];
  skills?: string[];
  hours?: string[];
  consent?: 'active' | 'withdrawn' | 'none';
  profile?: boolean;
  organisationId?: string;
}

async function person(options: PersonOptions) {
  const organisationId = options.organisationId ?? kazlu;
  const made = await makeCase(t.db, organisationId, { firstName: options.first, lastName: options.last, caseManagerId: coach.userId });
  await t.db.updateTable('participants').set({ municipality: options.municipality, municipality_code: municipalityCodeOf(options.municipality), languages: ['lt'] })
    .where('id', '=', made.participantId).execute();
  if (options.profile !== false) {
    const targets = options.targets ?? [];
    const experience = options.experience ?? [];
    await t.db.insertInto('vocational_profiles').values({
      case_id: made.caseId, organisation_id: organisationId, participant_id: made.participantId, skills: options.skills ?? [],
      target_isco: targets, experience_isco: experience, isco_prefixes: prefixes([...targets, ...experience]), hours: options.hours ?? ['full_time'],
      max_commute_km: 30, own_transport: true,
    }).execute();
  }
  const consent = options.consent ?? 'active';
  if (consent !== 'none') {
    await t.db.insertInto('consents').values({
      participant_id: made.participantId, purpose: 'job_mediation', legal_basis: 'consent', given_on: daysFromToday(-60),
      withdrawn_on: consent === 'withdrawn' ? daysFromToday(-2) : null,
    }).execute();
  }
  return made;
}

async function placement(made: { caseId: string; participantId: string }, kind: string, endedOn: string | null = null) {
  await t.db.insertInto('placements').values({
    organisation_id: kazlu, case_id: made.caseId, participant_id: made.participantId, employer_id: employerId, kind, isco_code: '7212',
    job_title: 'Suvirintojas', starts_on: daysFromToday(-20), hours_per_week: 40, ended_on: endedOn, end_reason: endedOn ? 'completed' : null,
  }).execute();
}

let welder: Awaited<ReturnType<typeof person>>;
let metalworker: Awaited<ReturnType<typeof person>>;
let cook: Awaited<ReturnType<typeof person>>;
let trialWelder: Awaited<ReturnType<typeof person>>;
const hidden: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  coach = await user('Rūta', 'Žemaitienė', [[kazlu, 'job_coach']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'job_coach']]);
  employerId = await employer(kazlu, 'UAB „Kazlų metalas“', 'LT-17');
  welding = await vacancy(kazlu, { title: 'Suvirintojas (-a)', isco: '7212', municipality: 'LT-17', skills: ['MIG suvirinimas', 'Brėžinių skaitymas'] });

  welder = await person({ first: 'Jonas', last: 'Kazlauskas', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], skills: ['MIG suvirinimas', 'brezinių skaitymas'] });
  metalworker = await person({ first: 'Darius', last: 'Urbonas', municipality: 'Marijampolės sav.', targets: ['7213'], experience: ['9329'], skills: ['MIG suvirinimas'] });
  cook = await person({ first: 'Rūta', last: 'Petrauskienė', municipality: 'Rokiškio r. sav.', targets: ['5120'], experience: ['7233'], hours: ['part_time'] });
  trialWelder = await person({ first: 'Andrius', last: 'Butkus', municipality: 'Kazlų Rūdos sav.', targets: ['7212'] });
  await placement(trialWelder, 'trial_practice');
  const endedJob = await person({ first: 'Lukas', last: 'Šimkus', municipality: 'Kazlų Rūdos sav.', targets: ['7212'] });
  await placement(endedJob, 'open_market', daysFromToday(-1));
  hidden.endedJob = endedJob.participantId; // shown: the job ended

  hidden.noConsent = (await person({ first: 'Paulius', last: 'Be-Sutikimo', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], consent: 'none' })).participantId;
  hidden.withdrawn = (await person({ first: 'Mantas', last: 'Atšaukęs', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], consent: 'withdrawn' })).participantId;
  const employed = await person({ first: 'Karolis', last: 'Dirbantis', municipality: 'Kazlų Rūdos sav.', targets: ['7212'] });
  await placement(employed, 'subsidised_employment');
  hidden.employed = employed.participantId;
  const closed = await person({ first: 'Ignas', last: 'Uždarytas', municipality: 'Kazlų Rūdos sav.', targets: ['7212'] });
  await t.db.updateTable('cases').set({ stage: 'closed', closed_on: today(), outcome: 'other' }).where('id', '=', closed.caseId).execute();
  hidden.closed = closed.participantId;
  hidden.otherOrganisation = (await person({ first: 'Vilius', last: 'Kitas', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], organisationId: utena })).participantId;
  // In major group 7 only: found when the search is widened.
  hidden.majorOnly = (await person({ first: 'Egidijus', last: 'Mūrininkas', municipality: 'Kazlų Rūdos sav.', targets: ['7112'] })).participantId;
});
afterAll(() => t.close());

describe('people for a vacancy', () => {
  it('ranks a welder in Kazlų Rūda first and a cook in Rokiškis last, each with reasons', async () => {
    const response = await coach.get(`/api/vacancies/${welding}/matches?limit=3`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ vacancyId: welding, title: 'Suvirintojas (-a)', iscoCode: '7212', widened: false });
    expect(body.items.map((item: { name: string }) => item.name)).toEqual(['Jonas Kazlauskas', 'Andrius Butkus', 'Lukas Šimkus']);
    const [first] = body.items;
    expect(first).toMatchObject({ caseId: welder.caseId, participantId: welder.participantId, score: 100 });
    expect(first.factors.map((f: { key: string }) => f.key)).toEqual([...MATCH_FACTORS]);
    expect(first.factors[0]).toEqual({ key: 'occupation', points: 40, max: 40, reason: { code: 'target', params: { level: 4, code: '7212', group: '7212', vacancyCode: '7212' } } });
    expect(first.factors[2]).toMatchObject({ key: 'distance', points: 20, reason: { code: 'same_municipality', params: { place: 'Kazlų Rūda' } } });

    const all = (await coach.get(`/api/vacancies/${welding}/matches`)).json();
    const names = all.items.map((item: { name: string }) => item.name);
    expect(names.indexOf('Darius Urbonas')).toBeGreaterThan(names.indexOf('Jonas Kazlauskas'));
    expect(names.at(-1)).toBe('Rūta Petrauskienė');
    const cookMatch = all.items.at(-1);
    expect(cookMatch.participantId).toBe(cook.participantId);
    expect(cookMatch.factors[0]).toMatchObject({ points: 15, reason: { code: 'experience', params: { level: 2, code: '7233', group: '72' } } });
    expect(cookMatch.factors[2]).toMatchObject({ points: 0, reason: { code: 'beyond_reach', params: { from: 'Rokiškis', to: 'Kazlų Rūda', reachKm: 30 } } });
    expect(cookMatch.factors[3]).toMatchObject({ points: 0, reason: { code: 'not_accepted', params: { hours: 'full_time', accepted: ['part_time'] } } });
    const metal = all.items.find((item: { participantId: string }) => item.participantId === metalworker.participantId);
    expect(metal.factors[2]).toMatchObject({ points: 20, reason: { code: 'within_reach', params: { from: 'Marijampolė', to: 'Kazlų Rūda' } } });
    expect(metal.factors[1]).toMatchObject({ points: 8, reason: { code: 'some', params: { matched: 1, asked: 2, missing: ['Brėžinių skaitymas'] } } });
  });

  it('never shows people without consent, with a withdrawn consent, in a paid job, with a closed case or of another organisation', async () => {
    const body = (await coach.get(`/api/vacancies/${welding}/matches?limit=50`)).json();
    const shown = body.items.map((item: { participantId: string }) => item.participantId);
    for (const key of ['noConsent', 'withdrawn', 'employed', 'closed', 'otherOrganisation']) expect(shown, key).not.toContain(hidden[key]);
    // A trial practice is not a paid job, and a job that ended is over.
    expect(shown).toContain(trialWelder.participantId);
    expect(shown).toContain(hidden.endedJob);
  });

  it('widens the search to the ISCO major group when the sub-major group gives fewer than asked', async () => {
    const narrow = (await coach.get(`/api/vacancies/${welding}/matches?limit=2`)).json();
    expect(narrow.widened).toBe(false);
    expect(narrow.candidates).toBe(5);
    const wide = (await coach.get(`/api/vacancies/${welding}/matches?limit=20`)).json();
    expect(wide.widened).toBe(true);
    expect(wide.candidates).toBe(6);
    const mason = wide.items.find((item: { participantId: string }) => item.participantId === hidden.majorOnly);
    expect(mason.factors[0]).toMatchObject({ points: 8, reason: { code: 'target', params: { level: 1, group: '7' } } });
  });

  it('records who was shown in the audit log', async () => {
    const body = (await coach.get(`/api/vacancies/${welding}/matches?limit=3`)).json();
    const entry = (await auditEntries(t.db, 'match.list')).at(-1)!;
    expect(entry).toMatchObject({ actor_id: coach.userId, entity_type: 'vacancy', entity_id: welding, organisation_id: kazlu, outcome: 'ok' });
    expect((entry.details as { participantIds: string[] }).participantIds).toEqual(body.items.map((item: { participantId: string }) => item.participantId));
  });

  it('answers 404 for another organisation\'s vacancy (the attempt recorded) and 403 to staff who may not run matching', async () => {
    const response = await outsider.get(`/api/vacancies/${welding}/matches`);
    expect(response.statusCode).toBe(404);
    expect((await auditEntries(t.db, 'match.list')).at(-1)).toMatchObject({ actor_id: outsider.userId, outcome: 'denied', entity_id: welding });
    expect((await socialWorker.get(`/api/vacancies/${welding}/matches`)).statusCode).toBe(403);
    expect((await coach.get('/api/vacancies/00000000-0000-4000-8000-000000000000/matches')).statusCode).toBe(404);
    expect((await coach.get(`/api/vacancies/${welding}/matches?limit=0`)).statusCode).toBe(400);
    expect((await coach.get(`/api/vacancies/${welding}/matches?limit=51`)).statusCode).toBe(400);
  });
});

describe('vacancies for a person', () => {
  let rokiskis: string;
  beforeAll(async () => {
    const far = await employer(kazlu, 'UAB „Rokiškio gamykla“', 'LT-40');
    rokiskis = await vacancy(kazlu, { title: 'Suvirintojas Rokiškyje', isco: '7212', municipality: 'LT-40', employer: far });
    await vacancy(kazlu, { title: 'Uždaryta suvirintojo vieta', isco: '7212', municipality: 'LT-17', status: 'closed' });
    await vacancy(kazlu, { title: 'Pasibaigusi suvirintojo vieta', isco: '7212', municipality: 'LT-17', closesOn: daysFromToday(-1) });
    await vacancy(kazlu, { title: 'Virėjas', isco: '5120', municipality: 'LT-17' });
    await vacancy(kazlu, { title: 'Mūrininkas', isco: '7112', municipality: 'LT-17' });
    const utenaEmployer = await employer(utena, 'UAB „Utenos metalas“', 'LT-54');
    await vacancy(utena, { title: 'Suvirintojas Utenoje', isco: '7212', municipality: 'LT-54', employer: utenaEmployer });
  });

  it('ranks the open vacancies of the organisation, the nearest welding job first, with the employer', async () => {
    const response = await coach.get(`/api/cases/${welder.caseId}/matches`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ caseId: welder.caseId, widened: true });
    expect(body.items.map((item: { title: string }) => item.title)).toEqual(['Suvirintojas (-a)', 'Suvirintojas Rokiškyje', 'Mūrininkas']);
    expect(body.items[0]).toMatchObject({ vacancyId: welding, employerId, employerName: 'UAB „Kazlų metalas“', municipalityCode: 'LT-17', closesOn: null, score: 100 });
    expect(body.items[1]).toMatchObject({ vacancyId: rokiskis, employerName: 'UAB „Rokiškio gamykla“' });
    expect(body.items[1].factors[2]).toMatchObject({ key: 'distance', points: 0, reason: { code: 'beyond_reach', params: { from: 'Kazlų Rūda', to: 'Rokiškis' } } });

    const narrow = (await coach.get(`/api/cases/${welder.caseId}/matches?limit=2`)).json();
    expect(narrow).toMatchObject({ widened: false, candidates: 2 });
    const entry = (await auditEntries(t.db, 'match.list')).at(-1)!;
    expect(entry).toMatchObject({ actor_id: coach.userId, entity_type: 'case', entity_id: welder.caseId, outcome: 'ok' });
    expect(entry.details).toMatchObject({ participantId: welder.participantId, vacancyIds: narrow.items.map((item: { vacancyId: string }) => item.vacancyId) });
  });

  it('is refused, saying why, when the person has not consented to job mediation or withdrew it', async () => {
    const none = await person({ first: 'Ona', last: 'Nesutikusi', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], consent: 'none' });
    const response = await coach.get(`/api/cases/${none.caseId}/matches`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'MATCHING.NO_JOB_MEDIATION_CONSENT' });
    expect(response.json().error.message).toContain('tarpininkavimo įdarbinant');
    const english = await coach.get(`/api/cases/${none.caseId}/matches`, { 'accept-language': 'en' });
    expect(english.json().error.message).toContain('has not consented to job mediation');
    const withdrawn = await person({ first: 'Ona', last: 'Atšaukusi', municipality: 'Kazlų Rūdos sav.', targets: ['7212'], consent: 'withdrawn' });
    expect((await coach.get(`/api/cases/${withdrawn.caseId}/matches`)).json().error.code).toBe('MATCHING.NO_JOB_MEDIATION_CONSENT');
    expect((await auditEntries(t.db, 'match.list')).at(-1)!.details).toMatchObject({ refused: 'MATCHING.NO_JOB_MEDIATION_CONSENT' });
  });

  it('is refused without a vocational profile, or with one that names no job', async () => {
    const noProfile = await person({ first: 'Ona', last: 'Beprofilė', municipality: 'Kazlų Rūdos sav.', profile: false });
    const response = await coach.get(`/api/cases/${noProfile.caseId}/matches`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('MATCHING.NO_VOCATIONAL_PROFILE');
    const noJobs = await person({ first: 'Ona', last: 'Bedarbė', municipality: 'Kazlų Rūdos sav.', targets: [], experience: [] });
    expect((await coach.get(`/api/cases/${noJobs.caseId}/matches`)).json().error.code).toBe('MATCHING.NO_VOCATIONAL_PROFILE');
  });

  it('answers 404 outside the organisation and 403 to staff who may not run matching', async () => {
    expect((await outsider.get(`/api/cases/${welder.caseId}/matches`)).statusCode).toBe(404);
    expect((await auditEntries(t.db, 'match.list')).at(-1)).toMatchObject({ actor_id: outsider.userId, outcome: 'denied', entity_type: 'case' });
    const team = await makeCase(t.db, kazlu, { caseManagerId: coach.userId, team: [[socialWorker.userId, 'social_worker']] });
    expect((await socialWorker.get(`/api/cases/${team.caseId}/matches`)).statusCode).toBe(403);
  });
});
