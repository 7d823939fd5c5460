import type { Database } from '../../db/connect.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { addDays, type DemoStory } from '../cases/cases.demo.ts';

// Demo data: the employers around Kazlų Rūda that the job coach works with, and their
// vacancies. Invented companies with invented company codes; the places and occupations are
// real. The placements of the demo cases (placements.demo.ts) follow the plans' story:
// Kučinskas after a trial practice at „Kazlų Rūdos medis“, Ąžuolinis part-time at the
// „Kazlų Rūdos miškai“ nursery, Čiurlienė on trial practice at „Jūrės prekyba“. One vacancy pays less than the minimum wage pro rata, so its warning can be seen.

export const DEMO_JOB_COACH = 'tarpininke@demo.kelias.lt';

/** Employers by a short key other demo data uses (placements, employer contacts). */
export const DEMO_EMPLOYERS = {
  medis: { name: 'UAB „Kazlų Rūdos medis“', code: '302845123', sector: 'C', municipality: 'LT-17', eldership: 'Kazlų Rūdos seniūnija', address: 'Miškininkų g. 4, Kazlų Rūda', trial: true, apprenticeships: true, adapted: false },
  rudupis: { name: 'UAB „Rūdupis“', code: '303117456', sector: 'C', municipality: 'LT-17', eldership: 'Kazlų Rūdos seniūnija', address: 'Vytauto g. 52, Kazlų Rūda', trial: true, apprenticeships: false, adapted: true },
  baldai: { name: 'UAB „Plutiškių baldai“', code: '301552987', sector: 'C', municipality: 'LT-17', eldership: 'Plutiškių seniūnija', address: 'Sodų g. 2, Plutiškės', trial: false, apprenticeships: true, adapted: false },
  prekyba: { name: 'UAB „Jūrės prekyba“', code: '304002219', sector: 'G', municipality: 'LT-17', eldership: 'Jankų seniūnija', address: 'Jūrės g. 11, Jūrė', trial: true, apprenticeships: false, adapted: false },
  logistika: { name: 'UAB „Sūduvos logistika“', code: '302991874', sector: 'H', municipality: 'LT-25', eldership: '', address: 'Gamyklos g. 8, Marijampolė', trial: false, apprenticeships: false, adapted: false },
  globa: { name: 'Kazlų Rūdos socialinių paslaugų centras', code: '188211734', sector: 'Q', municipality: 'LT-17', eldership: 'Kazlų Rūdos seniūnija', address: 'Atgimimo g. 9, Kazlų Rūda', trial: true, apprenticeships: false, adapted: true },
  miskai: { name: 'UAB „Kazlų Rūdos miškai“', code: '302311650', sector: 'A', municipality: 'LT-17', eldership: 'Antanavo seniūnija', address: 'Medelyno g. 1, Antanavas', trial: true, apprenticeships: false, adapted: false },
  sodai: { name: 'MB „Antanavo sodai“', code: '305677012', sector: 'A', municipality: 'LT-17', eldership: 'Antanavo seniūnija', address: 'Antanavas', trial: true, apprenticeships: false, adapted: false },
} as const;
export type DemoEmployerKey = keyof typeof DEMO_EMPLOYERS;

interface DemoVacancy {
  employer: DemoEmployerKey;
  isco: string;
  title: string;
  description: string;
  hours: 'full_time' | 'part_time' | 'flexible';
  hoursPerWeek: number;
  wageEur: [number, number | null];
  skills: string[];
  languages: string[];
  driving?: boolean;
  adaptations?: string[];
  /** Days before the demo is loaded. */
  openedDaysAgo: number;
  closesInDays: number | null;
  status?: 'open' | 'filled' | 'closed';
}

const VACANCIES: DemoVacancy[] = [
  { employer: 'medis', isco: '9329', title: 'Pagalbinis darbuotojas medienos ceche', description: 'Lentų rūšiavimas, krovimas, pagalba staliams. Apmokome vietoje.', hours: 'full_time', hoursPerWeek: 40, wageEur: [1250, 1400], skills: ['fizinis darbas', 'darbas komandoje'], languages: ['lt'], openedDaysAgo: 10, closesInDays: 30, adaptations: ['job_coach_on_site'] },
  { employer: 'rudupis', isco: '8189', title: 'Įrenginių operatorius', description: 'Pamaininis darbas gamybos linijoje. Darbo vieta pritaikyta žmonėms su judėjimo negalia.', hours: 'full_time', hoursPerWeek: 40, wageEur: [1400, 1600], skills: ['įrenginių priežiūra'], languages: ['lt'], openedDaysAgo: 5, closesInDays: 25, adaptations: ['step_free_access', 'adapted_workstation'] },
  { employer: 'baldai', isco: '7522', title: 'Staliaus padėjėjas', description: 'Baldų detalių gamyba ir surinkimas.', hours: 'full_time', hoursPerWeek: 40, wageEur: [1300, 1500], skills: ['medienos apdirbimas', 'brėžinių skaitymas'], languages: ['lt'], openedDaysAgo: 20, closesInDays: 10 },
  { employer: 'prekyba', isco: '5223', title: 'Pardavėjas (-a) parduotuvėje Jūrėje', description: 'Aptarnauti pirkėjus, priimti prekes. Darbas po pietų.', hours: 'part_time', hoursPerWeek: 20, wageEur: [700, null], skills: ['kasos aparatas', 'klientų aptarnavimas'], languages: ['lt', 'ru'], openedDaysAgo: 3, closesInDays: 40, adaptations: ['flexible_schedule'] },
  { employer: 'logistika', isco: '8322', title: 'Vairuotojas-ekspeditorius', description: 'Prekių išvežiojimas Marijampolės ir Kauno apskrityse, B kategorija.', hours: 'full_time', hoursPerWeek: 40, wageEur: [1500, 1800], skills: ['vairavimas'], languages: ['lt'], driving: true, openedDaysAgo: 14, closesInDays: 14 },
  { employer: 'globa', isco: '5322', title: 'Socialinio darbuotojo padėjėjas (-a) namuose', description: 'Pagalba senyviems žmonėms namuose: pirkiniai, tvarka, palydėjimas. Lankstus grafikas.', hours: 'flexible', hoursPerWeek: 30, wageEur: [1000, null], skills: ['empatija', 'buities darbai'], languages: ['lt'], openedDaysAgo: 8, closesInDays: null, adaptations: ['flexible_schedule', 'reduced_hours'] },
  { employer: 'sodai', isco: '9214', title: 'Sodo darbininkas (sezoninis)', description: 'Vaismedžių genėjimas ir priežiūra, derliaus nuėmimas.', hours: 'flexible', hoursPerWeek: 30, wageEur: [900, null], skills: ['sodininkystė'], languages: ['lt'], openedDaysAgo: 2, closesInDays: 60, adaptations: ['flexible_schedule', 'transport_provided'] },
  { employer: 'globa', isco: '9112', title: 'Valytojas (-a) dienos centre', description: 'Patalpų valymas rytais, 20 val. per savaitę.', hours: 'part_time', hoursPerWeek: 20, wageEur: [500, null], skills: ['valymas'], languages: ['lt'], openedDaysAgo: 6, closesInDays: 20 },
  { employer: 'prekyba', isco: '9334', title: 'Prekių išdėliotojas', description: 'Užpildyta.', hours: 'part_time', hoursPerWeek: 24, wageEur: [800, null], skills: [], languages: ['lt'], openedDaysAgo: 70, closesInDays: null, status: 'filled' },
];

export interface DemoEmployers {
  employers: Map<DemoEmployerKey, string>;
  /** Vacancy ids by title. */
  vacancies: Map<string, string>;
  jobCoachId: string;
}

export async function seedDemoEmployers(trx: Database, story: DemoStory, userIds: Map<string, string>): Promise<DemoEmployers> {
  const jobCoachId = userIds.get(DEMO_JOB_COACH)!;
  const employers = new Map<DemoEmployerKey, string>();
  for (const [key, employer] of Object.entries(DEMO_EMPLOYERS) as [DemoEmployerKey, (typeof DEMO_EMPLOYERS)[DemoEmployerKey]][]) {
    const { id } = await trx.insertInto('employers').values({
      organisation_id: story.organisationId, name: employer.name, sort_key: lithuanianSortKey(employer.name), search_key: searchKey(`${employer.name} ${employer.code}`),
      company_code: employer.code, sector: employer.sector, address: employer.address, municipality_code: employer.municipality, eldership: employer.eldership,
      offers_trial_practice: employer.trial, offers_apprenticeships: employer.apprenticeships, offers_adapted_workplaces: employer.adapted, coach_id: jobCoachId,
    }).returning('id').executeTakeFirstOrThrow();
    employers.set(key, id);
  }
  await trx.insertInto('employer_contact_persons').values([
    { employer_id: employers.get('medis')!, name: 'Audrius Paulauskas', position: 'Gamybos vadovas', phone: '+370 343 60 101' },
    { employer_id: employers.get('rudupis')!, name: 'Jolita Sabaliauskienė', position: 'Personalo vadovė', phone: '+370 343 60 202', email: 'personalas@rudupis.example' },
    { employer_id: employers.get('prekyba')!, name: 'Kęstutis Jurgaitis', position: 'Parduotuvės vedėjas', phone: '+370 600 11 223' },
    { employer_id: employers.get('globa')!, name: 'Asta Mockienė', position: 'Direktorė', email: 'direktore@kr-spc.example' },
  ]).execute();

  const vacancies = new Map<string, string>();
  for (const vacancy of VACANCIES) {
    const employer = DEMO_EMPLOYERS[vacancy.employer];
    const opensOn = addDays(story.today, -vacancy.openedDaysAgo);
    const { id } = await trx.insertInto('vacancies').values({
      organisation_id: story.organisationId, employer_id: employers.get(vacancy.employer)!, isco_code: vacancy.isco, title: vacancy.title, sort_key: lithuanianSortKey(vacancy.title), description: vacancy.description,
      municipality_code: employer.municipality, eldership: employer.eldership, address: employer.address, hours: vacancy.hours, hours_per_week: vacancy.hoursPerWeek,
      wage_min_cents: vacancy.wageEur[0] * 100, wage_max_cents: vacancy.wageEur[1] === null ? null : vacancy.wageEur[1] * 100,
      skills: vacancy.skills, languages: vacancy.languages, driving_licence_required: vacancy.driving ?? false, adaptations: vacancy.adaptations ?? [],
      opens_on: opensOn, closes_on: vacancy.closesInDays === null ? null : addDays(story.today, vacancy.closesInDays),
      status: vacancy.status ?? 'open', source: 'employer', created_by: jobCoachId,
    }).returning('id').executeTakeFirstOrThrow();
    vacancies.set(vacancy.title, id);
  }
  return { employers, vacancies, jobCoachId };
}
