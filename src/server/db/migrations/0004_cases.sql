-- Case management (issue 4): a case per enrolment with an explicit stage, its team,
-- assessments, the individual action plan and its revisions, the service catalogue and
-- delivered services, appointments, tasks and their reminders, the outcome at exit.
-- See docs/decisions/0021 and 0022.

create extension if not exists btree_gist;

create table cases (
  id uuid primary key default gen_random_uuid(),
  -- The programme's organisation: its staff work the case.
  organisation_id uuid not null references organisations (id),
  programme_id uuid not null references programmes (id),
  participant_id uuid not null references participants (id),
  enrolment_id uuid not null unique references enrolments (id),
  stage text not null default 'intake'
    check (stage in ('intake', 'assessment', 'planning', 'in_services', 'placement', 'follow_up', 'closed')),
  case_manager_id uuid references users (id),
  opened_on date not null,
  closed_on date,
  -- Outcome at exit and the ESF+ immediate results derived from it (DOMAIN.md).
  outcome text check (outcome in ('employed', 'self_employed', 'education_or_training', 'qualification', 'job_searching', 'other')),
  outcome_on date,
  outcome_note text not null default '',
  result_job_searching boolean,
  result_education_or_training boolean,
  result_qualification boolean,
  result_employed boolean,
  -- ESF+ longer-term results, recorded by the 6-month follow-up.
  result_employed_6_months boolean,
  result_improved_6_months boolean,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (closed_on is null or closed_on >= opened_on),
  check (stage <> 'closed' or (closed_on is not null and outcome is not null))
);
create index cases_manager on cases (case_manager_id, stage);
create index cases_organisation on cases (organisation_id, stage);
create index cases_participant on cases (participant_id);

-- The case team. The case manager is named on the case itself; specialists see the cases
-- they are members of (decision 0021).
create table case_members (
  case_id uuid not null references cases (id) on delete cascade,
  user_id uuid not null references users (id),
  role text not null check (role in ('case_manager', 'social_worker', 'psychologist', 'job_coach', 'teacher', 'volunteer', 'ward_elder', 'employment_officer')),
  added_on date not null default current_date,
  primary key (case_id, user_id, role)
);
create index case_members_user on case_members (user_id);

-- The timeline: one row per thing that happened in the case, in the order it happened.
-- Details hold keys and ids, never free text about the person.
create table case_events (
  id bigint generated always as identity primary key,
  case_id uuid not null references cases (id) on delete cascade,
  occurred_at timestamptz not null default clock_timestamp(),
  actor_id uuid references users (id),
  kind text not null,
  details jsonb not null default '{}'
);
create index case_events_case on case_events (case_id, id desc);

create table assessments (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases (id) on delete cascade,
  -- Questionnaires are versioned data in code; an assessment keeps the version it used.
  questionnaire_key text not null,
  questionnaire_version integer not null,
  status text not null default 'draft' check (status in ('draft', 'completed')),
  assessed_on date not null,
  answers jsonb not null default '{}',
  -- Domain scores, profile and suggested services, computed when completed.
  result jsonb,
  assessor_id uuid references users (id),
  completed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index assessments_case on assessments (case_id, assessed_on, created_at);

-- The individual action plan: the current text on the row, every saved revision kept.
create table plans (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null unique references cases (id) on delete cascade,
  goals jsonb not null default '[]',
  agreed_on date,
  agreement_document_id uuid references attachments (id),
  updated_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The revision number: saving needs the version it was based on (optimistic locking).
  version integer not null default 1
);

create table plan_revisions (
  plan_id uuid not null references plans (id) on delete cascade,
  version integer not null,
  goals jsonb not null,
  agreed_on date,
  agreement_document_id uuid references attachments (id),
  saved_by uuid references users (id),
  saved_at timestamptz not null default now(),
  note text not null default '',
  primary key (plan_id, version)
);
-- Every agreement is kept as a revision, so this finds the plan of a signed copy being downloaded.
create index plan_revisions_document on plan_revisions (agreement_document_id) where agreement_document_id is not null;

-- The service catalogue as data; programmes name the keys they offer.
create table service_types (
  key text primary key check (key ~ '^[a-z0-9_]+$'),
  category text not null check (category in ('social', 'psychological', 'counselling', 'employment', 'training', 'measure', 'support')),
  name_lt text not null,
  name_en text not null,
  sort_order integer not null default 0,
  is_active boolean not null default true
);

insert into service_types (key, category, name_lt, name_en, sort_order) values
  ('social_and_motivation_services', 'social', 'Socialinės ir motyvavimo paslaugos', 'Social and motivation services', 10),
  ('motivation', 'social', 'Motyvavimas', 'Motivation', 20),
  ('social_skills_training', 'social', 'Socialinių įgūdžių ugdymas', 'Social skills training', 30),
  ('community_meetings', 'social', 'Bendruomenės susitikimai', 'Community meetings', 40),
  ('psychological_help', 'psychological', 'Psichologinė pagalba', 'Psychological help', 50),
  ('consultation', 'counselling', 'Konsultacija', 'Consultation', 60),
  ('counselling', 'counselling', 'Konsultavimas', 'Counselling', 70),
  ('career_counselling', 'counselling', 'Karjeros konsultavimas', 'Career counselling', 80),
  ('information', 'counselling', 'Informavimas', 'Information', 90),
  ('vocational_information', 'counselling', 'Profesinis informavimas', 'Vocational information', 100),
  ('job_mediation', 'employment', 'Tarpininkavimas įdarbinant', 'Job mediation', 110),
  ('mediation', 'employment', 'Tarpininkavimas', 'Mediation', 120),
  ('vocational_profile', 'employment', 'Profesinis profilis', 'Vocational profile', 130),
  ('job_finding', 'employment', 'Darbo paieška', 'Job finding', 140),
  ('employer_engagement', 'employment', 'Darbas su darbdaviu', 'Employer engagement', 150),
  ('job_coaching', 'employment', 'Darbo asistento pagalba', 'Job coaching', 160),
  ('job_fairs', 'employment', 'Darbo mugės', 'Job fairs', 170),
  ('flexible_work', 'employment', 'Lankstus darbas', 'Flexible work', 180),
  ('training', 'training', 'Mokymai', 'Training', 190),
  ('employability_training', 'training', 'Įsidarbinimo gebėjimų mokymai', 'Employability training', 200),
  ('computer_literacy', 'training', 'Kompiuterinio raštingumo mokymai', 'Computer literacy', 210),
  ('trial_practice', 'measure', 'Bandomoji praktika', 'Trial practice', 220),
  ('apprenticeship', 'measure', 'Pameistrystė', 'Apprenticeship', 230),
  ('active_labour_market_measures', 'measure', 'Aktyvios darbo rinkos politikos priemonės', 'Active labour-market measures', 240),
  ('workplace_adaptation', 'measure', 'Darbo vietos pritaikymas', 'Workplace adaptation', 250),
  ('micro_business_support', 'measure', 'Pagalba kuriant smulkųjį verslą', 'Micro-business support', 260),
  ('transport', 'support', 'Transporto parama', 'Transport support', 270);

create table service_deliveries (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  case_id uuid not null references cases (id) on delete cascade,
  participant_id uuid not null references participants (id),
  service_key text not null references service_types (key),
  delivered_on date not null,
  duration_minutes integer not null check (duration_minutes > 0 and duration_minutes <= 1440),
  provider_id uuid not null references users (id),
  place text not null check (place in ('centre', 'home_visit', 'mobile_team', 'online', 'employer', 'other')),
  centre_id uuid references centres (id),
  village text not null default '',
  -- One group session logged for many participants shares this id.
  group_id uuid,
  notes text not null default '',
  -- Visible only to staff holding the role the author wrote it in (decision 0021).
  confidential_note text not null default '',
  confidential_role text,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index service_deliveries_case on service_deliveries (case_id, delivered_on desc, id);
create index service_deliveries_provider on service_deliveries (provider_id, delivered_on);
create index service_deliveries_group on service_deliveries (group_id) where group_id is not null;

create table appointments (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  specialist_id uuid not null references users (id),
  case_id uuid references cases (id) on delete cascade,
  participant_id uuid references participants (id),
  centre_id uuid references centres (id),
  place text not null check (place in ('centre', 'home_visit', 'mobile_team', 'online', 'employer', 'other')),
  village text not null default '',
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  purpose text not null default '',
  status text not null default 'planned' check (status in ('planned', 'held', 'missed', 'cancelled')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_at > starts_at),
  -- Clashes are refused by the database itself, so two simultaneous bookings cannot both win.
  constraint appointments_specialist_clash exclude using gist (specialist_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'cancelled'),
  constraint appointments_participant_clash exclude using gist (participant_id with =, tstzrange(starts_at, ends_at) with &&) where (status <> 'cancelled' and participant_id is not null)
);
create index appointments_case on appointments (case_id, starts_at);
create index appointments_centre on appointments (centre_id, starts_at);
-- The calendar of a place (the mobile team's visits by village) reads an organisation's days.
create index appointments_organisation on appointments (organisation_id, starts_at);

create table tasks (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  case_id uuid references cases (id) on delete cascade,
  title text not null,
  details text not null default '',
  kind text not null default 'manual' check (kind in ('manual', 'follow_up_6_months')),
  assignee_id uuid not null references users (id),
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done', 'cancelled')),
  done_at timestamptz,
  done_by uuid references users (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index tasks_assignee on tasks (assignee_id, due_on) where status = 'open';
create index tasks_case on tasks (case_id, due_on);
-- The reminder sweep reads the open tasks due by today, across all assignees.
create index tasks_open_due on tasks (due_on) where status = 'open';

-- One reminder per task and due date: the unique key is what makes the reminder job safe
-- to run twice, on two processes, or again after a restart (decision 0022).
create table reminders (
  id bigint generated always as identity primary key,
  task_id uuid not null references tasks (id) on delete cascade,
  due_on date not null,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (task_id, due_on)
);
create index reminders_user on reminders (user_id, created_at desc);
