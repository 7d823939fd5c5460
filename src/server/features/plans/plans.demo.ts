import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import type { CaseTeamRole, ServicePlace } from '../../../contracts/cases.ts';
import type { PlanStepStatus } from '../../../contracts/plans.ts';
import { addDays, dayOf, demoCase, member, tell, vilniusTime, type DemoStory } from '../cases/cases.demo.ts';
import type { StoredGoal } from './plans.rules.ts';

// Demo data: the individual action plans of the demo cases from "in services" on, built on
// what their assessments suggested. Each was drafted, then agreed and signed two days
// later; where steps have moved on since, a third revision records the progress (progress
// keeps the agreement). Vilma Yčienė's case at planning has none yet: it is written with
// her in the plan journey. The services each step names are delivered as `sessions` says
// (services.demo.ts), by the person responsible for the step.

export interface DemoSessions {
  /** Days after the case was opened. */
  days: number[];
  place: ServicePlace;
  minutes: number;
  village?: string;
  /** What came of the step, noted with its last session. */
  note?: string;
}

export interface DemoStep {
  text: string;
  service: string;
  who: CaseTeamRole;
  /** Due this many days after the case was opened. */
  due: number;
  status: PlanStepStatus;
  sessions?: DemoSessions;
}

export interface DemoPlan {
  last: string;
  /** Agreed on this day after the case was opened; drafted two days before. */
  agreed: number;
  /** The day the progress was recorded, when any step has moved on. */
  progress?: number;
  goals: { text: string; steps: DemoStep[] }[];
}

const step = (text: string, service: string, who: CaseTeamRole, due: number, status: PlanStepStatus, sessions?: DemoSessions): DemoStep =>
  ({ text, service, who, due, status, ...(sessions ? { sessions } : {}) });

export const DEMO_PLANS: DemoPlan[] = [
  {
    last: 'Balčiūnas', agreed: 27, progress: 125,
    goals: [
      {
        text: 'Sutvarkyti skolų reikalus ir atgauti pasitikėjimą savimi',
        steps: [
          step('Susitarti su antstoliu dėl skolos grąžinimo plano', 'counselling', 'social_worker', 60, 'done', { days: [31, 45], place: 'centre', minutes: 60, note: 'Su antstoliu sutartas skolos grąžinimo grafikas: 40 Eur per mėnesį.' }),
          step('Lankyti psichologo konsultacijas kas mėnesį', 'psychological_help', 'psychologist', 170, 'in_progress', { days: [35, 63, 91, 119], place: 'centre', minutes: 60 }),
        ],
      },
      {
        text: 'Išmokti naudotis kompiuteriu ir parengti gyvenimo aprašymą',
        steps: [
          step('Baigti kompiuterinio raštingumo mokymus centre', 'computer_literacy', 'social_worker', 110, 'done', { days: [66, 73, 80, 87, 94], place: 'centre', minutes: 120, note: 'Kursą baigė, gavo pažymėjimą. Pats išsiunčia el. laišką su dokumentu.' }),
          step('Parengti gyvenimo aprašymą ir prisijungti prie Užimtumo tarnybos e. paslaugų', 'career_counselling', 'case_manager', 125, 'done', { days: [118], place: 'centre', minutes: 90, note: 'Gyvenimo aprašymas parengtas, prisijungė prie Užimtumo tarnybos e. paslaugų.' }),
        ],
      },
      {
        text: 'Įsidarbinti Kazlų Rūdoje ar netoliese',
        steps: [
          step('Lankyti darbo paieškos klubą kas dvi savaites', 'social_and_motivation_services', 'social_worker', 160, 'in_progress', { days: [100, 114, 128, 142], place: 'centre', minutes: 120 }),
          step('Nueiti bent į du darbo pokalbius', 'job_mediation', 'case_manager', 170, 'in_progress', { days: [140], place: 'centre', minutes: 60, note: 'Pasiūlytos dvi laisvos vietos: sandėlininko UAB „Rūdupis“ ir traktorininko ūkyje.' }),
        ],
      },
    ],
  },
  {
    last: 'Čiurlienė', agreed: 28, progress: 180,
    goals: [
      {
        text: 'Suderinti mamos priežiūrą su darbu',
        steps: [
          step('Sutvarkyti dienos socialinę globą mamai', 'consultation', 'social_worker', 60, 'done', { days: [31, 45], place: 'home_visit', minutes: 60, note: 'Mamai skirta dienos socialinė globa darbo dienomis.' }),
        ],
      },
      {
        text: 'Grįžti į prekybą ar administravimą',
        steps: [
          step('Karjeros konsultacijos: kokį darbą ir kur dirbti', 'career_counselling', 'employment_officer', 90, 'done', { days: [50, 64], place: 'online', minutes: 60 }),
          step('Atlikti bandomąją praktiką UAB „Jūrės prekyba“', 'trial_practice', 'employment_officer', 180, 'done', { days: [125, 150, 175], place: 'employer', minutes: 60, note: 'Praktiką baigė, darbdavys svarsto darbo sutartį.' }),
          step('Sudaryti darbo sutartį po praktikos', 'job_mediation', 'case_manager', 230, 'in_progress', { days: [190], place: 'employer', minutes: 60 }),
        ],
      },
    ],
  },
  {
    last: 'Ąžuolinis', agreed: 39, progress: 235,
    goals: [
      {
        text: 'Nusigauti iki užsiėmimų ir darbo, atgauti norą dirbti',
        steps: [
          step('Lankyti motyvavimo užsiėmimus Antanavo seniūnijoje', 'social_and_motivation_services', 'social_worker', 120, 'done', { days: [45, 59, 73, 87], place: 'mobile_team', minutes: 90, village: 'Antanavas' }),
          step('Gauti transporto paramą kelionėms į užsiėmimus ir darbą', 'transport', 'ward_elder', 330, 'in_progress', { days: [45, 100, 210, 270], place: 'other', minutes: 30 }),
        ],
      },
      {
        text: 'Rasti lengvą darbą netoli namų',
        steps: [
          step('Išmokti kompiuterio pradmenų centre', 'computer_literacy', 'social_worker', 150, 'done', { days: [100, 114], place: 'centre', minutes: 120 }),
          step('Rasti sezoninį ar ne visos dienos darbą', 'job_mediation', 'case_manager', 200, 'done', { days: [170, 190], place: 'centre', minutes: 60, note: 'Sezoninis darbas UAB „Kazlų Rūdos miškai“ medelyne, 6 val. per dieną.' }),
          step('Pritaikyti darbo vietą pagal sveikatą', 'workplace_adaptation', 'case_manager', 230, 'done', { days: [215], place: 'employer', minutes: 90, note: 'Sutarta: be sunkių krovinių, pertrauka kas dvi valandas.' }),
          // Job support at the nursery, fading as the placement's plan says (placements.demo.ts).
          step('Pagalba darbo vietoje medelyne, palaipsniui mažinant', 'job_coaching', 'case_manager', 300, 'in_progress', { days: [196, 198, 200, 203, 206, 210, 217, 224, 231, 245, 259, 273], place: 'employer', minutes: 120 }),
        ],
      },
    ],
  },
  {
    last: 'Kučinskas', agreed: 26, progress: 285,
    goals: [
      {
        text: 'Atnaujinti įgūdžius ir išmokti ieškoti darbo internetu',
        steps: [
          step('Baigti kompiuterinio raštingumo mokymus', 'computer_literacy', 'social_worker', 100, 'done', { days: [40, 54, 68], place: 'centre', minutes: 120 }),
          step('Karjeros konsultacijos ir gyvenimo aprašymas', 'career_counselling', 'employment_officer', 120, 'done', { days: [90, 110], place: 'centre', minutes: 60 }),
        ],
      },
      {
        text: 'Įsidarbinti suvirintoju ar pagalbiniu darbuotoju',
        steps: [
          step('Atlikti bandomąją praktiką medienos įmonėje', 'trial_practice', 'employment_officer', 250, 'done', { days: [200, 230], place: 'employer', minutes: 60, note: 'Praktika UAB „Kazlų Rūdos medis“ sekėsi gerai.' }),
          step('Tarpininkauti įdarbinant', 'job_mediation', 'case_manager', 290, 'done', { days: [260, 280], place: 'centre', minutes: 60, note: 'Darbdavys siūlo darbo sutartį nuo kito mėnesio.' }),
        ],
      },
    ],
  },
];

/** The plan as first written: every step planned. */
function draftOf(story: DemoStory, plan: DemoPlan): StoredGoal[] {
  const ref = demoCase(story, plan.last);
  return plan.goals.map((goal) => ({
    id: randomUUID(),
    text: goal.text,
    steps: goal.steps.map((s) => ({
      id: randomUUID(), text: s.text, serviceKey: s.service, responsibleUserId: member(ref, s.who), dueOn: addDays(ref.openedOn, s.due), status: 'planned' as const,
    })),
  }));
}

/** The same plan with each step where it stands now. */
const progressOf = (plan: DemoPlan, draft: StoredGoal[]): StoredGoal[] =>
  draft.map((goal, g) => ({ ...goal, steps: goal.steps.map((s, i) => ({ ...s, status: plan.goals[g]!.steps[i]!.status })) }));

export async function seedDemoPlans(trx: Database, story: DemoStory) {
  for (const plan of DEMO_PLANS) {
    const ref = demoCase(story, plan.last);
    const manager = member(ref, 'case_manager');
    const agreedOn = dayOf(story, ref, plan.agreed);
    const draftedOn = dayOf(story, ref, plan.agreed - 2);
    const progressOn = plan.progress === undefined ? null : dayOf(story, ref, plan.progress);
    const planned = draftOf(story, plan);
    const revisions = [
      { on: draftedOn, goals: planned, agreedOn: null, note: 'Projektas aptartas pirmajame susitikime' },
      { on: agreedOn, goals: planned, agreedOn, note: '' },
      ...(progressOn ? [{ on: progressOn, goals: progressOf(plan, planned), agreedOn, note: 'Pažymėta, kas jau padaryta' }] : []),
    ];
    const last = revisions.at(-1)!;
    const { id } = await trx.insertInto('plans').values({
      case_id: ref.id, goals: JSON.stringify(last.goals), agreed_on: agreedOn, updated_by: manager, version: revisions.length,
      created_at: vilniusTime(draftedOn, '12:00'), updated_at: vilniusTime(last.on, '12:00'),
    }).returning('id').executeTakeFirstOrThrow();
    for (const [index, revision] of revisions.entries()) {
      const version = index + 1;
      await trx.insertInto('plan_revisions').values({
        plan_id: id, version, goals: JSON.stringify(revision.goals), agreed_on: revision.agreedOn, saved_by: manager,
        saved_at: vilniusTime(revision.on, '12:00'), note: revision.note,
      }).execute();
      if (revision.agreedOn && index === 1) tell(story, ref, revision.on, '12:00', manager, 'plan_agreed', { version, agreedOn, documentId: null });
      else tell(story, ref, revision.on, '12:00', manager, 'plan_saved', { version });
    }
  }
}
