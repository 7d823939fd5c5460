-- Programmes, their eligibility rule sets (versioned, with effective dates), screenings
-- and enrolments with a capacity and a waiting list. See docs/decisions/0017.

create table programmes (
  id uuid primary key default gen_random_uuid(),
  -- The organisation that runs the programme; its staff see it.
  organisation_id uuid not null references organisations (id),
  name_lt text not null,
  name_en text not null default '',
  sort_key text not null,
  template_key text,
  starts_on date,
  ends_on date,
  funder text not null default '',
  -- Enrolled places; enrolments beyond it go to the waiting list. The row is locked
  -- (select … for update) while an enrolment counts the places.
  capacity integer not null check (capacity > 0),
  status text not null default 'active' check (status in ('draft', 'active', 'closed')),
  services text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index programmes_organisation on programmes (organisation_id, sort_key collate "C");

create table programme_centres (
  programme_id uuid not null references programmes (id) on delete cascade,
  centre_id uuid not null references centres (id),
  primary key (programme_id, centre_id)
);

-- Partner organisations named by text: partners are often not Kelias organisations.
create table programme_partners (
  programme_id uuid not null references programmes (id) on delete cascade,
  name text not null,
  role text not null default 'partner',
  organisation_id uuid references organisations (id),
  primary key (programme_id, name)
);

-- The case team: users and their role in this programme (a specialty, not a permission).
create table programme_team (
  programme_id uuid not null references programmes (id) on delete cascade,
  user_id uuid not null references users (id),
  role text not null,
  primary key (programme_id, user_id, role)
);

create table rule_sets (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id) on delete cascade,
  version integer not null check (version > 0),
  -- In force at a date: the version with the greatest effective_from ≤ that date
  -- (the greater version on a tie). effective_to is derived from the next version.
  effective_from date not null,
  effective_to date,
  rules jsonb not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  unique (programme_id, version)
);
create index rule_sets_in_force on rule_sets (programme_id, effective_from desc, version desc);

create table screenings (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id) on delete cascade,
  participant_id uuid not null references participants (id) on delete cascade,
  screened_on date not null,
  rule_set_version integer not null,
  result text not null check (result in ('eligible', 'not_eligible', 'unknown')),
  -- Per-leaf results with machine explanations ({ key, params }), rendered on reading
  -- in the reader's language.
  rules jsonb not null,
  missing text[] not null default '{}',
  screened_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index screenings_participant on screenings (participant_id, programme_id, created_at desc);

create table enrolments (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programmes (id) on delete cascade,
  participant_id uuid not null references participants (id) on delete cascade,
  status text not null check (status in ('waiting', 'enrolled', 'exited', 'withdrawn')),
  -- Waiting-list order: the moment the person was put on the list (clock time under the
  -- programme lock, so the order is the order in which requests got their turn).
  waiting_since timestamptz,
  enrolled_on date,
  exited_on date,
  exit_reason text not null default '',
  override_reason text not null default '',
  screening_id uuid references screenings (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (exited_on is null or enrolled_on is null or exited_on >= enrolled_on),
  check (status <> 'enrolled' or enrolled_on is not null),
  check (status <> 'waiting' or waiting_since is not null)
);
-- One active (waiting or enrolled) enrolment per person and programme.
create unique index enrolments_active on enrolments (programme_id, participant_id) where status in ('waiting', 'enrolled');
create index enrolments_programme on enrolments (programme_id, status, waiting_since);
create index enrolments_participant on enrolments (participant_id, created_at);
