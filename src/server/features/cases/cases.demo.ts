import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import { CASE_STAGES, type CaseOutcome, type CaseStage, type CaseTeamRole } from '../../../contracts/cases.ts';
import { FOLLOW_UP_TITLE, followUpDue, immediateResults } from './outcome.rules.ts';

// Demo data: the Kazlų Rūda case manager's caseload. Eligible people of the Kazlų Rūda
// programme are enrolled months ago and their cases stand at different stages, each
// with the team a municipality would name, a timeline of the moves, a few delivered
// services where the stage needs them, her tasks (some overdue) and her appointments
// today. Assessments and plans are other features' demo data.

const MANAGER = 'vadybininke@demo.kelias.lt';
const SOCIAL_WORKER = 'socdarbuotojas@demo.kelias.lt';
const PSYCHOLOGIST = 'psichologe@demo.kelias.lt';
const WARD_ELDER = 'seniunas@demo.kelias.lt';
const EMPLOYMENT_OFFICER = 'uzimtumas@demo.kelias.lt';

interface DemoCase {
  last: string;
  first: string;
  /** Enrolled this many days before the demo is loaded. */
  enrolledDaysAgo: number;
  stage: CaseStage;
  team: [email: string, role: CaseTeamRole][];
  services?: number;
  outcome?: { outcome: CaseOutcome; daysAgo: number; note: string };
}

const CASES: DemoCase[] = [
  { last: 'Žilinskas', first: 'Darius', enrolledDaysAgo: 12, stage: 'intake', team: [[WARD_ELDER, 'ward_elder']] },
  { last: 'Gudaitytė', first: 'Jūratė', enrolledDaysAgo: 30, stage: 'intake', team: [[SOCIAL_WORKER, 'social_worker']] },
  { last: 'Šukienė', first: 'Irena', enrolledDaysAgo: 90, stage: 'assessment', team: [[PSYCHOLOGIST, 'psychologist']] },
  { last: 'Yčienė', first: 'Vilma', enrolledDaysAgo: 120, stage: 'planning', team: [[SOCIAL_WORKER, 'social_worker'], [EMPLOYMENT_OFFICER, 'employment_officer']] },
  { last: 'Balčiūnas', first: 'Vidmantas', enrolledDaysAgo: 150, stage: 'in_services', team: [[SOCIAL_WORKER, 'social_worker'], [PSYCHOLOGIST, 'psychologist']], services: 4 },
  { last: 'Čiurlienė', first: 'Laima', enrolledDaysAgo: 210, stage: 'placement', team: [[SOCIAL_WORKER, 'social_worker'], [EMPLOYMENT_OFFICER, 'employment_officer']], services: 6 },
  { last: 'Ąžuolinis', first: 'Algis', enrolledDaysAgo: 300, stage: 'follow_up', team: [[SOCIAL_WORKER, 'social_worker'], [WARD_ELDER, 'ward_elder']], services: 8 },
  {
    last: 'Kučinskas', first: 'Rimantas', enrolledDaysAgo: 360, stage: 'closed', team: [[SOCIAL_WORKER, 'social_worker'], [EMPLOYMENT_OFFICER, 'employment_officer']], services: 9,
    outcome: { outcome: 'employed', daysAgo: 60, note: 'Įdarbintas UAB „Kazlų Rūdos medis“ pagalbiniu darbuotoju, darbo sutartis neterminuota.' },
  },
];

const SERVICES = ['motivation', 'consultation', 'psychological_help', 'social_skills_training', 'computer_literacy', 'job_mediation'] as const;

function daysAgo(today: Date, days: number): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days));
  return date.toISOString().slice(0, 10);
}

/** A Lithuanian wall-clock time on a day, as the instant PostgreSQL stores. */
const vilniusTime = (day: string, time: string) => sql<Date>`(${day}::date + ${time}::time)::timestamp at time zone 'Europe/Vilnius'`;

export async function seedDemoCases(trx: Database, orgIds: Map<string, string>, userIds: Map<string, string>, today: Date) {
  const organisationId = orgIds.get('kazlu')!;
  const manager = userIds.get(MANAGER)!;
  const programme = await trx.selectFrom('programmes').select('id').where('template_key', '=', 'kazlu_ruda_motivation').executeTakeFirstOrThrow();
  const todayIso = today.toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
  const caseIds = new Map<string, string>();

  for (const demo of CASES) {
    const person = await trx.selectFrom('participants').select('id')
      .where('organisation_id', '=', organisationId).where('last_name', '=', demo.last).where('first_name', '=', demo.first)
      .executeTakeFirstOrThrow();
    const enrolledOn = daysAgo(today, demo.enrolledDaysAgo);
    const outcomeOn = demo.outcome ? daysAgo(today, demo.outcome.daysAgo) : null;
    const { id: enrolmentId } = await trx.insertInto('enrolments').values({
      programme_id: programme.id, participant_id: person.id, status: demo.outcome ? 'exited' : 'enrolled', enrolled_on: enrolledOn,
      exited_on: outcomeOn, exit_reason: demo.outcome?.outcome ?? '', created_by: manager,
    }).returning('id').executeTakeFirstOrThrow();
    const results = demo.outcome ? immediateResults(demo.outcome.outcome) : null;
    const { id: caseId } = await trx.insertInto('cases').values({
      organisation_id: organisationId, programme_id: programme.id, participant_id: person.id, enrolment_id: enrolmentId,
      stage: demo.stage, case_manager_id: manager, opened_on: enrolledOn, closed_on: outcomeOn,
      outcome: demo.outcome?.outcome ?? null, outcome_on: outcomeOn, outcome_note: demo.outcome?.note ?? '',
      result_job_searching: results?.jobSearching ?? null, result_education_or_training: results?.educationOrTraining ?? null,
      result_qualification: results?.qualification ?? null, result_employed: results?.employed ?? null,
    }).returning('id').executeTakeFirstOrThrow();
    caseIds.set(demo.last, caseId);
    await trx.insertInto('case_members').values([
      { case_id: caseId, user_id: manager, role: 'case_manager', added_on: enrolledOn },
      ...demo.team.map(([email, role]) => ({ case_id: caseId, user_id: userIds.get(email)!, role, added_on: enrolledOn })),
    ]).execute();

    // The timeline: opened, then one move forward every few weeks up to the stage it stands at.
    const moves = CASE_STAGES.slice(1, CASE_STAGES.indexOf(demo.stage) + 1).filter((stage) => stage !== 'closed');
    const step = Math.max(1, Math.floor(demo.enrolledDaysAgo / (moves.length + 2)));
    await trx.insertInto('case_events').values([
      { case_id: caseId, actor_id: manager, kind: 'opened', occurred_at: `${enrolledOn}T09:00:00+02:00`, details: JSON.stringify({ enrolmentId, programmeId: programme.id }) },
      ...moves.map((to, index) => ({
        case_id: caseId, actor_id: manager, kind: 'stage_changed', occurred_at: `${daysAgo(today, demo.enrolledDaysAgo - step * (index + 1))}T10:00:00+02:00`,
        details: JSON.stringify({ from: CASE_STAGES[CASE_STAGES.indexOf(to) - 1], to, direction: 'forward', reasonGiven: false }),
      })),
    ]).execute();

    for (let i = 0; i < (demo.services ?? 0); i++) {
      const socialWorker = userIds.get(SOCIAL_WORKER)!;
      await trx.insertInto('service_deliveries').values({
        organisation_id: organisationId, case_id: caseId, participant_id: person.id, service_key: SERVICES[i % SERVICES.length]!,
        delivered_on: daysAgo(today, Math.max(1, demo.enrolledDaysAgo - 20 - i * 14)), duration_minutes: 60 + (i % 3) * 30,
        provider_id: socialWorker, place: i % 2 ? 'home_visit' : 'centre', created_by: socialWorker,
      }).execute();
    }

    if (demo.outcome && outcomeOn) {
      const { id: taskId } = await trx.insertInto('tasks').values({
        organisation_id: organisationId, case_id: caseId, title: FOLLOW_UP_TITLE, kind: 'follow_up_6_months',
        assignee_id: manager, due_on: followUpDue(outcomeOn), created_by: manager,
      }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('case_events').values({
        case_id: caseId, actor_id: manager, kind: 'stage_changed', occurred_at: `${outcomeOn}T15:00:00+02:00`,
        details: JSON.stringify({ from: 'follow_up', to: 'closed', direction: 'forward', reasonGiven: false, outcome: demo.outcome.outcome, outcomeOn, followUpTaskId: taskId }),
      }).execute();
    }
  }

  // Her day: two overdue tasks, one coming, and appointments today at the centre and on a home visit.
  const centre = await trx.selectFrom('centres').select('id').where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
  await trx.insertInto('tasks').values([
    { organisation_id: organisationId, case_id: caseIds.get('Balčiūnas')!, title: 'Paskambinti dėl darbo pokalbio UAB „Rūdupis“', assignee_id: manager, due_on: daysAgo(today, 2), created_by: manager },
    { organisation_id: organisationId, case_id: caseIds.get('Šukienė')!, title: 'Surinkti pažymas iš seniūnijos', assignee_id: manager, due_on: daysAgo(today, 5), created_by: manager },
    { organisation_id: organisationId, case_id: caseIds.get('Yčienė')!, title: 'Suderinti plano projektą su Užimtumo tarnyba', assignee_id: manager, due_on: daysAgo(today, -3), created_by: manager },
  ]).execute();
  const appointment = (last: string, from: string, to: string, place: 'centre' | 'home_visit', day = todayIso) => ({
    organisation_id: organisationId, specialist_id: manager, case_id: caseIds.get(last)!,
    participant_id: sql<string>`(select participant_id from cases where id = ${caseIds.get(last)!})`,
    centre_id: place === 'centre' ? centre.id : null, place, village: place === 'home_visit' ? 'Jankai' : '',
    starts_at: vilniusTime(day, from), ends_at: vilniusTime(day, to), purpose: 'Pokalbis', created_by: manager,
  });
  await trx.insertInto('appointments').values([
    appointment('Žilinskas', '09:00', '10:00', 'centre'),
    appointment('Gudaitytė', '13:30', '14:30', 'home_visit'),
    appointment('Balčiūnas', '10:00', '11:00', 'centre', daysAgo(today, -7)),
  ]).execute();
  return caseIds;
}
