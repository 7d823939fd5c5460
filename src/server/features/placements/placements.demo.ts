import type { Database } from '../../db/connect.ts';
import type { PlacementEndReason, PlacementKind } from '../../../contracts/employment.ts';
import type { FadingStep } from '../../../contracts/placements.ts';
import { addDays } from '../../shared/dates.ts';
import { dayOf, demoCase, member, tell, vilniusTime, type DemoStory } from '../cases/cases.demo.ts';
import type { DemoEmployerKey, DemoEmployers } from '../employers/employers.demo.ts';
import { followUpAssignee } from './placements.queries.ts';
import { followUpOpensOn, followUpSchedule, followUpTitle } from './placements.rules.ts';

// Demo data: the placements of the demo cases, as their plans tell it (plans.demo.ts).
// Every case at placement, follow-up or closed as employed has one that started before
// the case moved to placement (the workflow's condition, checked by cases.demo.ts):
// Laima Čiurlienė's trial practice in the Jūrė shop, ended, the employer weighing a
// contract; Algis Ąžuolinis's part-time job at the forest nursery, with job support that
// fades week by week and his 3-month follow-up answered; Rimantas Kučinskas's trial
// practice at the wood company and then the job there that his case closed with.
// Service deliveries at the employer during a placement belong to it (its support log).

interface DemoPlacement {
  last: string;
  employer: DemoEmployerKey;
  kind: PlacementKind;
  isco: string;
  title: string;
  /** Days after the case was opened. */
  recorded: number;
  starts: number;
  ends?: number;
  ended?: { day: number; reason: PlacementEndReason };
  hoursPerWeek: number;
  wageEur: number | null;
  support: string;
  fading: FadingStep[];
  /** Follow-ups answered, by months: the day (after opening) and the answers. */
  answered?: Partial<Record<3 | 6 | 12, { day: number; stillEmployed: boolean; sameEmployer: boolean; notes: string }>>;
}

const PLACEMENTS: DemoPlacement[] = [
  {
    last: 'Čiurlienė', employer: 'prekyba', kind: 'trial_practice', isco: '5223', title: 'Pardavėja (bandomoji praktika)',
    recorded: 117, starts: 120, ends: 178, ended: { day: 178, reason: 'completed' }, hoursPerWeek: 20, wageEur: null,
    support: 'Parduotuvės vedėjas – praktikos vadovas; užimtumo specialistė lankosi kas mėnesį.', fading: [],
  },
  {
    last: 'Ąžuolinis', employer: 'miskai', kind: 'open_market', isco: '6113', title: 'Medelyno darbininkas (sezoninis)',
    recorded: 192, starts: 195, ends: 195 + 240, hoursPerWeek: 30, wageEur: 950,
    support: 'Be sunkių krovinių, pertrauka kas dvi valandas. Pirmosiomis savaitėmis atvejo vadybininkė padeda darbo vietoje, vėliau pagalba mažinama.',
    fading: [{ fromWeek: 1, hoursPerWeek: 6 }, { fromWeek: 3, hoursPerWeek: 4 }, { fromWeek: 6, hoursPerWeek: 2 }, { fromWeek: 10, hoursPerWeek: 1 }, { fromWeek: 14, hoursPerWeek: 0 }],
    answered: { 3: { day: 290, stillEmployed: true, sameEmployer: true, notes: 'Dirba toliau, darbdavys patenkintas. Pagalbos darbo vietoje nebereikia.' } },
  },
  {
    last: 'Kučinskas', employer: 'medis', kind: 'trial_practice', isco: '9329', title: 'Pagalbinis darbuotojas (bandomoji praktika)',
    recorded: 176, starts: 178, ends: 240, ended: { day: 240, reason: 'completed' }, hoursPerWeek: 32, wageEur: null,
    support: 'Gamybos vadovas moko darbo vietoje.', fading: [],
  },
  {
    last: 'Kučinskas', employer: 'medis', kind: 'open_market', isco: '9329', title: 'Pagalbinis darbuotojas medienos ceche',
    recorded: 282, starts: 290, hoursPerWeek: 40, wageEur: 1250,
    support: 'Neterminuota darbo sutartis. Pagalbos darbo vietoje nereikia; stebėsena telefonu.', fading: [],
  },
];

export async function seedDemoPlacements(trx: Database, story: DemoStory, demo: DemoEmployers) {
  for (const placement of PLACEMENTS) {
    const ref = demoCase(story, placement.last);
    const manager = member(ref, 'case_manager');
    const recordedOn = dayOf(story, ref, placement.recorded);
    const startsOn = dayOf(story, ref, placement.starts);
    const ended = placement.ended ? { on: dayOf(story, ref, placement.ended.day), reason: placement.ended.reason } : null;
    const employerId = demo.employers.get(placement.employer)!;
    const { id } = await trx.insertInto('placements').values({
      organisation_id: ref.organisationId, case_id: ref.id, participant_id: ref.participantId, employer_id: employerId, kind: placement.kind,
      isco_code: placement.isco, job_title: placement.title, starts_on: startsOn,
      ends_on: placement.ends === undefined ? null : addDays(ref.openedOn, placement.ends),
      hours_per_week: placement.hoursPerWeek, wage_monthly_cents: placement.wageEur === null ? null : placement.wageEur * 100,
      support_agreed: placement.support, fading_plan: JSON.stringify(placement.fading),
      ended_on: ended?.on ?? null, end_reason: ended?.reason ?? null, created_by: manager, created_at: vilniusTime(recordedOn, '14:00'),
    }).returning('id').executeTakeFirstOrThrow();
    tell(story, ref, recordedOn, '14:00', manager, 'placement_recorded', { placementId: id, kind: placement.kind, employerId, iscoCode: placement.isco, startsOn });

    // Retention is asked of jobs, not of trial practice (decision 0034).
    if (placement.kind !== 'trial_practice') {
      const assigneeId = (await followUpAssignee(trx, ref.id)) ?? manager;
      for (const { months, dueOn } of followUpSchedule(startsOn)) {
        const answer = placement.answered?.[months as 3 | 6 | 12];
        const answeredOn = answer ? dayOf(story, ref, answer.day) : null;
        if (answeredOn && answeredOn < followUpOpensOn(dueOn)) throw new Error(`demo: ${ref.name}'s ${months}-month follow-up is answered before it opens`);
        const { id: taskId } = await trx.insertInto('tasks').values({
          organisation_id: ref.organisationId, case_id: ref.id, title: followUpTitle(months), kind: 'placement_follow_up', assignee_id: assigneeId,
          due_on: dueOn, created_by: manager, created_at: vilniusTime(recordedOn, '14:00'),
          ...(answeredOn ? { status: 'done', done_at: vilniusTime(answeredOn, '10:30'), done_by: manager } : {}),
        }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('placement_follow_ups').values({
          placement_id: id, months, due_on: dueOn, task_id: taskId,
          ...(answer && answeredOn ? {
            still_employed: answer.stillEmployed, same_employer: answer.sameEmployer, recorded_on: answeredOn, recorded_by: manager, notes: answer.notes,
          } : {}),
        }).execute();
        if (answer && answeredOn) {
          tell(story, ref, answeredOn, '10:30', manager, 'placement_follow_up_recorded', {
            placementId: id, months, stillEmployed: answer.stillEmployed, sameEmployer: answer.sameEmployer, recordedOn: answeredOn, taskId,
          });
        }
      }
    }
    if (ended) {
      tell(story, ref, ended.on, '16:00', manager, 'placement_ended', { placementId: id, kind: placement.kind, employerId, endedOn: ended.on, endReason: ended.reason });
    }
    // The sessions at the employer while it lasted are its support log.
    await trx.updateTable('service_deliveries').set({ placement_id: id })
      .where('case_id', '=', ref.id).where('place', '=', 'employer').where('placement_id', 'is', null)
      .where('service_key', 'in', ['trial_practice', 'job_coaching', 'workplace_adaptation'])
      .where('delivered_on', '>=', startsOn).where('delivered_on', '<=', ended?.on ?? story.today)
      .execute();
  }
}
