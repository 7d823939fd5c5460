import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import { CASE_STAGES, type CaseOutcome, type CaseStage, type CaseTeamRole } from '../../../contracts/cases.ts';
import { addDays } from '../../shared/dates.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import { recordCaseEvent } from './cases.queries.ts';
import { FOLLOW_UP_TITLE, followUpDue, immediateResults } from './outcome.rules.ts';
import { checkTransition, type CaseFacts } from './workflow.rules.ts';

// Demo data: the Kazlų Rūda case manager's caseload, told as one story. Eligible people of
// the Kazlų Rūda programme were enrolled weeks or months ago and their cases stand at
// different stages. A case's past is given in days after it was opened; the demo data of
// assessments, plans, services, appointments and tasks add their parts to the same story,
// and recordDemoTimeline writes it on the timelines in order, checking each move against
// the workflow rules (workflow.rules.ts) as the case page would have.

export const DEMO_STAFF = {
  manager: 'vadybininke@demo.kelias.lt',
  socialWorker: 'socdarbuotojas@demo.kelias.lt',
  psychologist: 'psichologe@demo.kelias.lt',
  wardElder: 'seniunas@demo.kelias.lt',
  employmentOfficer: 'uzimtumas@demo.kelias.lt',
} as const;
const S = DEMO_STAFF;

interface DemoCase {
  last: string;
  first: string;
  openedDaysAgo: number;
  stage: CaseStage;
  /** The day (after opening) of each move forward in stage order, up to the stage it stands at. */
  moves: number[];
  team: [email: string, role: CaseTeamRole][];
  /** A closed case's outcome, recorded on that day (after opening). */
  outcome?: { outcome: CaseOutcome; day: number; note: string };
}

const CASES: DemoCase[] = [
  { last: 'Žilinskas', first: 'Darius', openedDaysAgo: 12, stage: 'intake', moves: [], team: [[S.wardElder, 'ward_elder']] },
  { last: 'Gudaitytė', first: 'Jūratė', openedDaysAgo: 16, stage: 'intake', moves: [], team: [[S.socialWorker, 'social_worker']] },
  { last: 'Šukienė', first: 'Irena', openedDaysAgo: 40, stage: 'assessment', moves: [20], team: [[S.psychologist, 'psychologist']] },
  { last: 'Yčienė', first: 'Vilma', openedDaysAgo: 60, stage: 'planning', moves: [8, 41], team: [[S.socialWorker, 'social_worker'], [S.employmentOfficer, 'employment_officer']] },
  { last: 'Balčiūnas', first: 'Vidmantas', openedDaysAgo: 150, stage: 'in_services', moves: [6, 13, 28], team: [[S.socialWorker, 'social_worker'], [S.psychologist, 'psychologist']] },
  { last: 'Čiurlienė', first: 'Laima', openedDaysAgo: 210, stage: 'placement', moves: [6, 14, 29, 185], team: [[S.socialWorker, 'social_worker'], [S.employmentOfficer, 'employment_officer']] },
  { last: 'Ąžuolinis', first: 'Algis', openedDaysAgo: 300, stage: 'follow_up', moves: [10, 25, 40, 200, 240], team: [[S.socialWorker, 'social_worker'], [S.wardElder, 'ward_elder']] },
  {
    last: 'Kučinskas', first: 'Rimantas', openedDaysAgo: 360, stage: 'closed', moves: [5, 12, 27, 180, 285], team: [[S.socialWorker, 'social_worker'], [S.employmentOfficer, 'employment_officer']],
    outcome: { outcome: 'employed', day: 300, note: 'Įdarbintas UAB „Kazlų Rūdos medis“ pagalbiniu darbuotoju, darbo sutartis neterminuota.' },
  },
];

// ── The story the demo features share ─────────────────────────────────────────

/** A demo case as the other demo data finds it, by the person's surname. */
export interface DemoCaseRef {
  id: string;
  name: string;
  participantId: string;
  organisationId: string;
  openedOn: string;
  /** The team by role, the case manager included. */
  members: Map<CaseTeamRole, string>;
}

/** One line of a timeline, told in the past: the day and the Lithuanian wall-clock time it happened. */
export interface DemoEvent { caseId: string; on: string; time: string; actorId: string; kind: string; details: Record<string, unknown> }

export interface DemoStory {
  /** The day the demo is loaded, in Lithuania. */
  today: string;
  organisationId: string;
  /** The Kazlų Rūda employment centre, where most meetings and sessions take place. */
  centreId: string;
  managerId: string;
  cases: Map<string, DemoCaseRef>;
  events: DemoEvent[];
}

export { addDays };

/** A Lithuanian wall-clock time on a day, as the instant PostgreSQL stores. */
export const vilniusTime = (day: string, time: string) => sql<Date>`(${day}::date + ${time}::time)::timestamp at time zone 'Europe/Vilnius'`;

export function demoCase(story: DemoStory, last: string): DemoCaseRef {
  const found = story.cases.get(last);
  if (!found) throw new Error(`demo: no case of ${last}`);
  return found;
}

/** The date `day` days after the case was opened: the story's past, never today or later. */
export function dayOf(story: DemoStory, ref: DemoCaseRef, day: number): string {
  const date = addDays(ref.openedOn, day);
  if (day < 0 || date >= story.today) throw new Error(`demo: day ${day} of ${ref.name}'s case is not in its past`);
  return date;
}

export function member(ref: DemoCaseRef, role: CaseTeamRole): string {
  const id = ref.members.get(role);
  if (!id) throw new Error(`demo: ${ref.name}'s case has no ${role} in its team`);
  return id;
}

export function tell(story: DemoStory, ref: DemoCaseRef, on: string, time: string, actorId: string, kind: string, details: Record<string, unknown>) {
  story.events.push({ caseId: ref.id, on, time, actorId, kind, details });
}

// ── Cases ─────────────────────────────────────────────────────────────────────

export async function seedDemoCases(trx: Database, orgIds: Map<string, string>, userIds: Map<string, string>, now: Date): Promise<DemoStory> {
  const organisationId = orgIds.get('kazlu')!;
  const managerId = userIds.get(S.manager)!;
  const programme = await trx.selectFrom('programmes').select('id').where('template_key', '=', 'kazlu_ruda_motivation').executeTakeFirstOrThrow();
  const centre = await trx.selectFrom('centres').select('id').where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  const today = todayInLithuania(now);
  const story: DemoStory = { today, organisationId, centreId: centre.id, managerId, cases: new Map(), events: [] };

  for (const demo of CASES) {
    const closing = demo.outcome !== undefined;
    if (demo.moves.length !== CASE_STAGES.indexOf(demo.stage) - (closing ? 1 : 0)) throw new Error(`demo: ${demo.last}'s moves do not lead to ${demo.stage}`);
    const person = await trx.selectFrom('participants').select('id')
      .where('organisation_id', '=', organisationId).where('last_name', '=', demo.last).where('first_name', '=', demo.first)
      .executeTakeFirstOrThrow();
    const openedOn = addDays(today, -demo.openedDaysAgo);
    const outcomeOn = demo.outcome ? addDays(openedOn, demo.outcome.day) : null;
    const { id: enrolmentId } = await trx.insertInto('enrolments').values({
      programme_id: programme.id, participant_id: person.id, status: closing ? 'exited' : 'enrolled', enrolled_on: openedOn,
      exited_on: outcomeOn, exit_reason: demo.outcome?.outcome ?? '', created_by: managerId,
    }).returning('id').executeTakeFirstOrThrow();
    const results = demo.outcome ? immediateResults(demo.outcome.outcome) : null;
    const { id: caseId } = await trx.insertInto('cases').values({
      organisation_id: organisationId, programme_id: programme.id, participant_id: person.id, enrolment_id: enrolmentId,
      stage: demo.stage, case_manager_id: managerId, opened_on: openedOn, closed_on: outcomeOn,
      outcome: demo.outcome?.outcome ?? null, outcome_on: outcomeOn, outcome_note: demo.outcome?.note ?? '',
      result_job_searching: results?.jobSearching ?? null, result_education_or_training: results?.educationOrTraining ?? null,
      result_qualification: results?.qualification ?? null, result_employed: results?.employed ?? null,
    }).returning('id').executeTakeFirstOrThrow();
    const team: [string, CaseTeamRole][] = [[managerId, 'case_manager'], ...demo.team.map(([email, role]): [string, CaseTeamRole] => [userIds.get(email)!, role])];
    await trx.insertInto('case_members').values(team.map(([userId, role]) => ({ case_id: caseId, user_id: userId, role, added_on: openedOn }))).execute();
    const ref: DemoCaseRef = {
      id: caseId, name: `${demo.first} ${demo.last}`, participantId: person.id, organisationId, openedOn,
      members: new Map(team.map(([userId, role]) => [role, userId])),
    };
    story.cases.set(demo.last, ref);

    // Opened on enrolment; each move forward at the end of its day's work.
    tell(story, ref, openedOn, '09:00', managerId, 'opened', { enrolmentId, programmeId: programme.id });
    demo.moves.forEach((day, index) => tell(story, ref, dayOf(story, ref, day), '16:30', managerId, 'stage_changed', {
      from: CASE_STAGES[index], to: CASE_STAGES[index + 1], direction: 'forward', reasonGiven: false,
    }));
    if (demo.outcome && outcomeOn) {
      // Closing creates the 6-month follow-up task, as the case page does (cases.service.ts).
      const { id: taskId } = await trx.insertInto('tasks').values({
        organisation_id: organisationId, case_id: caseId, title: FOLLOW_UP_TITLE, kind: 'follow_up_6_months',
        assignee_id: managerId, due_on: followUpDue(outcomeOn), created_by: managerId, created_at: vilniusTime(outcomeOn, '16:30'),
      }).returning('id').executeTakeFirstOrThrow();
      tell(story, ref, dayOf(story, ref, demo.outcome.day), '16:30', managerId, 'stage_changed', {
        from: CASE_STAGES[demo.moves.length], to: 'closed', direction: 'forward', reasonGiven: false,
        outcome: demo.outcome.outcome, outcomeOn, followUpTaskId: taskId,
      });
    }
  }
  return story;
}

// ── The timelines ─────────────────────────────────────────────────────────────

const inOrder = (a: DemoEvent, b: DemoEvent) => {
  const x = `${a.on} ${a.time}`;
  const y = `${b.on} ${b.time}`;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Walks the story in order and refuses a move the workflow would have refused on its day. */
function checkMoves(story: DemoStory, events: readonly DemoEvent[]) {
  const names = new Map([...story.cases.values()].map((ref) => [ref.id, ref.name]));
  const cases = new Map<string, CaseFacts & { stage: CaseStage; placementStarts: string[] }>();
  for (const event of events) {
    const facts = cases.get(event.caseId)
      ?? { stage: 'intake', completedAssessments: 0, planAgreed: false, deliveredServices: 0, startedPlacements: 0, outcomeRecorded: false, placementStarts: [] };
    cases.set(event.caseId, facts);
    if (event.kind === 'assessment_completed') facts.completedAssessments += 1;
    if (event.kind === 'plan_agreed') facts.planAgreed = true;
    if (event.kind === 'service_delivered') facts.deliveredServices += 1;
    // A placement counts from the day it starts, not the day it was recorded (placements.demo.ts).
    if (event.kind === 'placement_recorded') facts.placementStarts.push(event.details.startsOn as string);
    if (event.kind !== 'stage_changed') continue;
    const to = event.details.to as CaseStage;
    facts.startedPlacements = facts.placementStarts.filter((startsOn) => startsOn <= event.on).length;
    const check = checkTransition(facts.stage, to, { ...facts, outcomeRecorded: event.details.outcome !== undefined });
    if (!check.allowed) {
      const why = check.problem === 'condition_missing' ? check.condition : check.problem;
      throw new Error(`demo: ${names.get(event.caseId)}'s case cannot move ${facts.stage} → ${to} on ${event.on}: ${why}`);
    }
    facts.stage = to;
  }
}

/** Writes every demo case's timeline, each line on its day, in the order things happened. */
export async function recordDemoTimeline(trx: Database, story: DemoStory) {
  const events = [...story.events].sort(inOrder);
  checkMoves(story, events);
  for (const event of events) {
    await recordCaseEvent(trx, event.caseId, event.actorId, event.kind, event.details, vilniusTime(event.on, event.time));
  }
}
