-- Employers, vacancies, supported employment, placements (issue 5). See docs/decisions/0029–0033.

-- Occupations: ISCO-08 (all four levels) shipped as data, loaded by 0006. Finer national or
-- European codes (LPK 6-digit, ESCO) become rows of another scheme whose isco_code names the
-- unit group they sit under, so everything that matches on ISCO keeps working.
create table occupations (
  scheme text not null default 'isco08' check (scheme in ('isco08')),
  code text not null,
  level smallint not null check (level between 1 and 6),
  parent_code text,
  -- The ISCO-08 unit group (4 digits) of the row; null above level 4.
  isco_code text,
  name_lt text not null,
  name_en text not null,
  -- Folded "code name_lt name_en" for the occupation picker's search.
  search_key text not null,
  primary key (scheme, code)
);
create index occupations_search on occupations using gin (search_key gin_trgm_ops);

create table employers (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null,
  sort_key text not null,
  search_key text not null,
  -- Juridinio asmens kodas: 9 digits. One employer per code in an organisation.
  company_code text check (company_code is null or company_code ~ '^[0-9]{9}$'),
  -- NACE Rev. 2 section letter (A–U).
  sector text check (sector is null or sector ~ '^[A-U]$'),
  address text not null default '',
  -- ISO 3166-2 municipality code (LT-01 … LT-60) and the eldership, for distances.
  municipality_code text check (municipality_code is null or municipality_code ~ '^LT-[0-9]{2}$'),
  eldership text not null default '',
  phone text not null default '',
  email text not null default '',
  website text not null default '',
  offers_trial_practice boolean not null default false,
  offers_apprenticeships boolean not null default false,
  offers_adapted_workplaces boolean not null default false,
  -- The job coach who looks after the relationship.
  coach_id uuid references users (id),
  notes text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index employers_company_code on employers (organisation_id, company_code) where company_code is not null;
create index employers_sort on employers (organisation_id, sort_key collate "C", id);
create index employers_search on employers using gin (search_key gin_trgm_ops);
create index employers_coach on employers (coach_id);

-- People at the employer whom staff talk to (personal data: reads are audited).
create table employer_contact_persons (
  id uuid primary key default gen_random_uuid(),
  employer_id uuid not null references employers (id) on delete cascade,
  name text not null,
  position text not null default '',
  phone text not null default '',
  email text not null default '',
  created_at timestamptz not null default now()
);
create index employer_contact_persons_employer on employer_contact_persons (employer_id);

create table vacancies (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  employer_id uuid not null references employers (id),
  isco_code text not null,
  title text not null,
  description text not null default '',
  municipality_code text not null check (municipality_code ~ '^LT-[0-9]{2}$'),
  eldership text not null default '',
  address text not null default '',
  hours text not null check (hours in ('full_time', 'part_time', 'flexible')),
  hours_per_week real check (hours_per_week is null or (hours_per_week > 0 and hours_per_week <= 60)),
  -- Gross monthly wage in euro cents, from–to.
  wage_min_cents integer check (wage_min_cents is null or wage_min_cents >= 0),
  wage_max_cents integer check (wage_max_cents is null or wage_max_cents >= 0),
  skills text[] not null default '{}',
  languages text[] not null default '{}',
  driving_licence_required boolean not null default false,
  adaptations text[] not null default '{}',
  positions integer not null default 1 check (positions > 0),
  opens_on date not null,
  closes_on date,
  status text not null default 'open' check (status in ('draft', 'open', 'filled', 'closed')),
  source text not null default 'employer' check (source in ('employer', 'public_job_board', 'employment_service', 'staff')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (closes_on is null or closes_on >= opens_on),
  check (wage_max_cents is null or wage_min_cents is null or wage_max_cents >= wage_min_cents)
);
create index vacancies_employer on vacancies (employer_id, opens_on desc);
create index vacancies_organisation on vacancies (organisation_id, status, opens_on desc);
-- The match prefilter for one person reads the open vacancies of an ISCO sub-major group.
create index vacancies_open_submajor on vacancies (organisation_id, left(isco_code, 2)) where status = 'open';

-- Every contact with an employer: the relationship history, and, when made for a person
-- (case_id set), that person's job-finding log. The fidelity figures count these.
create table employer_contacts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  employer_id uuid not null references employers (id) on delete cascade,
  contacted_on date not null,
  kind text not null check (kind in ('call', 'email', 'visit', 'meeting', 'agreement', 'job_fair')),
  -- The staff member who made the contact.
  staff_id uuid not null references users (id),
  contact_person_id uuid references employer_contact_persons (id) on delete set null,
  case_id uuid references cases (id) on delete cascade,
  vacancy_id uuid references vacancies (id) on delete set null,
  notes text not null default '',
  document_id uuid references attachments (id),
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
create index employer_contacts_employer on employer_contacts (employer_id, contacted_on desc);
create index employer_contacts_case on employer_contacts (case_id, contacted_on) where case_id is not null;
create index employer_contacts_staff on employer_contacts (staff_id, contacted_on);

-- The supported-employment process (EUSE, seed 003) of a case: its stage and the records of
-- engagement. The vocational profile, contacts, job analyses and placements hang off the case.
create table supported_employment (
  case_id uuid primary key references cases (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  stage text not null default 'engagement'
    check (stage in ('engagement', 'vocational_profile', 'job_finding', 'employer_engagement', 'job_support')),
  coach_id uuid references users (id),
  started_on date not null,
  -- Engagement: accessible information given and the person's informed choice; the agreement.
  informed_choice_on date,
  agreement_on date,
  agreement_document_id uuid references attachments (id),
  -- What the person agrees may be told to employers about their situation (EUSE: confidentiality).
  disclosure text not null default 'not_decided' check (disclosure in ('not_decided', 'full', 'partial', 'none')),
  disclosure_note text not null default '',
  ended_on date,
  end_reason text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (agreement_on is null or informed_choice_on is not null),
  check (ended_on is null or ended_on >= started_on)
);
create index supported_employment_coach on supported_employment (coach_id) where ended_on is null;

-- The vocational profile of a case: what matching reads about the person's work.
create table vocational_profiles (
  case_id uuid primary key references cases (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  participant_id uuid not null references participants (id),
  interests text not null default '',
  strengths text not null default '',
  support_needs text not null default '',
  skills text[] not null default '{}',
  target_isco text[] not null default '{}',
  experience_isco text[] not null default '{}',
  -- Every 1-, 2-, 3- and 4-digit prefix of the target and experience codes: the match prefilter.
  isco_prefixes text[] not null default '{}',
  hours text[] not null default '{}',
  max_commute_km integer check (max_commute_km is null or max_commute_km between 0 and 500),
  has_driving_licence boolean not null default false,
  own_transport boolean not null default false,
  adaptations_needed text[] not null default '{}',
  updated_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index vocational_profiles_prefixes on vocational_profiles using gin (isco_prefixes);
create index vocational_profiles_organisation on vocational_profiles (organisation_id);

-- Employer engagement: the job analysis and the support agreed with the employer.
create table job_analyses (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  case_id uuid not null references cases (id) on delete cascade,
  employer_id uuid not null references employers (id),
  vacancy_id uuid references vacancies (id) on delete set null,
  analysed_on date not null,
  tasks text not null default '',
  requirements text not null default '',
  natural_supports text not null default '',
  support_plan text not null default '',
  agreed_on date,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index job_analyses_case on job_analyses (case_id, analysed_on desc);

create table placements (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  case_id uuid not null references cases (id) on delete cascade,
  participant_id uuid not null references participants (id),
  employer_id uuid references employers (id),
  vacancy_id uuid references vacancies (id) on delete set null,
  kind text not null check (kind in ('trial_practice', 'apprenticeship', 'subsidised_employment', 'open_market', 'self_employment')),
  isco_code text not null,
  job_title text not null,
  starts_on date not null,
  -- Planned end (trial practice, fixed-term contract); null when open-ended.
  ends_on date,
  hours_per_week real not null check (hours_per_week > 0 and hours_per_week <= 60),
  wage_monthly_cents integer check (wage_monthly_cents is null or wage_monthly_cents >= 0),
  support_agreed text not null default '',
  -- Planned fading of on-the-job support: [{ "fromWeek": 1, "hoursPerWeek": 10 }, …].
  fading_plan jsonb not null default '[]',
  -- When and why the placement actually ended.
  ended_on date,
  end_reason text check (end_reason is null or end_reason in ('completed', 'resigned', 'dismissed', 'moved_to_other_job', 'other')),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (kind = 'self_employment' or employer_id is not null),
  check (ends_on is null or ends_on >= starts_on),
  check (ended_on is null or ended_on >= starts_on),
  check ((ended_on is null) = (end_reason is null))
);
create index placements_case on placements (case_id, starts_on desc);
create index placements_employer on placements (employer_id, starts_on desc);
create index placements_organisation on placements (organisation_id, starts_on);
-- Matching leaves out people in a paid job now: their placements that have not ended (decision 0032).
create index placements_current on placements (participant_id) where ended_on is null;

-- Retention at 3, 6 and 12 months after the start, each asked through a task.
create table placement_follow_ups (
  placement_id uuid not null references placements (id) on delete cascade,
  months smallint not null check (months in (3, 6, 12)),
  due_on date not null,
  task_id uuid references tasks (id) on delete set null,
  still_employed boolean,
  same_employer boolean,
  recorded_on date,
  recorded_by uuid references users (id),
  notes text not null default '',
  primary key (placement_id, months),
  check ((still_employed is null) = (recorded_on is null))
);

-- On- and off-the-job support is a delivered service (job coaching) tied to its placement.
alter table service_deliveries add column placement_id uuid references placements (id) on delete set null;
create index service_deliveries_placement on service_deliveries (placement_id, delivered_on) where placement_id is not null;

alter table tasks drop constraint tasks_kind_check;
alter table tasks add constraint tasks_kind_check check (kind in ('manual', 'follow_up_6_months', 'placement_follow_up'));

-- Matching reads one table per side (decision 0032, "Speed"). A participant's typed municipality
-- is resolved to its ISO code when the person is saved (null when it cannot be read); the
-- person's place and name key are copied onto each vocational profile by the triggers below,
-- so no writer of profiles or participants can leave them out of step.
alter table participants add column municipality_code text check (municipality_code is null or municipality_code ~ '^LT-[0-9]{2}$');
alter table vocational_profiles add column municipality_code text;
alter table vocational_profiles add column eldership text not null default '';
alter table vocational_profiles add column sort_key text not null default '';
-- Skills folded for the bound of the skills points: each skill in lower case with the
-- Lithuanian letters and runs of spaces folded as searchKey folds them, repeats and blanks
-- left out; a skill that keeps any other non-ASCII character after that is not listed but
-- counted in skills_unsure (it may equal anything once fully folded).
alter table vocational_profiles add column skills_key text[] not null default '{}';
-- Every 1- to 4-digit prefix of the target jobs alone: a target counts more than experience.
alter table vocational_profiles add column target_prefixes text[] not null default '{}';
alter table vocational_profiles add column skills_unsure smallint not null default 0;
alter table vacancies add column skills_key text[] not null default '{}';
alter table vacancies add column skills_unsure smallint not null default 0;
-- A vacancy's title as a Lithuanian sort key (lithuanianSortKey), set by whoever writes the title.
alter table vacancies add column sort_key text not null default '';
create index vocational_profiles_participant on vocational_profiles (participant_id);
-- Matching walks the top tier in name order within one unit group: the profiles that aim at it
-- (one row per target unit group with the profile's columns the bound reads, kept by the
-- triggers below), and the open vacancies in it.
create table vocational_profile_targets (
  case_id uuid not null references vocational_profiles (case_id) on delete cascade,
  organisation_id uuid not null,
  unit_group text not null,
  sort_key text not null,
  isco_prefixes text[] not null,
  target_prefixes text[] not null,
  municipality_code text,
  max_commute_km integer,
  own_transport boolean not null,
  hours text[] not null,
  has_driving_licence boolean not null,
  skills_key text[] not null,
  skills_unsure smallint not null,
  primary key (case_id, unit_group)
);
create index vocational_profile_targets_walk on vocational_profile_targets (organisation_id, unit_group, sort_key collate "C", case_id)
  include (isco_prefixes, target_prefixes, municipality_code, max_commute_km, own_transport, hours, has_driving_licence, skills_key, skills_unsure);
alter table vacancies add column unit_group text generated always as (left(isco_code, 4)) stored;
create index vacancies_open_unit_group on vacancies (organisation_id, unit_group, sort_key collate "C", id)
  include (isco_code, municipality_code, hours, driving_licence_required, adaptations, closes_on, skills_key, skills_unsure)
  where status = 'open';

create function fold_skill(skill text) returns text language sql immutable as $$
  select btrim(regexp_replace(translate(lower(skill), 'ĄČĘĖĮŠŲŪŽąčęėįšųūž', 'aceeisuuzaceeisuuz'), '[ \t\n\r\f\v]+', ' ', 'g'))
$$;
create function skill_keys(skills text[]) returns text[] language sql immutable as $$
  select coalesce(array_agg(distinct k order by k), '{}') from (select fold_skill(s) as k from unnest(skills) s) f
  where k <> '' and octet_length(k) = char_length(k)
$$;
create function skills_unsure(skills text[]) returns smallint language sql immutable as $$
  select count(*)::smallint from (select fold_skill(s) as k from unnest(skills) s) f where octet_length(k) <> char_length(k)
$$;

create function isco_prefixes_of(codes text[]) returns text[] language sql immutable as $$
  select coalesce(array_agg(distinct left(c, n) order by left(c, n)), '{}') from unnest(codes) c, generate_series(1, least(4, length(c))) n
$$;

create function vocational_profile_match_columns() returns trigger language plpgsql as $$
declare
  person record;
begin
  select p.municipality_code, p.eldership, p.sort_key into person from participants p where p.id = new.participant_id;
  -- No such participant: the foreign key refuses the row with its own message.
  if found then
    new.municipality_code := person.municipality_code;
    new.eldership := person.eldership;
    new.sort_key := person.sort_key;
  end if;
  new.skills_key := skill_keys(new.skills);
  new.skills_unsure := skills_unsure(new.skills);
  new.target_prefixes := isco_prefixes_of(new.target_isco);
  return new;
end;
$$;
create trigger vocational_profiles_match_columns before insert or update on vocational_profiles
  for each row execute function vocational_profile_match_columns();

create function vocational_profile_targets_sync() returns trigger language plpgsql as $$
begin
  delete from vocational_profile_targets where case_id = new.case_id;
  insert into vocational_profile_targets (case_id, organisation_id, unit_group, sort_key, isco_prefixes, target_prefixes, municipality_code,
    max_commute_km, own_transport, hours, has_driving_licence, skills_key, skills_unsure)
  select new.case_id, new.organisation_id, prefix, new.sort_key, new.isco_prefixes, new.target_prefixes, new.municipality_code,
    new.max_commute_km, new.own_transport, new.hours, new.has_driving_licence, new.skills_key, new.skills_unsure
  from unnest(new.target_prefixes) prefix where length(prefix) = 4;
  return null;
end;
$$;
create trigger vocational_profiles_targets after insert or update on vocational_profiles
  for each row execute function vocational_profile_targets_sync();

create function participant_to_vocational_profiles() returns trigger language plpgsql as $$
begin
  update vocational_profiles set municipality_code = new.municipality_code, eldership = new.eldership, sort_key = new.sort_key
  where participant_id = new.id;
  return null;
end;
$$;
create trigger participants_to_vocational_profiles after update of municipality_code, eldership, sort_key on participants
  for each row
  when (old.municipality_code is distinct from new.municipality_code or old.eldership is distinct from new.eldership or old.sort_key is distinct from new.sort_key)
  execute function participant_to_vocational_profiles();

create function vacancy_match_columns() returns trigger language plpgsql as $$
begin
  new.skills_key := skill_keys(new.skills);
  new.skills_unsure := skills_unsure(new.skills);
  return new;
end;
$$;
create trigger vacancies_match_columns before insert or update of skills on vacancies
  for each row execute function vacancy_match_columns();
