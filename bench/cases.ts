import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';

// Case management at the scale of issue 4: most of the 100,000 participants in the case
// manager's organisation are enrolled, each enrolment has its case, and 2,000,000 services
// are logged across them — with teams, tasks, appointments and timelines to match. Built
// in SQL, set-based, so it loads in about a minute. Caseloads are realistic (about 50 per
// case manager), so the planner sees the statistics a real installation has. The case
// manager persona has CASELOAD cases of her own and a place in 15 other teams.

export const ENROLLED = 70_000;
export const SERVICES = 2_000_000;
export const CASE_MANAGERS = 1_400;
export const SPECIALISTS = 300;
export const CASELOAD = 45;

export interface GeneratedCases {
  seconds: number;
  counts: { cases: number; services: number; tasks: number; appointments: number; events: number; members: number };
  /** A case of the persona's, in services, with its share of the 2M services: the case page the bench opens. */
  sampleCaseId: string;
}

async function staff(db: pg.PoolClient, organisationId: string, count: number, role: string, label: string): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const names = ids.map((_, i) => [`${label}${i}`, 'Darbuotoja'] as const);
  await db.query(
    `insert into users (id, email, first_name, last_name, sort_key, search_key, password_hash)
     select id, email, first_name, last_name, sort_key, search_key, 'x'
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t (id, email, first_name, last_name, sort_key, search_key)`,
    [
      ids, ids.map((id) => `${role}-${id.slice(0, 8)}@bench.kelias.test`), names.map(([first]) => first), names.map(([, last]) => last),
      names.map(([first, last]) => lithuanianSortKey(`${last} ${first}`)), names.map(([first, last]) => searchKey(`${first} ${last}`)),
    ],
  );
  await db.query(`insert into memberships (user_id, organisation_id, role) select unnest($1::uuid[]), $2, $3`, [ids, organisationId, role]);
  return ids;
}

export async function generateCases(pool: pg.Pool, organisationId: string, personaId: string): Promise<GeneratedCases> {
  const started = performance.now();
  // One connection with foreign-key triggers off for the bulk inserts (the rows are built
  // from existing ids): checking 2M references one by one would triple the load time.
  const db = await pool.connect();
  try {
    await db.query(`set session_replication_role = replica`);
    return await generateOn(db, organisationId, personaId, started);
  } finally {
    await db.query(`reset session_replication_role`);
    db.release();
  }
}

async function generateOn(db: pg.PoolClient, organisationId: string, personaId: string, started: number): Promise<GeneratedCases> {
  const managers = [personaId, ...(await staff(db, organisationId, CASE_MANAGERS - 1, 'case_manager', 'Vadybininkė'))];
  const specialists = await staff(db, organisationId, SPECIALISTS, 'psychologist', 'Specialistė');

  const { rows: programmes } = await db.query<{ id: string }>(
    `insert into programmes (organisation_id, name_lt, name_en, sort_key, capacity, starts_on, ends_on)
     select $1, 'Užimtumo skatinimo programa ' || n, 'Employment programme ' || n, 'uzimtumo skatinimo programa ' || n, 40000, '2024-01-01', '2027-12-31'
     from generate_series(1, 3) as n returning id`,
    [organisationId],
  );

  // Enrolments and cases for the first ENROLLED participants in name order; the persona gets
  // the first CASELOAD cases, the other case managers the rest in turn.
  await db.query(
    `with chosen as (
       select id, row_number() over (order by sort_key collate "C", id) as n
       from participants where organisation_id = $1 order by sort_key collate "C", id limit $2
     ), enrolled as (
       insert into enrolments (programme_id, participant_id, status, enrolled_on, created_at)
       select ($3::uuid[])[1 + n % 3], id, 'enrolled', date '2026-11-22' - (n % 700)::int, now()
       from chosen returning id, programme_id, participant_id, enrolled_on
     )
     insert into cases (organisation_id, programme_id, participant_id, enrolment_id, stage, case_manager_id, opened_on)
     select $1, e.programme_id, e.participant_id, e.id,
       (array['intake', 'assessment', 'planning', 'in_services', 'in_services', 'in_services', 'placement', 'follow_up'])[1 + c.n % 8],
       case when c.n <= $4 then ($5::uuid[])[1] else ($5::uuid[])[2 + (c.n % ($6 - 1))] end,
       e.enrolled_on
     from enrolled e join chosen c on c.id = e.participant_id`,
    [organisationId, ENROLLED, programmes.map((p) => p.id), CASELOAD, managers, CASE_MANAGERS],
  );

  // Teams: the case manager, and a specialist on every case; the persona also sits in 15 others' teams.
  await db.query(
    `insert into case_members (case_id, user_id, role)
     select id, case_manager_id, 'case_manager' from cases where organisation_id = $1
     union all
     select id, ($2::uuid[])[1 + (abs(hashtext(id::text)) % $3)], 'psychologist' from cases where organisation_id = $1`,
    [organisationId, specialists, SPECIALISTS],
  );
  await db.query(
    `insert into case_members (case_id, user_id, role)
     select id, $2, 'social_worker' from cases where organisation_id = $1 and case_manager_id <> $2 order by id limit 15`,
    [organisationId, personaId],
  );

  // 2,000,000 services: SERVICES / ENROLLED per case on average, more for older cases.
  const perCase = Math.floor(SERVICES / ENROLLED);
  const extra = SERVICES - perCase * ENROLLED;
  await db.query(
    `insert into service_deliveries (organisation_id, case_id, participant_id, service_key, delivered_on, duration_minutes, provider_id, place, notes)
     select c.organisation_id, c.id, c.participant_id,
       (array['social_and_motivation_services', 'psychological_help', 'consultation', 'career_counselling', 'computer_literacy', 'job_mediation', 'transport'])[1 + (s + abs(hashtext(c.id::text))) % 7],
       least(date '2026-11-21', c.opened_on + (s * 7)), 30 + (s % 4) * 30,
       case when s % 3 = 0 then c.case_manager_id else ($2::uuid[])[1 + (abs(hashtext(c.id::text)) % $3)] end,
       (array['centre', 'home_visit', 'mobile_team', 'online'])[1 + s % 4], 'Susitikimas ' || s
     from (select *, row_number() over (order by id) as n from cases where organisation_id = $1) c
     cross join lateral generate_series(1, $4 + case when c.n <= $5 then 1 else 0 end) as s`,
    [organisationId, specialists, SPECIALISTS, perCase, extra],
  );

  // Two tasks per case (every fifth overdue), assigned to the case manager.
  await db.query(
    `insert into tasks (organisation_id, case_id, title, assignee_id, due_on, status)
     select organisation_id, id, 'Paskambinti dalyviui', case_manager_id,
       date '2026-11-22' + (case when abs(hashtext(id::text)) % 5 = 0 then -3 else 10 + k end), case when k = 2 then 'done' else 'open' end
     from cases cross join generate_series(1, 2) as k where organisation_id = $1`,
    [organisationId],
  );

  // Appointments: three per case, an hour apart per case manager so none clash.
  await db.query(
    `insert into appointments (organisation_id, specialist_id, case_id, participant_id, place, starts_at, ends_at, purpose)
     select organisation_id, case_manager_id, id, participant_id, 'centre',
       timestamptz '2026-11-01 08:00+02' + (slot * interval '1 hour'), timestamptz '2026-11-01 08:45+02' + (slot * interval '1 hour'), 'Konsultacija'
     from (select c.*, k, row_number() over (partition by case_manager_id order by id, k) as slot
           from cases c cross join generate_series(1, 3) as k where organisation_id = $1) x`,
    [organisationId],
  );

  // Timelines: ten events per case.
  await db.query(
    `insert into case_events (case_id, actor_id, kind, details, occurred_at)
     select id, case_manager_id, (array['opened', 'stage_changed', 'service_delivered', 'task_created', 'plan_saved'])[1 + k % 5], '{}',
       opened_on + k * interval '3 days'
     from cases cross join generate_series(0, 9) as k where organisation_id = $1`,
    [organisationId],
  );

  await db.query('vacuum (analyze) enrolments, cases, case_members, service_deliveries, tasks, appointments, case_events');
  const { rows: [counts] } = await db.query<GeneratedCases['counts']>(
    `select (select count(*) from cases)::int as cases, (select count(*) from service_deliveries)::int as services,
       (select count(*) from tasks)::int as tasks, (select count(*) from appointments)::int as appointments,
       (select count(*) from case_events)::int as events, (select count(*) from case_members)::int as members`,
  );
  const { rows: [sample] } = await db.query<{ id: string }>(
    `select id from cases where case_manager_id = $1 and stage = 'in_services' order by opened_on limit 1`, [personaId],
  );
  return { seconds: (performance.now() - started) / 1000, counts: counts!, sampleCaseId: sample!.id };
}
