-- Foundation: organisations, centres, staff users, sessions, sign-in attempts, audit log.
-- sort_key columns hold the Lithuanian collation key (see src/server/shared/text.ts):
-- ORDER BY sort_key COLLATE "C" gives Lithuanian order on every PostgreSQL, ICU or not.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  sort_key text not null,
  search_key text not null,
  kind text not null check (kind in ('municipality', 'ngo', 'employment_office', 'partner')),
  company_code text not null default '',
  address text not null default '',
  email text not null default '',
  phone text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index organisations_sort on organisations (sort_key collate "C");

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  first_name text not null,
  last_name text not null,
  sort_key text not null,
  search_key text not null,
  password_hash text not null,
  language text not null default 'lt' check (language in ('lt', 'en')),
  is_active boolean not null default true,
  is_system_admin boolean not null default false,
  last_sign_in_at timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index users_email on users (lower(email));
create index users_sort on users (sort_key collate "C");

create table memberships (
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id) on delete cascade,
  role text not null check (role in (
    'administrator', 'programme_manager', 'case_manager', 'social_worker', 'psychologist',
    'job_coach', 'teacher', 'volunteer', 'ward_elder', 'employment_officer',
    'centre_coordinator', 'auditor')),
  created_at timestamptz not null default now(),
  primary key (user_id, organisation_id, role)
);
create index memberships_organisation on memberships (organisation_id, role);

create table centres (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null,
  sort_key text not null,
  search_key text not null,
  address text not null,
  municipality text not null default '',
  opening_hours text not null default '',
  workstations integer not null default 0 check (workstations >= 0),
  coordinator_id uuid references users (id),
  phone text not null default '',
  email text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index centres_organisation on centres (organisation_id, sort_key collate "C");

-- The cookie carries a random token; only its SHA-256 is stored, so a leaked table
-- cannot be replayed as sessions.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text not null default '',
  user_agent text not null default ''
);
create index sessions_user on sessions (user_id);

create table sign_in_failures (
  id bigint generated always as identity primary key,
  email_key text not null,
  ip text not null,
  occurred_at timestamptz not null default now()
);
create index sign_in_failures_email on sign_in_failures (email_key, occurred_at);
create index sign_in_failures_ip on sign_in_failures (ip, occurred_at);

create table audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  actor_id uuid,
  actor_name text not null default '',
  action text not null,
  entity_type text not null,
  entity_id text not null default '',
  organisation_id uuid,
  ip text not null default '',
  outcome text not null default 'ok' check (outcome in ('ok', 'denied', 'failed')),
  details jsonb not null default '{}'::jsonb
);
create index audit_log_organisation on audit_log (organisation_id, id desc);
create index audit_log_actor on audit_log (actor_id, id desc);
create index audit_log_entity on audit_log (entity_type, entity_id, id desc);
create index audit_log_occurred on audit_log (occurred_at);

-- The application never edits or deletes audit entries; the database refuses too.
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();
