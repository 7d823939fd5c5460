import type pg from 'pg';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import { seeded } from './random.ts';

// Matching at the scale of issue 5, on top of the cases of issue 4: 2,000 employers and
// 12,000 vacancies (10,000 open) in the case manager's organisation, vocational profiles for
// 60% of its 70,000 cases and job-mediation consents for 80% of those, a few people in a
// paid job. Occupations lean on the common low-skill groups, places on a few counties, as
// in the municipalities Kelias serves. Seeded, so every run loads the same world.

export const EMPLOYERS = 2_000;
export const OPEN_VACANCIES = 10_000;
export const OTHER_VACANCIES = 2_000;
export const PROFILE_SHARE = 0.6;
export const CONSENT_SHARE = 0.8;
const CHUNK = 5_000;

export interface GeneratedMatching {
  seconds: number;
  counts: { employers: number; vacancies: number; openVacancies: number; profiles: number; consents: number; placements: number };
  /** A cleaner's vacancy in Kazlų Rūda: the most common occupation, so the most candidates. */
  sampleVacancyId: string;
  /** A case whose person aims at cleaning and shop work: the most common groups, so the most vacancies. */
  sampleCaseId: string;
  /** How many people the sample vacancy's prefilter returns, and vacancies the sample case's. */
  sampleCandidates: { people: number; vacancies: number };
}

const { rand, pick, weighted } = seeded(5);
const some = <T>(items: readonly T[], count: number): T[] => {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
  return [...chosen];
};

// ISCO-08 unit groups with a weight (how often they are asked for and aimed at) and the skills a vacancy asks.
const OCCUPATIONS: [string, number, string[]][] = [
  ['9112', 14, ['Patalpų valymas', 'Valymo priemonės', 'Darbas pamainomis']],
  ['5223', 12, ['Kasos aparatas', 'Klientų aptarnavimas', 'Prekių išdėstymas']],
  ['9329', 8, ['Darbas prie konvejerio', 'Pakavimas', 'Darbas pamainomis']],
  ['8322', 8, ['B kategorijos vairavimas', 'Maršrutų planavimas']],
  ['5120', 7, ['Maisto gaminimas', 'Higienos normos', 'Darbas virtuvėje']],
  ['7212', 6, ['MIG suvirinimas', 'Brėžinių skaitymas', 'Darbas aukštyje']],
  ['9333', 6, ['Krovinių tvarkymas', 'Krautuvo vairavimas', 'Sandėlio apskaita']],
  ['4110', 5, ['Kompiuterinis raštingumas', 'Dokumentų tvarkymas', 'Anglų kalba']],
  ['8332', 5, ['C kategorijos vairavimas', '95 kodas']],
  ['5131', 4, ['Klientų aptarnavimas', 'Kasos aparatas']],
  ['9412', 4, ['Darbas virtuvėje', 'Higienos normos']],
  ['5322', 4, ['Asmens priežiūra', 'Pirmoji pagalba']],
  ['9313', 4, ['Darbas aukštyje', 'Statybos darbai']],
  ['7115', 3, ['Medienos apdirbimas', 'Brėžinių skaitymas']],
  ['7112', 3, ['Mūrijimas', 'Statybos darbai']],
  ['9211', 3, ['Žemės ūkio darbai']],
  ['4321', 3, ['Sandėlio apskaita', 'Kompiuterinis raštingumas']],
  ['5230', 3, ['Kasos aparatas', 'Klientų aptarnavimas']],
  ['5321', 2, ['Asmens priežiūra', 'Pirmoji pagalba']],
  ['7411', 2, ['Elektros instaliacija', 'Saugos reikalavimai']],
  ['7231', 2, ['Automobilių remontas', 'Diagnostika']],
  ['8160', 2, ['Maisto pramonės įranga', 'Higienos normos']],
  ['8219', 2, ['Surinkimo darbai', 'Brėžinių skaitymas']],
  ['9622', 2, ['Smulkūs remonto darbai']],
  ['7522', 1, ['Medienos apdirbimas', 'Baldų surinkimas']],
  ['5151', 1, ['Komandos vadovavimas', 'Patalpų valymas']],
  ['3313', 1, ['Buhalterinė apskaita', 'Kompiuterinis raštingumas']],
  ['2512', 1, ['Programavimas', 'Anglų kalba']],
  ['2341', 1, ['Pedagogika']],
  ['9121', 1, ['Skalbimas']],
];
const SKILLS = new Map(OCCUPATIONS.map(([code, , skills]) => [code, skills]));
const CODES = OCCUPATIONS.map(([code, weight]) => [code, weight] as const);

// Workplaces mostly in Marijampolė and Kaunas counties and Vilnius, as the participants' homes.
const PLACES: [string, number][] = [
  ['LT-17', 22], ['LT-25', 16], ['LT-56', 6], ['LT-41', 5], ['LT-14', 3], ['LT-15', 14], ['LT-16', 8], ['LT-36', 3],
  ['LT-57', 12], ['LT-58', 3], ['LT-40', 5], ['LT-54', 3],
];
const ELDERSHIPS: Record<string, string[]> = { 'LT-17': ['Kazlų Rūdos seniūnija', 'Jankų seniūnija', 'Plutiškių seniūnija', 'Antanavo seniūnija'] };
const HOURS: [string[], number][] = [
  [['full_time'], 50], [['full_time', 'part_time'], 20], [['part_time'], 10], [['part_time', 'flexible'], 10], [['flexible'], 5], [[], 5],
];
const ADAPTATIONS = ['step_free_access', 'adapted_workstation', 'flexible_schedule', 'reduced_hours', 'quiet_workplace', 'job_coach_on_site', 'easy_read_instructions', 'transport_provided'];

/** A PostgreSQL array literal, for passing arrays of arrays through unnest as text. */
const literal = (items: readonly string[]) => `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
const prefixes = (codes: readonly string[]) => [...new Set(codes.flatMap((code) => [1, 2, 3, 4].map((n) => code.slice(0, n))))];
const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (days: number) => iso(new Date(Date.UTC(2026, 10, 22) + days * 86_400_000));

async function chunks<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function generateMatching(pool: pg.Pool, organisationId: string): Promise<GeneratedMatching> {
  const started = performance.now();
  const db = await pool.connect();
  try {
    await db.query(`set session_replication_role = replica`);
    return await generateOn(db, organisationId, started);
  } finally {
    await db.query(`reset session_replication_role`);
    db.release();
  }
}

async function generateOn(db: pg.PoolClient, organisationId: string, started: number): Promise<GeneratedMatching> {
  const employers = Array.from({ length: EMPLOYERS }, (_, i) => {
    const name = `UAB „${pick(['Baltų', 'Nemuno', 'Sūduvos', 'Šešupės', 'Žalgirio', 'Ąžuolo', 'Kazlų', 'Jūros'])} ${pick(['prekyba', 'gamyba', 'statyba', 'logistika', 'paslaugos', 'maistas'])} ${i + 1}“`;
    const place = weighted(PLACES);
    return { name, place, code: String(100_000_000 + i * 37) };
  });
  const { rows: employerRows } = await db.query<{ id: string; municipality_code: string }>(
    `insert into employers (organisation_id, name, sort_key, search_key, company_code, sector, municipality_code, offers_trial_practice)
     select $1, name, sort_key, search_key, code, sector, place, trial
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) as t (name, sort_key, search_key, code, sector, place, trial)
     returning id, municipality_code`,
    [
      organisationId, employers.map((e) => e.name), employers.map((e) => lithuanianSortKey(e.name)), employers.map((e) => searchKey(e.name)),
      employers.map((e) => e.code), employers.map(() => pick(['C', 'F', 'G', 'H', 'I', 'N', 'Q'])), employers.map((e) => e.place), employers.map(() => rand() < 0.3),
    ],
  );

  // The sample vacancy first: a cleaner in Kazlų Rūda.
  const vacancies = Array.from({ length: OPEN_VACANCIES + OTHER_VACANCIES }, (_, i) => {
    const employer = i === 0 ? employerRows.find((e) => e.municipality_code === 'LT-17')! : pick(employerRows);
    const code = i === 0 ? '9112' : weighted(CODES);
    const open = i < OPEN_VACANCIES;
    const licence = code === '8322' || code === '8332' || rand() < 0.1;
    const opens = -Math.floor(rand() * 60);
    return {
      employerId: employer.id, code, title: `Darbuotojas (${code}) ${i + 1}`, place: employer.municipality_code,
      eldership: rand() < 0.5 ? pick(ELDERSHIPS[employer.municipality_code] ?? ['']) : '',
      hours: i === 0 ? 'full_time' : weighted([['full_time', 70], ['part_time', 20], ['flexible', 10]] as const),
      skills: literal(i === 0 ? SKILLS.get(code)!.slice(0, 2) : some(SKILLS.get(code)!, Math.floor(rand() * 4))),
      languages: literal(weighted([[['lt'], 85], [['lt', 'en'], 5], [['lt', 'ru'], 5], [[], 5]] as const)),
      licence, adaptations: literal(rand() < 0.15 ? some(ADAPTATIONS, 1 + Math.floor(rand() * 2)) : []),
      opensOn: addDays(opens), closesOn: open ? (rand() < 0.5 ? null : addDays(1 + Math.floor(rand() * 60))) : addDays(opens + Math.floor(rand() * (1 - opens))),
      status: open ? 'open' : rand() < 0.75 ? 'closed' : 'filled',
    };
  });
  const vacancyIds: string[] = [];
  await chunks(vacancies, async (part) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into vacancies (organisation_id, employer_id, isco_code, title, municipality_code, eldership, hours, skills, languages,
         driving_licence_required, adaptations, opens_on, closes_on, status, source, sort_key, skills_key, skills_unsure)
       select $1, employer_id, code, title, place, eldership, hours, skills::text[], languages::text[], licence, adaptations::text[],
         opens_on, closes_on, status, 'employer', sort_key, skill_keys(skills::text[]), skills_unsure(skills::text[])
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::boolean[], $11::text[], $12::date[], $13::date[], $14::text[], $15::text[])
         with ordinality as t (employer_id, code, title, place, eldership, hours, skills, languages, licence, adaptations, opens_on, closes_on, status, sort_key, n)
       order by n returning id`,
      [
        organisationId, part.map((v) => v.employerId), part.map((v) => v.code), part.map((v) => v.title), part.map((v) => v.place),
        part.map((v) => v.eldership), part.map((v) => v.hours), part.map((v) => v.skills), part.map((v) => v.languages), part.map((v) => v.licence),
        part.map((v) => v.adaptations), part.map((v) => v.opensOn), part.map((v) => v.closesOn), part.map((v) => v.status),
        part.map((v) => lithuanianSortKey(v.title)),
      ],
    );
    vacancyIds.push(...rows.map((row) => row.id));
  });

  // Profiles for 60% of the organisation's cases; the sample case first.
  const { rows: cases } = await db.query<{ id: string; participant_id: string }>(
    `select id, participant_id from cases where organisation_id = $1 and stage <> 'closed' order by id`, [organisationId],
  );
  const profiled = cases.filter((_, i) => i === 0 || rand() < PROFILE_SHARE);
  const profiles = profiled.map((row, i) => {
    const targets = i === 0 ? ['9112', '5223'] : some(CODES.map(() => weighted(CODES)), 1 + Math.floor(rand() * 3));
    const experience = i === 0 ? ['9329'] : some(CODES.map(() => weighted(CODES)), Math.floor(rand() * 4));
    const known = [...new Set([...targets, ...experience].flatMap((code) => SKILLS.get(code)!))];
    return {
      caseId: row.id, participantId: row.participant_id, skills: literal(some(known, Math.floor(rand() * 5))),
      targets: literal(targets), experience: literal(experience), prefixes: literal(prefixes([...targets, ...experience])),
      hours: literal(i === 0 ? ['full_time', 'part_time'] : weighted(HOURS)), commute: rand() < 0.2 ? null : pick([10, 20, 30, 30, 40, 50]),
      licence: rand() < 0.5, transport: rand() < 0.4, adaptations: literal(rand() < 0.1 ? some(ADAPTATIONS.slice(0, 7), 1 + Math.floor(rand() * 2)) : []),
      consent: i === 0 || rand() < CONSENT_SHARE, employed: i !== 0 && rand() < 0.03,
    };
  });
  // The person's place and name key, and the folded skills, as the triggers would set them (they are off while generating).
  await chunks(profiles, (part) => db.query(
    `insert into vocational_profiles (case_id, organisation_id, participant_id, skills, target_isco, experience_isco, isco_prefixes, hours,
       max_commute_km, has_driving_licence, own_transport, adaptations_needed, interests, strengths, municipality_code, eldership, sort_key,
       skills_key, skills_unsure, target_prefixes)
     select t.case_id, $1, t.participant_id, t.skills::text[], t.targets::text[], t.experience::text[], t.prefixes::text[], t.hours::text[], t.commute, t.licence,
       t.transport, t.adaptations::text[], 'Darbas su žmonėmis', 'Kruopštumas', p.municipality_code, p.eldership, p.sort_key,
       skill_keys(t.skills::text[]), skills_unsure(t.skills::text[]), isco_prefixes_of(t.targets::text[])
     from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::boolean[], $11::boolean[], $12::text[])
       as t (case_id, participant_id, skills, targets, experience, prefixes, hours, commute, licence, transport, adaptations)
     join participants p on p.id = t.participant_id`,
    [
      organisationId, part.map((p) => p.caseId), part.map((p) => p.participantId), part.map((p) => p.skills), part.map((p) => p.targets),
      part.map((p) => p.experience), part.map((p) => p.prefixes), part.map((p) => p.hours), part.map((p) => p.commute), part.map((p) => p.licence),
      part.map((p) => p.transport), part.map((p) => p.adaptations),
    ],
  ));
  await db.query(
    `insert into vocational_profile_targets (case_id, organisation_id, unit_group, sort_key, isco_prefixes, target_prefixes, municipality_code,
       max_commute_km, own_transport, hours, has_driving_licence, skills_key, skills_unsure)
     select vp.case_id, vp.organisation_id, prefix, vp.sort_key, vp.isco_prefixes, vp.target_prefixes, vp.municipality_code,
       vp.max_commute_km, vp.own_transport, vp.hours, vp.has_driving_licence, vp.skills_key, vp.skills_unsure
     from vocational_profiles vp, unnest(vp.target_prefixes) prefix
     where vp.organisation_id = $1 and length(prefix) = 4`,
    [organisationId],
  );
  const consenting = profiles.filter((p) => p.consent);
  await chunks(consenting, (part) => db.query(
    `insert into consents (participant_id, purpose, legal_basis, given_on)
     select participant_id, 'job_mediation', 'consent', date '2026-11-22' - (abs(hashtext(participant_id::text)) % 600)
     from unnest($1::uuid[]) as t (participant_id)`,
    [part.map((p) => p.participantId)],
  ));
  // One in ten of those who gave it withdrew it later: the consent stays on record, withdrawn.
  await db.query(
    `insert into consents (participant_id, purpose, legal_basis, given_on, withdrawn_on)
     select participant_id, 'job_mediation', 'consent', date '2025-01-10', date '2025-06-01' from unnest($1::uuid[]) as t (participant_id)`,
    [profiles.filter((p, i) => i !== 0 && !p.consent && i % 3 === 0).map((p) => p.participantId)],
  );
  const employed = profiles.filter((p) => p.employed);
  await db.query(
    `insert into placements (organisation_id, case_id, participant_id, employer_id, kind, isco_code, job_title, starts_on, hours_per_week)
     select $1, case_id, participant_id, ($4::uuid[])[1 + (abs(hashtext(case_id::text)) % $5)], 'open_market', '9112', 'Valytojas', date '2026-09-01', 40
     from unnest($2::uuid[], $3::uuid[]) as t (case_id, participant_id)`,
    [organisationId, employed.map((p) => p.caseId), employed.map((p) => p.participantId), employerRows.map((e) => e.id), employerRows.length],
  );

  await db.query('vacuum (analyze) employers, vacancies, vocational_profiles, vocational_profile_targets, consents, placements');
  const { rows: [people] } = await db.query<{ n: number }>(
    `select count(*)::int as n from vocational_profiles where organisation_id = $1 and isco_prefixes && array['91']`, [organisationId],
  );
  const { rows: [open] } = await db.query<{ n: number }>(
    `select count(*)::int as n from vacancies where organisation_id = $1 and status = 'open' and left(isco_code, 2) = any(array['91', '52', '93'])`, [organisationId],
  );
  return {
    seconds: (performance.now() - started) / 1000,
    counts: {
      employers: employerRows.length, vacancies: vacancies.length, openVacancies: OPEN_VACANCIES, profiles: profiles.length,
      consents: consenting.length, placements: employed.length,
    },
    sampleVacancyId: vacancyIds[0]!,
    sampleCaseId: profiles[0]!.caseId,
    sampleCandidates: { people: people!.n, vacancies: open!.n },
  };
}
