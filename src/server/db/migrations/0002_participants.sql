-- Participants: the people a programme serves. Ordinary facts here; special-category
-- data (GDPR art. 9) in its own table so that no ordinary query can reach it by accident.

create extension if not exists pg_trgm;

create table participants (
  id uuid primary key default gen_random_uuid(),
  -- The organisation that registered the person and is the controller of this record.
  organisation_id uuid not null references organisations (id),
  first_name text not null,
  last_name text not null,
  sort_key text not null,
  -- Folded "first last code", the only column name searches read (trigram index below).
  search_key text not null,
  -- Folded "first last" without the code, for "same name and birth date" duplicate warnings.
  name_key text not null,
  personal_code text,
  birth_date date,
  sex text check (sex in ('female', 'male', 'non_binary')),
  email text not null default '',
  phone text not null default '',
  address text not null default '',
  municipality text not null default '',
  eldership text not null default '',
  languages text[] not null default '{}',
  -- ISCED 2011 level 0–8; ESF+ reports it as 0–2, 3–4 and 5–8.
  education_level smallint check (education_level between 0 and 8),
  labour_market_status text check (labour_market_status in ('unemployed', 'long_term_unemployed', 'inactive', 'employed', 'self_employed', 'in_education')),
  registered_unemployed_since date,
  not_working_since date,
  receives_social_assistance boolean,
  social_assistance_since date,
  target_groups text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (personal_code is null or personal_code ~ '^[0-9]{11}$')
);
-- One person, one record per organisation (each organisation is its own controller).
create unique index participants_personal_code on participants (organisation_id, personal_code) where personal_code is not null;
create index participants_sort on participants (organisation_id, sort_key collate "C", id);
create index participants_search on participants using gin (search_key gin_trgm_ops);
create index participants_name_birth on participants (organisation_id, name_key, birth_date);

create table participant_special_data (
  participant_id uuid primary key references participants (id) on delete cascade,
  -- Each answer is 'yes', 'no', 'declined' (the person chose not to answer; ESF+ counts it)
  -- or 'not_asked'.
  disability text not null default 'not_asked' check (disability in ('yes', 'no', 'declined', 'not_asked')),
  minority text not null default 'not_asked' check (minority in ('yes', 'no', 'declined', 'not_asked')),
  minority_group text not null default '',
  migrant_status text not null default 'not_asked'
    check (migrant_status in ('refugee', 'asylum_seeker', 'temporary_protection', 'third_country_national', 'none', 'declined', 'not_asked')),
  health_limits text not null default 'not_asked' check (health_limits in ('yes', 'no', 'declined', 'not_asked')),
  health_notes text not null default '',
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- Files kept in the database, so the embedded and the server setups back up the same way.
create table attachments (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  file_name text not null,
  content_type text not null,
  size_bytes integer not null check (size_bytes >= 0),
  sha256 text not null,
  content bytea not null,
  uploaded_by uuid references users (id),
  created_at timestamptz not null default now()
);

create table consents (
  id uuid primary key default gen_random_uuid(),
  participant_id uuid not null references participants (id) on delete cascade,
  purpose text not null check (purpose in ('case_management', 'job_mediation', 'special_category_data', 'data_sharing_with_partners', 'surveys', 'photos_and_publicity')),
  legal_basis text not null check (legal_basis in ('consent', 'legal_obligation', 'public_task', 'contract', 'vital_interests', 'legitimate_interests')),
  given_on date not null,
  recorded_by uuid references users (id),
  document_id uuid references attachments (id),
  withdrawn_on date,
  withdrawn_recorded_by uuid references users (id),
  created_at timestamptz not null default now(),
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index consents_participant on consents (participant_id, purpose);
