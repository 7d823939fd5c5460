import type { Database } from '../db/connect.ts';
import { hashPassword } from '../shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../shared/text.ts';
import { recordAudit } from '../features/audit/audit.service.ts';
import type { OrganisationKind, Role } from '../../contracts/roles.ts';
import { DEMO_ACCOUNT } from './demo-account.ts';
import { seedDemoProgrammes } from '../features/programmes/programmes.demo.ts';
import { recordDemoTimeline, seedDemoCases } from '../features/cases/cases.demo.ts';
import { seedDemoAssessments } from '../features/assessments/assessments.demo.ts';
import { seedDemoPlans } from '../features/plans/plans.demo.ts';
import { seedDemoServices } from '../features/services/services.demo.ts';
import { seedDemoAppointments } from '../features/appointments/appointments.demo.ts';
import { seedDemoTasks } from '../features/tasks/tasks.demo.ts';
import { seedDemoEmployers } from '../features/employers/employers.demo.ts';
import { seedDemoPlacements } from '../features/placements/placements.demo.ts';
import { checkDemoSupportedEmployment, seedDemoSupportedEmployment } from '../features/supported-employment/supported-employment.demo.ts';
import { sweepReminders } from '../features/tasks/reminders.queries.ts';
import { checkPersonalCode, withCheckDigit } from '../features/participants/personal-code.rules.ts';
import { municipalityCodeOf } from '../features/participants/participants.service.ts';

// Invented people and places shaped like the five seed programmes: a municipality
// with a case team (Kazlų Rūda), rural centres for people over 50 (Rokiškis),
// a county network of centres (Utena), a supported-employment NGO (Vilnius) and
// the Employment Service. Every demo account uses the demo password.

const ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; address: string }[] = [
  { key: 'kazlu', name: 'Kazlų Rūdos savivaldybės administracija', kind: 'municipality', address: 'Kauno g. 3, Kazlų Rūda' },
  { key: 'rokiskis', name: 'Rokiškio rajono savivaldybės administracija', kind: 'municipality', address: 'Respublikos g. 94, Rokiškis' },
  { key: 'utena', name: 'Utenos regiono plėtros asociacija „Atgimimas“', kind: 'ngo', address: 'Utenio a. 4, Utena' },
  { key: 'sopa', name: 'VšĮ „Socialinių paslaugų agentūra“', kind: 'ngo', address: 'Žirmūnų g. 70, Vilnius' },
  { key: 'uzt', name: 'Užimtumo tarnyba, Marijampolės klientų aptarnavimo departamentas', kind: 'employment_office', address: 'Vytauto g. 29, Marijampolė' },
];

const CENTRES: { org: string; name: string; address: string; municipality: string; hours: string; workstations: number }[] = [
  { org: 'kazlu', name: 'Kazlų Rūdos užimtumo skatinimo centras', address: 'Atgimimo g. 16, Kazlų Rūda', municipality: 'Kazlų Rūdos sav.', hours: 'I–IV 8.00–17.00, V 8.00–15.45', workstations: 4 },
  { org: 'rokiskis', name: 'Juodupės kaimo plėtros centras', address: 'Tekstilininkų g. 3, Juodupė', municipality: 'Rokiškio r. sav.', hours: 'II, IV 10.00–18.00; VI 9.00–13.00', workstations: 6 },
  { org: 'rokiskis', name: 'Obelių kaimo plėtros centras', address: 'Stoties g. 5, Obeliai', municipality: 'Rokiškio r. sav.', hours: 'I, III 9.00–17.00', workstations: 5 },
  { org: 'rokiskis', name: 'Kamajų kaimo plėtros centras', address: 'Vytauto g. 12, Kamajai', municipality: 'Rokiškio r. sav.', hours: 'II–IV 12.00–19.00', workstations: 4 },
  { org: 'rokiskis', name: 'Pandėlio kaimo plėtros centras', address: 'Panemunio g. 2, Pandėlys', municipality: 'Rokiškio r. sav.', hours: 'I–V 8.00–16.00', workstations: 5 },
  { org: 'rokiskis', name: 'Kriaunų kaimo plėtros centras', address: 'Mokyklos g. 1, Kriaunos', municipality: 'Rokiškio r. sav.', hours: 'III 10.00–16.00; VI 10.00–14.00', workstations: 3 },
  { org: 'utena', name: 'Anykščių konsultavimo ir mokymo centras', address: 'J. Biliūno g. 10, Anykščiai', municipality: 'Anykščių r. sav.', hours: 'I–V 9.00–18.00', workstations: 8 },
  { org: 'utena', name: 'Ignalinos konsultavimo ir mokymo centras', address: 'Atgimimo g. 6, Ignalina', municipality: 'Ignalinos r. sav.', hours: 'I–V 9.00–18.00', workstations: 6 },
  { org: 'utena', name: 'Zarasų konsultavimo ir mokymo centras', address: 'Sėlių a. 22, Zarasai', municipality: 'Zarasų r. sav.', hours: 'I–IV 10.00–19.00', workstations: 6 },
  { org: 'sopa', name: 'Įdarbinimo tarpininkų biuras', address: 'Žirmūnų g. 70, Vilnius', municipality: 'Vilniaus m. sav.', hours: 'I–V 8.30–17.30', workstations: 10 },
];

const PEOPLE: { email: string; first: string; last: string; roles: [string, Role][]; systemAdmin?: boolean }[] = [
  { email: DEMO_ACCOUNT.email, first: 'Aistė', last: 'Administratorė', systemAdmin: true, roles: [['kazlu', 'administrator'], ['rokiskis', 'administrator']] },
  { email: 'vadybininke@demo.kelias.lt', first: 'Rūta', last: 'Žemaitienė', roles: [['kazlu', 'case_manager']] },
  { email: 'socdarbuotojas@demo.kelias.lt', first: 'Tomas', last: 'Čepaitis', roles: [['kazlu', 'social_worker']] },
  { email: 'psichologe@demo.kelias.lt', first: 'Eglė', last: 'Šimkutė', roles: [['kazlu', 'psychologist'], ['rokiskis', 'psychologist']] },
  { email: 'seniunas@demo.kelias.lt', first: 'Algirdas', last: 'Ąžuolas', roles: [['kazlu', 'ward_elder']] },
  { email: 'uzimtumas@demo.kelias.lt', first: 'Dalia', last: 'Urbonienė', roles: [['uzt', 'employment_officer'], ['kazlu', 'employment_officer']] },
  { email: 'programa@demo.kelias.lt', first: 'Vytautas', last: 'Kazlauskas', roles: [['kazlu', 'programme_manager']] },
  { email: 'koordinatore@demo.kelias.lt', first: 'Laima', last: 'Butkienė', roles: [['rokiskis', 'centre_coordinator']] },
  { email: 'mokytojas@demo.kelias.lt', first: 'Jonas', last: 'Petrauskas', roles: [['rokiskis', 'teacher']] },
  { email: 'savanore@demo.kelias.lt', first: 'Ieva', last: 'Yla', roles: [['rokiskis', 'volunteer']] },
  { email: 'tarpininke@demo.kelias.lt', first: 'Gintarė', last: 'Jankauskienė', roles: [['sopa', 'job_coach'], ['kazlu', 'job_coach']] },
  { email: 'nvo@demo.kelias.lt', first: 'Mindaugas', last: 'Stankevičius', roles: [['utena', 'administrator'], ['sopa', 'administrator']] },
  { email: 'auditorius@demo.kelias.lt', first: 'Birutė', last: 'Vasiliauskienė', roles: [['kazlu', 'auditor'], ['rokiskis', 'auditor']] },
];

// Invented participants. `code` is the first ten digits of a personal code (the check
// digit is computed); people under temporary protection have none. Dates are relative to
// the day the demo is loaded ("m" months ago), so that under the Kazlų Rūda rules (aged 30+
// AND (registered unemployed > 12 months OR not working > 2 years) AND social assistance)
// some are eligible, some are not, and some are unknown for a missing fact.
interface DemoParticipant {
  org: string; first: string; last: string; code?: string; birth?: string; sex?: 'female' | 'male';
  unemployedM?: number; notWorkingM?: number; assistance?: boolean; assistanceM?: number;
  status?: string; isced?: number; municipality: string; eldership?: string; languages?: string[]; groups?: string[];
}
const KR = 'Kazlų Rūdos sav.';
const PARTICIPANTS: DemoParticipant[] = [
  // Kazlų Rūda: eligible.
  { org: 'kazlu', first: 'Vidmantas', last: 'Balčiūnas', code: '3780412031', unemployedM: 30, assistance: true, assistanceM: 24, status: 'long_term_unemployed', isced: 3, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt', 'ru'] },
  { org: 'kazlu', first: 'Irena', last: 'Šukienė', code: '4690923114', unemployedM: 18, assistance: true, assistanceM: 14, status: 'long_term_unemployed', isced: 2, municipality: KR, eldership: 'Jankų seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Darius', last: 'Žilinskas', code: '3851130042', notWorkingM: 40, assistance: true, assistanceM: 30, status: 'inactive', isced: 2, municipality: KR, eldership: 'Plutiškių seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Laima', last: 'Čiurlienė', code: '4750605228', unemployedM: 14, notWorkingM: 20, assistance: true, assistanceM: 12, status: 'long_term_unemployed', isced: 4, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt', 'en'] },
  { org: 'kazlu', first: 'Algis', last: 'Ąžuolinis', code: '3640201075', unemployedM: 60, assistance: true, assistanceM: 48, status: 'long_term_unemployed', isced: 1, municipality: KR, eldership: 'Antanavo seniūnija', languages: ['lt', 'ru'] },
  { org: 'kazlu', first: 'Jūratė', last: 'Gudaitytė', code: '4920817016', notWorkingM: 36, assistance: true, assistanceM: 20, status: 'inactive', isced: 3, municipality: KR, eldership: 'Jankų seniūnija', languages: ['lt'], groups: ['single_parent'] },
  { org: 'kazlu', first: 'Rimantas', last: 'Kučinskas', code: '3711104097', unemployedM: 25, assistance: true, assistanceM: 25, status: 'long_term_unemployed', isced: 3, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Vilma', last: 'Yčienė', code: '4830312120', unemployedM: 13, assistance: true, assistanceM: 13, status: 'long_term_unemployed', isced: 5, municipality: KR, eldership: 'Plutiškių seniūnija', languages: ['lt', 'de'] },
  // Kazlų Rūda: not eligible (too young, too recently unemployed, no assistance).
  { org: 'kazlu', first: 'Mantas', last: 'Jurevičius', code: '5010519033', unemployedM: 20, assistance: true, assistanceM: 10, status: 'long_term_unemployed', isced: 3, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt', 'en'], groups: ['youth'] },
  { org: 'kazlu', first: 'Greta', last: 'Stankevičiūtė', code: '6030211044', unemployedM: 8, assistance: true, assistanceM: 6, status: 'unemployed', isced: 3, municipality: KR, eldership: 'Jankų seniūnija', languages: ['lt'], groups: ['youth'] },
  { org: 'kazlu', first: 'Saulius', last: 'Mikalauskas', code: '3800715051', unemployedM: 6, notWorkingM: 6, assistance: true, assistanceM: 5, status: 'unemployed', isced: 4, municipality: KR, eldership: 'Antanavo seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Daiva', last: 'Paulauskienė', code: '4700101062', unemployedM: 26, assistance: false, status: 'long_term_unemployed', isced: 3, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Kęstutis', last: 'Urbonas', code: '3660922088', unemployedM: 12, assistance: true, assistanceM: 12, status: 'unemployed', isced: 2, municipality: KR, eldership: 'Plutiškių seniūnija', languages: ['lt', 'ru'] },
  { org: 'kazlu', first: 'Eglė', last: 'Vasiliauskaitė', code: '4970403019', status: 'employed', isced: 6, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['lt', 'en'], assistance: false },
  // Kazlų Rūda: unknown (a fact is missing).
  { org: 'kazlu', first: 'Povilas', last: 'Norkus', code: '3770228026', unemployedM: 30, status: 'long_term_unemployed', isced: 2, municipality: KR, eldership: 'Jankų seniūnija', languages: ['lt'] },
  { org: 'kazlu', first: 'Aldona', last: 'Černiauskienė', code: '4650810037', assistance: true, assistanceM: 40, status: 'inactive', isced: 1, municipality: KR, eldership: 'Antanavo seniūnija', languages: ['lt', 'pl'] },
  { org: 'kazlu', first: 'Tadas', last: 'Šimkus', birth: '1988-10-06', sex: 'male', unemployedM: 15, assistance: true, assistanceM: 15, status: 'long_term_unemployed', municipality: KR, languages: ['lt'] },
  // Kazlų Rūda: under temporary protection, no personal code.
  { org: 'kazlu', first: 'Olena', last: 'Kovalenko', birth: '1986-04-12', sex: 'female', unemployedM: 16, assistance: true, assistanceM: 16, status: 'long_term_unemployed', isced: 6, municipality: KR, eldership: 'Kazlų Rūdos seniūnija', languages: ['uk', 'ru', 'en'], groups: ['temporary_protection'] },
  { org: 'kazlu', first: 'Andrii', last: 'Shevchenko', birth: '1979-09-30', sex: 'male', unemployedM: 9, assistance: true, assistanceM: 9, status: 'unemployed', isced: 4, municipality: KR, languages: ['uk', 'ru'], groups: ['temporary_protection'] },
  { org: 'kazlu', first: 'Iryna', last: 'Melnyk', birth: '1995-01-23', sex: 'female', notWorkingM: 30, status: 'inactive', isced: 5, municipality: KR, languages: ['uk'], groups: ['temporary_protection'] },
  // Rokiškis: rural centres for people over 50.
  { org: 'rokiskis', first: 'Stasė', last: 'Vilkienė', code: '4640313041', notWorkingM: 70, assistance: true, assistanceM: 36, status: 'inactive', isced: 2, municipality: 'Rokiškio r. sav.', eldership: 'Juodupės seniūnija', languages: ['lt'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Petras', last: 'Baltrūnas', code: '3630706052', unemployedM: 22, assistance: true, assistanceM: 18, status: 'long_term_unemployed', isced: 3, municipality: 'Rokiškio r. sav.', eldership: 'Obelių seniūnija', languages: ['lt', 'ru'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Genovaitė', last: 'Žemaitytė', code: '4681201063', notWorkingM: 50, assistance: false, status: 'inactive', isced: 3, municipality: 'Rokiškio r. sav.', eldership: 'Kamajų seniūnija', languages: ['lt'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Romualdas', last: 'Čepulis', code: '3660419074', unemployedM: 14, status: 'long_term_unemployed', isced: 2, municipality: 'Rokiškio r. sav.', eldership: 'Pandėlio seniūnija', languages: ['lt'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Aldona', last: 'Kairienė', code: '4700930085', notWorkingM: 28, assistance: true, assistanceM: 20, status: 'inactive', isced: 4, municipality: 'Rokiškio r. sav.', eldership: 'Kriaunų seniūnija', languages: ['lt'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Vytautas', last: 'Ignatavičius', code: '3720825096', unemployedM: 11, assistance: true, assistanceM: 4, status: 'unemployed', isced: 3, municipality: 'Rokiškio r. sav.', eldership: 'Juodupės seniūnija', languages: ['lt', 'lv'], groups: ['over_50'] },
  { org: 'rokiskis', first: 'Zita', last: 'Sabaliauskienė', code: '4620117107', notWorkingM: 90, status: 'inactive', isced: 2, municipality: 'Rokiškio r. sav.', eldership: 'Obelių seniūnija', languages: ['lt'], groups: ['over_50'] },
  // Utena: county network of centres.
  { org: 'utena', first: 'Andrius', last: 'Mackevičius', code: '3890514118', unemployedM: 19, assistance: true, assistanceM: 10, status: 'long_term_unemployed', isced: 3, municipality: 'Anykščių r. sav.', languages: ['lt', 'en'] },
  { org: 'utena', first: 'Inga', last: 'Lukoševičienė', code: '4810227129', notWorkingM: 26, status: 'inactive', isced: 5, municipality: 'Ignalinos r. sav.', languages: ['lt', 'ru'], groups: ['single_parent'] },
  { org: 'utena', first: 'Edvardas', last: 'Tamošiūnas', code: '3940905130', unemployedM: 7, assistance: false, status: 'unemployed', isced: 4, municipality: 'Zarasų r. sav.', languages: ['lt'] },
  { org: 'utena', first: 'Rasa', last: 'Grigonytė', code: '4990616141', unemployedM: 4, status: 'unemployed', isced: 6, municipality: 'Anykščių r. sav.', languages: ['lt', 'en', 'fr'], groups: ['youth'] },
  { org: 'utena', first: 'Arūnas', last: 'Bielskis', code: '3760110152', notWorkingM: 44, assistance: true, assistanceM: 30, status: 'inactive', isced: 2, municipality: 'Zarasų r. sav.', languages: ['lt', 'ru', 'pl'] },
  // Vilnius supported-employment NGO.
  { org: 'sopa', first: 'Lukas', last: 'Navickas', code: '5040822163', notWorkingM: 24, status: 'inactive', isced: 2, municipality: 'Vilniaus m. sav.', languages: ['lt'], groups: ['disability'] },
  { org: 'sopa', first: 'Austėja', last: 'Pocevičiūtė', code: '6020315174', unemployedM: 10, status: 'unemployed', isced: 3, municipality: 'Vilniaus m. sav.', languages: ['lt', 'en'], groups: ['disability', 'youth'] },
  { org: 'sopa', first: 'Marius', last: 'Adomavičius', code: '3870401185', unemployedM: 36, assistance: true, assistanceM: 36, status: 'long_term_unemployed', isced: 3, municipality: 'Vilniaus m. sav.', languages: ['lt', 'ru'], groups: ['disability'] },
  { org: 'sopa', first: 'Nadežda', last: 'Ivanova', code: '4800723196', notWorkingM: 60, assistance: true, assistanceM: 24, status: 'inactive', isced: 4, municipality: 'Vilniaus m. sav.', languages: ['ru', 'lt'], groups: ['disability'] },
  { org: 'sopa', first: 'Ahmad', last: 'Rahimi', birth: '1997-03-02', sex: 'male', unemployedM: 5, status: 'unemployed', isced: 3, municipality: 'Vilniaus m. sav.', languages: ['fa', 'en'], groups: ['refugee'] },
  // Employment Service.
  { org: 'uzt', first: 'Simona', last: 'Kazlauskaitė', code: '4960128207', unemployedM: 3, status: 'unemployed', isced: 6, municipality: 'Marijampolės sav.', languages: ['lt', 'en'] },
  { org: 'uzt', first: 'Gintautas', last: 'Jakštas', code: '3670512218', unemployedM: 40, assistance: true, assistanceM: 38, status: 'long_term_unemployed', isced: 2, municipality: 'Marijampolės sav.', languages: ['lt'] },
  { org: 'uzt', first: 'Renata', last: 'Pečiulienė', code: '4780909229', unemployedM: 15, assistance: false, status: 'long_term_unemployed', isced: 4, municipality: 'Kazlų Rūdos sav.', languages: ['lt', 'ru'] },
];

/** The date `months` months before `today` ('YYYY-MM-DD'), never before the person's birth. */
function monthsAgo(today: Date, months: number | undefined, notBefore: string | null): string | null {
  if (months === undefined) return null;
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28)));
  const iso = date.toISOString().slice(0, 10);
  return notBefore !== null && iso < notBefore ? notBefore : iso;
}

function demoParticipantRow(person: DemoParticipant, organisationId: string, today: Date) {
  const code = person.code ? withCheckDigit(person.code) : null;
  const check = code ? checkPersonalCode(code) : null;
  if (check && !check.valid) throw new Error(`demo personal code ${code} is not valid: ${check.problem}`);
  const birthDate = check?.valid ? check.birthDate : (person.birth ?? null);
  return {
    organisation_id: organisationId,
    first_name: person.first,
    last_name: person.last,
    sort_key: lithuanianSortKey(`${person.last} ${person.first}`),
    search_key: searchKey(`${person.first} ${person.last} ${code ?? ''}`),
    name_key: searchKey(`${person.first} ${person.last}`),
    personal_code: code,
    birth_date: birthDate,
    sex: check?.valid ? check.sex : (person.sex ?? null),
    municipality: person.municipality,
    municipality_code: municipalityCodeOf(person.municipality),
    eldership: person.eldership ?? '',
    languages: person.languages ?? [],
    education_level: person.isced ?? null,
    labour_market_status: person.status ?? null,
    registered_unemployed_since: monthsAgo(today, person.unemployedM, birthDate),
    not_working_since: monthsAgo(today, person.notWorkingM, birthDate),
    receives_social_assistance: person.assistance ?? null,
    social_assistance_since: person.assistance ? monthsAgo(today, person.assistanceM, birthDate) : null,
    target_groups: person.groups ?? [],
  };
}

export const DEMO_LOGINS = PEOPLE.map((p) => ({ email: p.email, roles: [...new Set(p.roles.map(([, role]) => role))] }));

/** Loads the demo data into an empty database; returns false and changes nothing otherwise. */
export async function seedDemo(db: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_ACCOUNT.password);
  return db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { u } = await trx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('u')).executeTakeFirstOrThrow();
    if (Number(n) > 0 || Number(u) > 0) return false;

    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const { id } = await trx
        .insertInto('organisations')
        .values({ name: org.name, kind: org.kind, address: org.address, sort_key: lithuanianSortKey(org.name), search_key: searchKey(org.name) })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(org.key, id);
    }
    const userIds = new Map<string, string>();
    for (const person of PEOPLE) {
      const { id } = await trx
        .insertInto('users')
        .values({
          email: person.email, first_name: person.first, last_name: person.last, password_hash: passwordHash,
          sort_key: lithuanianSortKey(`${person.last} ${person.first}`),
          search_key: searchKey(`${person.first} ${person.last} ${person.email}`),
          is_system_admin: person.systemAdmin ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(person.email, id);
      await trx
        .insertInto('memberships')
        .values(person.roles.map(([org, role]) => ({ user_id: id, organisation_id: orgIds.get(org)!, role })))
        .execute();
    }
    const coordinator = userIds.get('koordinatore@demo.kelias.lt')!;
    for (const centre of CENTRES) {
      await trx
        .insertInto('centres')
        .values({
          organisation_id: orgIds.get(centre.org)!, name: centre.name, address: centre.address, municipality: centre.municipality,
          opening_hours: centre.hours, workstations: centre.workstations, sort_key: lithuanianSortKey(centre.name), search_key: searchKey(centre.name),
          coordinator_id: centre.org === 'rokiskis' ? coordinator : null,
        })
        .execute();
    }
    const today = new Date();
    for (const person of PARTICIPANTS) {
      await trx.insertInto('participants').values(demoParticipantRow(person, orgIds.get(person.org)!, today)).execute();
    }
    // ── Programmes (issue 3, scope 5–8): the five seed programmes from their templates.
    await seedDemoProgrammes(trx, orgIds, userIds);
    // ── Cases (issue 4): the Kazlų Rūda case manager's caseload at different stages, each
    // feature telling its part of one story; then the timelines in order, and the reminders
    // of what is due, as the reminder job would make them.
    const story = await seedDemoCases(trx, orgIds, userIds, today);
    // ── Employers and vacancies (issue 5) around Kazlų Rūda, looked after by the job coach.
    const employers = await seedDemoEmployers(trx, story, userIds);
    await seedDemoAssessments(trx, story);
    await seedDemoPlans(trx, story);
    await seedDemoServices(trx, story);
    await seedDemoAppointments(trx, story);
    await seedDemoTasks(trx, story);
    // The job coach's processes come before the placements, so their follow-ups are the coach's.
    await seedDemoSupportedEmployment(trx, story, employers);
    await seedDemoPlacements(trx, story, employers);
    checkDemoSupportedEmployment(story);
    await recordDemoTimeline(trx, story);
    await sweepReminders(trx, story.today);
    await recordAudit(trx, { actor: null, ip: '' }, {
      action: 'demo.seed', entityType: 'installation',
      details: { organisations: ORGANISATIONS.length, users: PEOPLE.length, centres: CENTRES.length, participants: PARTICIPANTS.length },
    });
    return true;
  });
}
