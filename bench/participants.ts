import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../src/server/shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import { withCheckDigit } from '../src/server/features/participants/personal-code.rules.ts';
import { municipalityFromText } from '../src/contracts/municipalities.ts';
import type { Persona } from './generate.ts';
import { seeded } from './random.ts';

// The participant registry at the scale of issue 3: 100,000 people in the case manager's
// organisation (the one the bulk screening covers) and a smaller share in the other
// organisations, so the scope filter of the list has something to leave out. Keys are
// computed with the server's own text.ts functions, personal codes with its check digit.

export const PARTICIPANTS_IN_SCOPE = 100_000;
export const PARTICIPANTS_ELSEWHERE = 10_000;
const CHUNK = 10_000;

export interface GeneratedParticipants {
  caseManager: Persona;
  organisationId: string;
  seconds: number;
  counts: { inScope: number; elsewhere: number; withCode: number };
}

const { rand, pick, weighted } = seeded(2026);

const MEN = [
  'Jonas', 'Tomas', 'Mindaugas', 'Darius', 'Andrius', 'Vytautas', 'Marius', 'Paulius', 'Dovydas', 'Lukas', 'Mantas', 'Giedrius',
  'Saulius', 'Rimantas', 'Algirdas', 'Kęstutis', 'Žygimantas', 'Šarūnas', 'Gediminas', 'Arūnas', 'Audrius', 'Rolandas', 'Valdas',
  'Deividas', 'Egidijus', 'Ignas', 'Justinas', 'Karolis', 'Nerijus', 'Povilas', 'Raimondas', 'Ričardas', 'Vaidas', 'Vilius',
  'Česlovas', 'Aurimas', 'Ąžuolas', 'Stasys', 'Juozas', 'Antanas', 'Petras', 'Kazimieras', 'Romualdas', 'Zenonas', 'Ūdrys',
];
const WOMEN = [
  'Rūta', 'Eglė', 'Aistė', 'Jurgita', 'Kristina', 'Laura', 'Inga', 'Vilma', 'Asta', 'Rasa', 'Daiva', 'Jolanta', 'Lina', 'Gintarė',
  'Ieva', 'Greta', 'Austėja', 'Ugnė', 'Gabija', 'Živilė', 'Birutė', 'Danutė', 'Aldona', 'Ona', 'Janina', 'Irena', 'Regina', 'Dalia',
  'Nijolė', 'Jūratė', 'Giedrė', 'Simona', 'Agnė', 'Neringa', 'Ramunė', 'Vaida', 'Šarūnė', 'Ūla', 'Edita', 'Sigita', 'Yva',
];
// Surname stem, men's ending, weight (roughly by frequency). Women's forms follow the
// language: married -ienė, unmarried -aitė (-as), -ytė (-is, -ys), -utė (-us), -iūtė (-ius).
const SURNAMES: [string, 'as' | 'is' | 'ys' | 'us' | 'ius', number][] = [
  ['Kazlausk', 'as', 10], ['Jankausk', 'as', 9], ['Petrausk', 'as', 9], ['Stankevič', 'ius', 8], ['Vasiliausk', 'as', 7],
  ['Žukausk', 'as', 7], ['Butk', 'us', 6], ['Paulausk', 'as', 6], ['Urbon', 'as', 6], ['Kavaliausk', 'as', 6], ['Baranausk', 'as', 5],
  ['Poc', 'ius', 5], ['Navick', 'as', 5], ['Rimk', 'us', 5], ['Sakalausk', 'as', 5], ['Žemait', 'is', 4], ['Savick', 'as', 4],
  ['Jonait', 'is', 4], ['Šimk', 'us', 4], ['Kair', 'ys', 4], ['Stank', 'us', 4], ['Adomait', 'is', 4], ['Mikalausk', 'as', 4],
  ['Vaitk', 'us', 4], ['Lukoš', 'ius', 3], ['Ramanausk', 'as', 3], ['Šuk', 'ys', 3], ['Mock', 'us', 3], ['Balčiūn', 'as', 3],
  ['Grigait', 'is', 3], ['Kučinsk', 'as', 3], ['Žilinsk', 'as', 3], ['Bražėn', 'as', 2], ['Čepait', 'is', 2], ['Ąžuol', 'as', 2],
  ['Rudzinsk', 'as', 2], ['Juškevič', 'ius', 2], ['Daukš', 'as', 2], ['Malinausk', 'as', 2], ['Norvaiš', 'as', 2],
  ['Tamošiūn', 'as', 2], ['Šeštok', 'as', 2], ['Gudait', 'is', 2], ['Vaičiul', 'is', 2], ['Kazakevič', 'ius', 2],
  ['Lapinsk', 'as', 2], ['Bernot', 'as', 2], ['Jasiūn', 'as', 2], ['Laurinait', 'is', 2], ['Kaminsk', 'as', 2], ['Čiurl', 'ys', 1],
  ['Ūsel', 'is', 1], ['Ylak', 'is', 1], ['Įgaun', 'as', 1],
];
const WEIGHTED_SURNAMES = SURNAMES.map((s) => [s, s[2]] as const);
const UNMARRIED: Record<string, string> = { as: 'aitė', is: 'ytė', ys: 'ytė', us: 'utė', ius: 'iūtė' };
// People without a Lithuanian personal code: refugees and other newcomers, among others.
const NEWCOMERS = {
  men: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Ahmad', 'Mohammad', 'Aliaksandr', 'Siarhei'],
  women: ['Olena', 'Iryna', 'Natalia', 'Tetiana', 'Fatima', 'Zahra', 'Volha', 'Hanna'],
  last: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Tkachenko', 'Rahimi', 'Hosseini', 'Ahmadi', 'Lukashevich', 'Novik'],
};
const MUNICIPALITIES: [string, number][] = [
  ['Kazlų Rūdos sav.', 60], ['Marijampolės sav.', 15], ['Kauno r. sav.', 10], ['Vilniaus m. sav.', 8], ['Rokiškio r. sav.', 7],
];
const ELDERSHIPS = ['Kazlų Rūdos seniūnija', 'Jankų seniūnija', 'Plutiškių seniūnija', 'Antanavo seniūnija'];
const STATUSES = [
  ['long_term_unemployed', 35], ['unemployed', 25], ['inactive', 20], ['employed', 10], ['self_employed', 3], ['in_education', 7],
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (date: Date) => date.toISOString().slice(0, 10);
const daysBefore = (today: Date, days: number) => new Date(today.getTime() - Math.floor(days) * 86_400_000);
const monthsBefore = (today: Date, months: number) => daysBefore(today, months * 30.44);

interface Row {
  organisationId: string;
  first: string;
  last: string;
  code: string | null;
  birthDate: string | null;
  sex: 'female' | 'male' | null;
  municipality: string;
  eldership: string;
  languages: string;
  education: number | null;
  status: string | null;
  registeredSince: string | null;
  notWorkingSince: string | null;
  assistance: boolean | null;
  assistanceSince: string | null;
  targetGroups: string;
}

function person(organisationId: string, today: Date, usedCodes: Set<string>): Row {
  const female = rand() < 0.55;
  const withCode = rand() < 0.9;
  const newcomer = !withCode && rand() < 0.4;
  let first: string;
  let last: string;
  if (newcomer) {
    first = pick(female ? NEWCOMERS.women : NEWCOMERS.men);
    last = pick(NEWCOMERS.last);
  } else {
    const [stem, ending] = weighted(WEIGHTED_SURNAMES);
    first = pick(female ? WOMEN : MEN);
    last = !female ? stem + ending : rand() < 0.65 ? `${stem}ienė` : stem + UNMARRIED[ending];
  }
  // Ages 18 to 64 on the day of the run.
  const born = daysBefore(today, (18 + rand() * 46) * 365.25);
  let code: string | null = null;
  if (withCode) {
    const year = born.getUTCFullYear();
    const century = year >= 2000 ? (female ? '6' : '5') : female ? '4' : '3';
    const date = `${pad(year % 100)}${pad(born.getUTCMonth() + 1)}${pad(born.getUTCDate())}`;
    do code = withCheckDigit(`${century}${date}${pad(Math.floor(rand() * 1000), 3)}`);
    while (usedCodes.has(code));
    usedCodes.add(code);
  }
  // Without a code, the birth date is known for about half (from a passport), else missing.
  const birthDate = withCode || rand() < 0.5 ? iso(born) : null;
  const status = rand() < 0.05 ? null : weighted(STATUSES);
  const out = status !== 'employed' && status !== 'self_employed';
  // Facts the Kazlų Rūda rules read, spread so that all three results are common.
  const registeredSince =
    status === 'long_term_unemployed' ? (rand() < 0.9 ? iso(monthsBefore(today, 10 + rand() * 60)) : null)
    : status === 'unemployed' ? (rand() < 0.9 ? iso(monthsBefore(today, rand() * 14)) : null)
    : rand() < 0.15 ? iso(monthsBefore(today, rand() * 36)) : null;
  const notWorkingSince = out && rand() < 0.65 ? iso(monthsBefore(today, rand() * Math.min(120, 12 * (Number(iso(today).slice(0, 4)) - born.getUTCFullYear() - 17)))) : null;
  const assistanceDraw = rand();
  const assistance = assistanceDraw < 0.45 ? true : assistanceDraw < 0.85 ? false : null;
  const assistanceSince = assistance ? iso(monthsBefore(today, rand() * 48)) : null;
  const municipality = weighted(MUNICIPALITIES);
  return {
    organisationId, first, last, code, birthDate,
    sex: withCode ? (female ? 'female' : 'male') : rand() < 0.7 ? (female ? 'female' : 'male') : null,
    municipality,
    eldership: municipality === 'Kazlų Rūdos sav.' ? pick(ELDERSHIPS) : '',
    languages: newcomer ? pick(['{uk,ru}', '{fa,en}', '{be,ru}', '{uk,ru,en}']) : rand() < 0.3 ? '{lt,ru}' : rand() < 0.2 ? '{lt,en}' : '{lt}',
    education: rand() < 0.1 ? null : Math.floor(rand() * 9),
    status, registeredSince, notWorkingSince, assistance, assistanceSince,
    targetGroups: status === 'long_term_unemployed' && rand() < 0.5 ? '{long_term_unemployed}' : rand() < 0.1 ? '{social_risk}' : '{}',
  };
}

async function insert(db: pg.Pool, rows: Row[]): Promise<void> {
  const column = <K extends keyof Row>(key: K) => rows.map((row) => row[key]);
  await db.query(
    `insert into participants (organisation_id, first_name, last_name, sort_key, search_key, name_key, personal_code, birth_date, sex,
       municipality, eldership, languages, education_level, labour_market_status, registered_unemployed_since, not_working_since,
       receives_social_assistance, social_assistance_since, target_groups, municipality_code, created_at)
     select organisation_id, first_name, last_name, sort_key, search_key, name_key, personal_code, birth_date, sex,
       municipality, eldership, languages::text[], education_level, labour_market_status, registered_since, not_working_since,
       assistance, assistance_since, target_groups::text[], municipality_code, now() - random() * interval '5 years'
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[],
       $10::text[], $11::text[], $12::text[], $13::smallint[], $14::text[], $15::date[], $16::date[], $17::boolean[], $18::date[], $19::text[], $20::text[])
       as t (organisation_id, first_name, last_name, sort_key, search_key, name_key, personal_code, birth_date, sex,
             municipality, eldership, languages, education_level, labour_market_status, registered_since, not_working_since,
             assistance, assistance_since, target_groups, municipality_code)`,
    [
      column('organisationId'), column('first'), column('last'),
      // The server's keys (participants.service.ts keysOf), computed with the same functions.
      rows.map((r) => lithuanianSortKey(`${r.last} ${r.first}`)),
      rows.map((r) => searchKey(`${r.first} ${r.last} ${r.code ?? ''}`)),
      rows.map((r) => searchKey(`${r.first} ${r.last}`)),
      column('code'), column('birthDate'), column('sex'), column('municipality'), column('eldership'), column('languages'),
      column('education'), column('status'), column('registeredSince'), column('notWorkingSince'), column('assistance'),
      column('assistanceSince'), column('targetGroups'),
      // The server's place (participants.service.ts municipalityCodeOf).
      rows.map((r) => municipalityFromText(r.municipality)?.code ?? null),
    ],
  );
}

/**
 * The registry and a case manager who works in `organisationId`. `others` receive the
 * PARTICIPANTS_ELSEWHERE people outside the case manager's scope.
 */
export async function generateParticipants(db: pg.Pool, organisationId: string, others: string[]): Promise<GeneratedParticipants> {
  const started = performance.now();
  const today = new Date(`${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' })}T00:00:00Z`);

  const password = `bench-${randomUUID()}`;
  const caseManager: Persona = {
    email: 'atvejo.vadybininke@bench.kelias.test',
    password,
    actor: { userId: randomUUID(), name: 'Rūta Vadybininkė', isSystemAdmin: false, memberships: [{ organisationId, role: 'case_manager' }] },
  };
  await db.query(
    `insert into users (id, email, first_name, last_name, sort_key, search_key, password_hash, is_system_admin)
     values ($1, $2, 'Rūta', 'Vadybininkė', $3, $4, $5, false)`,
    [caseManager.actor.userId, caseManager.email, lithuanianSortKey('Vadybininkė Rūta'), searchKey(`Rūta Vadybininkė ${caseManager.email}`), await hashPassword(password)],
  );
  await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'case_manager')`, [caseManager.actor.userId, organisationId]);

  // Codes are unique per organisation; one set for all is stricter and simpler.
  const usedCodes = new Set<string>();
  let withCode = 0;
  const total = PARTICIPANTS_IN_SCOPE + PARTICIPANTS_ELSEWHERE;
  for (let done = 0; done < total; done += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, total - done) }, (_, i) =>
      person(done + i < PARTICIPANTS_IN_SCOPE ? organisationId : others[(done + i) % others.length]!, today, usedCodes));
    withCode += rows.filter((row) => row.code !== null).length;
    await insert(db, rows);
  }
  await db.query('vacuum (analyze) participants, users, memberships');
  return {
    caseManager,
    organisationId,
    seconds: (performance.now() - started) / 1000,
    counts: { inScope: PARTICIPANTS_IN_SCOPE, elsewhere: PARTICIPANTS_ELSEWHERE, withCode },
  };
}

const csvCell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A file like an Employment Service export: `rows` people, Lithuanian headers, ";" between
 * columns (Excel in Lithuania), UTF-8 with BOM. The birth date is written only for people
 * without a personal code (the code carries it). Returns the file and the people without a code.
 */
export function importCsv(rows: number): { csv: string; withoutCode: number } {
  const today = new Date(`${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' })}T00:00:00Z`);
  const usedCodes = new Set<string>();
  const lines = [['Vardas', 'Pavardė', 'Asmens kodas', 'Gimimo data', 'Savivaldybė', 'Padėtis darbo rinkoje', 'Registruotas bedarbiu nuo', 'Nedirba nuo', 'Gauna socialinę pašalpą', 'Pašalpa nuo'].join(';')];
  let withoutCode = 0;
  for (let i = 0; i < rows; i++) {
    const p = person('', today, usedCodes);
    if (p.code === null) withoutCode++;
    lines.push([
      p.first, p.last, p.code ?? '', p.code === null ? (p.birthDate ?? '') : '', p.municipality, p.status ?? '', p.registeredSince ?? '',
      p.notWorkingSince ?? '', p.assistance === null ? '' : p.assistance ? 'taip' : 'ne', p.assistanceSince ?? '',
    ].map(csvCell).join(';'));
  }
  return { csv: `\ufeff${lines.join('\r\n')}\r\n`, withoutCode };
}

/** An organisation with nobody in it yet and a case manager (who may import) working there. */
export async function emptyOrganisation(db: pg.Pool): Promise<{ organisationId: string; importer: Persona }> {
  const organisationId = randomUUID();
  const name = 'Kazlų Rūdos savivaldybės administracija';
  await db.query(`insert into organisations (id, name, kind, sort_key, search_key) values ($1, $2, 'municipality', $3, $4)`,
    [organisationId, name, lithuanianSortKey(name), searchKey(name)]);
  const password = `bench-${randomUUID()}`;
  const importer: Persona = {
    email: 'importuotoja@bench.kelias.test',
    password,
    actor: { userId: randomUUID(), name: 'Eglė Importuotoja', isSystemAdmin: false, memberships: [{ organisationId, role: 'case_manager' }] },
  };
  await db.query(
    `insert into users (id, email, first_name, last_name, sort_key, search_key, password_hash, is_system_admin)
     values ($1, $2, 'Eglė', 'Importuotoja', $3, $4, $5, false)`,
    [importer.actor.userId, importer.email, lithuanianSortKey('Importuotoja Eglė'), searchKey(`Eglė Importuotoja ${importer.email}`), await hashPassword(password)],
  );
  await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'case_manager')`, [importer.actor.userId, organisationId]);
  return { organisationId, importer };
}
