import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, daysFromToday, makeCase, makeOrganisation, staffSignIn, testApp, today, type Session, type TestApp } from '../../../../tests/api.ts';
import { MATCH_FACTORS } from '../../../contracts/matching.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { municipalityCodeOf } from '../participants/participants.service.ts';
import * as q from './matching.queries.ts';
import { MAX_BOUND, scoreMatch } from './matching.rules.ts';
import { personBoundParams, personOf, vacancyBoundParams, vacancyOf } from './matching.service.ts';

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
    organisation_id: organisationId, employer_id: values.employer ?? employerId, isco_code: values.isco, title: values.title, sort_key: lithuanianSortKey(values.title),
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

describe('what the ranking reads about a person', () => {
  it('follows the participant: a move, a new eldership and a new name are copied onto the vocational profile', async () => {
    const mover = await person({ first: 'Marius', last: 'Keliautojas', municipality: 'Rokiškio r. sav.', targets: ['7212'], skills: ['MIG suvirinimas'] });
    const profile = () => t.db.selectFrom('vocational_profiles').select(['municipality_code', 'eldership', 'sort_key', 'skills_key']).where('case_id', '=', mover.caseId).executeTakeFirstOrThrow();
    const walked = () => t.db.selectFrom('vocational_profile_targets').select(['unit_group', 'sort_key', 'municipality_code']).where('case_id', '=', mover.caseId).execute();
    const match = async () => (await coach.get(`/api/vacancies/${welding}/matches?limit=50`)).json().items
      .find((item: { participantId: string }) => item.participantId === mover.participantId);
    expect(await profile()).toMatchObject({ municipality_code: 'LT-40', skills_key: ['mig suvirinimas'] });
    expect((await match()).factors[2]).toMatchObject({ points: 0, reason: { code: 'beyond_reach', params: { from: 'Rokiškis' } } });

    const { version } = (await coach.get(`/api/participants/${mover.participantId}`)).json();
    const moved = await coach.patch(`/api/participants/${mover.participantId}`, { version, municipality: 'Kazlų Rūdos sav.', eldership: 'Jankų seniūnija', lastName: 'Namiškis' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await profile()).toMatchObject({ municipality_code: 'LT-17', eldership: 'Jankų seniūnija', sort_key: lithuanianSortKey('Namiškis Marius') });
    expect(await walked()).toEqual([{ unit_group: '7212', sort_key: lithuanianSortKey('Namiškis Marius'), municipality_code: 'LT-17' }]);
    const near = await match();
    expect(near.name).toBe('Marius Namiškis');
    expect(near.factors[2]).toMatchObject({ points: 20, reason: { code: 'same_municipality', params: { place: 'Kazlų Rūda' } } });

    // A place nobody can read is stored as unknown, and matched as unknown.
    const again = (await coach.get(`/api/participants/${mover.participantId}`)).json();
    expect((await coach.patch(`/api/participants/${mover.participantId}`, { version: again.version, municipality: 'Atlantida' })).statusCode).toBe(200);
    expect(await profile()).toMatchObject({ municipality_code: null });
    expect((await match()).factors[2]).toMatchObject({ points: 10, reason: { code: 'place_unknown', params: { from: 'Atlantida' } } });

    // Changing the profile's skills refolds them; a skill with another accent is counted as unsure.
    await t.db.updateTable('vocational_profiles').set({ skills: ['  Brėžinių   SKAITYMAS ', 'Café'], target_isco: ['7212', '7213'] }).where('case_id', '=', mover.caseId).execute();
    expect(await t.db.selectFrom('vocational_profiles').select(['skills_key', 'skills_unsure', 'target_prefixes']).where('case_id', '=', mover.caseId).executeTakeFirstOrThrow())
      .toEqual({ skills_key: ['breziniu skaitymas'], skills_unsure: 1, target_prefixes: ['7', '72', '721', '7212', '7213'] });
    expect((await walked()).map((row) => row.unit_group).sort()).toEqual(['7212', '7213']);
  });
});

describe('the candidate pages', () => {
  type Shape = [size: number, walkBatch: number, walkCap: number];
  const SHAPES: Shape[] = [[1, 1, 1], [2, 1, 3], [3, 2, 2], [4, 3, 7], [5, 50, 50]];
  const ONE_PAGE: Shape = [1000, 1000, 100_000];

  async function readAll<R>(page: (after: q.PageEnd | null, size: number, shape: q.PageShape) => Promise<q.Page<R>>, [size, walkBatch, walkCap]: Shape) {
    const rows: q.Page<R>['rows'] = [];
    let after: q.PageEnd | null = null;
    for (;;) {
      const read = await page(after, size, { maxBound: MAX_BOUND, walkBatch, walkCap });
      rows.push(...read.rows);
      if (!read.full) return rows;
      after = read.last;
    }
  }
  const inOrder = (rows: { bound: number; sort_key: string }[], id: (row: never) => string) => rows.every((row, i) => {
    const before = rows[i - 1];
    if (!before) return true;
    return before.bound > row.bound || (before.bound === row.bound && (before.sort_key < row.sort_key || (before.sort_key === row.sort_key && id(before as never) < id(row as never))));
  });

  let organisationId: string;
  let job: string;
  let someone: Awaited<ReturnType<typeof person>>;
  beforeAll(async () => {
    organisationId = await makeOrganisation(t.db, 'Marijampolės sav. administracija');
    const boss = await employer(organisationId, 'UAB „Sūduvos metalas“', 'LT-25');
    const places = ['Marijampolės sav.', 'Kazlų Rūdos sav.', 'Rokiškio r. sav.', 'Atlantida'];
    const jobs = [['7212'], ['7212', '9329'], ['7213'], ['7233']];
    for (let i = 0; i < 24; i++) {
      const made = await person({
        organisationId, first: 'Asmuo', last: `Nr${String.fromCharCode(65 + (i * 7) % 24)}`, municipality: places[i % 4]!, targets: jobs[(i >> 2) % 4],
        experience: i % 5 === 0 ? ['7212'] : [], hours: i % 3 ? ['full_time'] : ['part_time'], consent: i % 7 === 6 ? 'none' : 'active',
        skills: i % 2 ? ['MIG suvirinimas'] : ['mig suvirinimas', 'Brėžinių skaitymas'],
      });
      if (i === 1) someone = made;
    }
    job = await vacancy(organisationId, { title: 'Suvirintojas Marijampolėje', isco: '7212', municipality: 'LT-25', employer: boss, skills: ['MIG suvirinimas', 'Brėžinių skaitymas'] });
    for (let i = 0; i < 12; i++) {
      await vacancy(organisationId, {
        title: `Vieta ${String.fromCharCode(90 - i)}`, isco: ['7212', '7213', '9329', '7233'][i % 4]!, municipality: ['LT-25', 'LT-17', 'LT-40'][i % 3]!, employer: boss,
        skills: i % 2 ? ['MIG suvirinimas'] : [], hours: ['full_time', 'part_time', 'flexible'][i % 3],
      });
    }
  });

  it('rank the same people in the same order however small the pages and the walk, each bound at least the score', async () => {
    const row = (await q.findVacancy(t.db, job))!;
    for (const groups of [['72'], ['7']]) {
      const params = personBoundParams(row, groups);
      const page = (after: q.PageEnd | null, size: number, shape: q.PageShape) => q.peoplePage(t.db, params, after, size, shape);
      const whole = await readAll(page, ONE_PAGE);
      expect(whole.length).toBeGreaterThan(10);
      expect(whole.some((candidate) => candidate.bound === MAX_BOUND)).toBe(true);
      expect(inOrder(whole, (candidate: { case_id: string }) => candidate.case_id)).toBe(true);
      for (const candidate of whole) expect(scoreMatch(vacancyOf(row), personOf(candidate.case_id, candidate)).score).toBeLessThanOrEqual(candidate.bound);
      for (const shape of SHAPES) {
        expect((await readAll(page, shape)).map((c) => [c.case_id, c.bound]), `${groups} ${shape}`).toEqual(whole.map((c) => [c.case_id, c.bound]));
      }
    }
  });

  it('rank the same vacancies in the same order however small the pages and the walk, each bound at least the score', async () => {
    const profile = (await q.profileOfCase(t.db, someone.caseId))!;
    const me = personOf(someone.caseId, profile);
    for (const groups of [['72', '93'], ['70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '90', '91', '92', '93', '94', '95', '96', '97', '98', '99']]) {
      const params = vacancyBoundParams(organisationId, me, groups);
      const page = (after: q.PageEnd | null, size: number, shape: q.PageShape) => q.vacanciesPage(t.db, params, after, size, shape);
      const whole = await readAll(page, ONE_PAGE);
      expect(whole.length).toBeGreaterThan(8);
      expect(whole.some((candidate) => candidate.bound === MAX_BOUND)).toBe(true);
      expect(inOrder(whole, (candidate: { id: string }) => candidate.id)).toBe(true);
      for (const candidate of whole) expect(scoreMatch(vacancyOf(candidate), me).score).toBeLessThanOrEqual(candidate.bound);
      for (const shape of SHAPES) {
        expect((await readAll(page, shape)).map((c) => [c.id, c.bound]), `${groups} ${shape}`).toEqual(whole.map((c) => [c.id, c.bound]));
      }
    }
  });
});
