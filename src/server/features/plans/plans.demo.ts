import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/connect.ts';
import type { StoredGoal } from './plans.rules.ts';

// Demo data: every demo case past the planning stage has the plan the person agreed to
// (the workflow needs it to get there); a case at planning has none yet, to write one.

const STAGES_WITH_PLAN = ['in_services', 'placement', 'follow_up', 'closed'];

const addDays = (iso: string, days: number) => {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

function demoGoals(openedOn: string, socialWorker: string | null, other: string | null, progressed: boolean): StoredGoal[] {
  const step = (text: string, serviceKey: string, responsibleUserId: string | null, days: number, done: boolean) =>
    ({ id: randomUUID(), text, serviceKey, responsibleUserId, dueOn: addDays(openedOn, days), status: done ? 'done' as const : 'planned' as const });
  return [
    {
      id: randomUUID(), text: 'Atgauti pasitikėjimą savimi ir įprastą dienos ritmą',
      steps: [
        step('Dalyvauti motyvavimo grupės užsiėmimuose kas savaitę', 'motivation', socialWorker, 60, progressed),
        step('Aptarti su specialistu, kas kelia nerimą prieš darbo pokalbius', 'consultation', other, 75, progressed),
      ],
    },
    {
      id: randomUUID(), text: 'Įsidarbinti arčiau namų, Kazlų Rūdoje ar Marijampolėje',
      steps: [
        step('Baigti kompiuterinio raštingumo mokymus ir parengti gyvenimo aprašymą', 'computer_literacy', socialWorker, 90, progressed),
        step('Užsiregistruoti į darbo muges ir nueiti bent į du darbo pokalbius', 'job_mediation', other, 120, false),
      ],
    },
  ];
}

export async function seedDemoPlans(trx: Database) {
  const cases = await trx.selectFrom('cases').select(['id', 'opened_on', 'stage', 'case_manager_id']).where('stage', 'in', STAGES_WITH_PLAN).execute();
  for (const c of cases) {
    const team = await trx.selectFrom('case_members').select(['user_id', 'role']).where('case_id', '=', c.id).where('role', '<>', 'case_manager').execute();
    const socialWorker = team.find((m) => m.role === 'social_worker')?.user_id ?? c.case_manager_id;
    const other = team.find((m) => m.user_id !== socialWorker)?.user_id ?? c.case_manager_id;
    const goals = JSON.stringify(demoGoals(c.opened_on, socialWorker, other, c.stage !== 'in_services'));
    const agreedOn = addDays(c.opened_on, 21);
    const { id } = await trx.insertInto('plans')
      .values({ case_id: c.id, goals, agreed_on: agreedOn, updated_by: c.case_manager_id, updated_at: `${agreedOn}T11:00:00+02:00` })
      .returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('plan_revisions')
      .values({ plan_id: id, version: 1, goals, agreed_on: agreedOn, saved_by: c.case_manager_id, saved_at: `${agreedOn}T11:00:00+02:00`, note: 'Planas aptartas ir pasirašytas susitikime centre' })
      .execute();
    await trx.insertInto('case_events')
      .values({ case_id: c.id, actor_id: c.case_manager_id, kind: 'plan_agreed', occurred_at: `${agreedOn}T11:00:00+02:00`, details: JSON.stringify({ version: 1, agreedOn, documentId: null }) })
      .execute();
  }
}
