import type { Database } from '../../db/connect.ts';
import type { CaseTeamRole } from '../../../contracts/cases.ts';
import { addDays, demoCase, member, tell, vilniusTime, type DemoStory } from '../cases/cases.demo.ts';

// Demo data: tasks around the day the demo is loaded — two of the case manager's overdue
// (My caseload counts them), one due that day, some coming, a few done long ago — and one
// each for the psychologist and the social worker. The real reminder sweep runs after, so
// the header shows the reminders of what is due at once (seed.ts). The case manager sets
// every task.

interface DemoTask {
  last: string;
  who: CaseTeamRole;
  title: string;
  /** Days from the day the demo is loaded (negative: before it). */
  created: number;
  due: number;
  done?: number;
}

const TASKS: DemoTask[] = [
  { last: 'Šukienė', who: 'case_manager', title: 'Surinkti pažymas iš seniūnijos', created: -14, due: -5 },
  { last: 'Balčiūnas', who: 'case_manager', title: 'Paskambinti dėl darbo pokalbio UAB „Rūdupis“', created: -9, due: -2 },
  { last: 'Čiurlienė', who: 'case_manager', title: 'Paskambinti darbdaviui dėl darbo sutarties po bandomosios praktikos', created: -6, due: 0 },
  { last: 'Yčienė', who: 'case_manager', title: 'Suderinti plano projektą su Užimtumo tarnyba', created: -2, due: 3 },
  { last: 'Ąžuolinis', who: 'case_manager', title: 'Pasiteirauti darbdavio, kaip Algiui sekasi darbe', created: -20, due: 10 },
  { last: 'Šukienė', who: 'psychologist', title: 'Pasiruošti vertinimo tęsiniui Bagotojoje', created: -3, due: 0 },
  { last: 'Ąžuolinis', who: 'social_worker', title: 'Aplankyti namuose: ar pakanka transporto paramos', created: -8, due: -1 },
  { last: 'Balčiūnas', who: 'case_manager', title: 'Užregistruoti į kompiuterinio raštingumo mokymus', created: -122, due: -110, done: -115 },
  { last: 'Yčienė', who: 'case_manager', title: 'Gauti Užimtumo tarnybos pažymą apie registraciją', created: -50, due: -45, done: -47 },
];

export async function seedDemoTasks(trx: Database, story: DemoStory) {
  for (const demo of TASKS) {
    const ref = demoCase(story, demo.last);
    const assigneeId = member(ref, demo.who);
    const manager = member(ref, 'case_manager');
    const createdOn = addDays(story.today, demo.created);
    const doneOn = demo.done === undefined ? null : addDays(story.today, demo.done);
    if (createdOn < ref.openedOn || createdOn >= story.today) throw new Error(`demo: task "${demo.title}" is not set within ${ref.name}'s case`);
    const dueOn = addDays(story.today, demo.due);
    const { id } = await trx.insertInto('tasks').values({
      organisation_id: ref.organisationId, case_id: ref.id, title: demo.title, assignee_id: assigneeId, due_on: dueOn, created_by: manager,
      status: doneOn ? 'done' : 'open', done_at: doneOn ? vilniusTime(doneOn, '15:30') : null, done_by: doneOn ? assigneeId : null,
      created_at: vilniusTime(createdOn, '15:00'), updated_at: vilniusTime(doneOn ?? createdOn, doneOn ? '15:30' : '15:00'),
    }).returning('id').executeTakeFirstOrThrow();
    const assignee = await trx.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', assigneeId).executeTakeFirstOrThrow();
    // The title stays off the timeline, as tasks.service.ts keeps it: free text may be about the person.
    tell(story, ref, createdOn, '15:00', manager, 'task_created', { taskId: id, assigneeId, assigneeName: `${assignee.first_name} ${assignee.last_name}`, dueOn });
    if (doneOn) tell(story, ref, doneOn, '15:30', assigneeId, 'task_done', { taskId: id, kind: 'manual' });
  }
}
