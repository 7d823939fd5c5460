import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

// Row types of the tables in migrations/. Keep in step with the SQL by hand:
// the API tests run every query against both databases, so a drift fails there.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  sort_key: string;
  search_key: string;
  kind: string;
  company_code: Defaulted<string>;
  address: Defaulted<string>;
  email: Defaulted<string>;
  phone: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  first_name: string;
  last_name: string;
  sort_key: string;
  search_key: string;
  password_hash: string;
  language: Defaulted<string>;
  is_active: Defaulted<boolean>;
  is_system_admin: Defaulted<boolean>;
  last_sign_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: string;
  created_at: Timestamp;
}

export interface CentresTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  sort_key: string;
  search_key: string;
  address: string;
  municipality: Defaulted<string>;
  opening_hours: Defaulted<string>;
  workstations: Defaulted<number>;
  coordinator_id: string | null;
  phone: Defaulted<string>;
  email: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: Defaulted<string>;
  user_agent: Defaulted<string>;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email_key: string;
  ip: string;
  occurred_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_name: Defaulted<string>;
  action: string;
  entity_type: string;
  entity_id: Defaulted<string>;
  organisation_id: string | null;
  ip: Defaulted<string>;
  outcome: Defaulted<string>;
  details: ColumnType<unknown, string | undefined, never>;
}

export interface ParticipantsTable {
  id: Generated<string>;
  organisation_id: string;
  first_name: string;
  last_name: string;
  sort_key: string;
  search_key: string;
  name_key: string;
  personal_code: string | null;
  birth_date: string | null;
  sex: string | null;
  email: Defaulted<string>;
  phone: Defaulted<string>;
  address: Defaulted<string>;
  municipality: Defaulted<string>;
  eldership: Defaulted<string>;
  languages: Defaulted<string[]>;
  education_level: number | null;
  labour_market_status: string | null;
  registered_unemployed_since: string | null;
  not_working_since: string | null;
  receives_social_assistance: boolean | null;
  social_assistance_since: string | null;
  target_groups: Defaulted<string[]>;
  /** ISO code of `municipality` as municipalityFromText reads it; null when it cannot be read (matching). */
  municipality_code: Defaulted<string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface ParticipantSpecialDataTable {
  participant_id: string;
  disability: Defaulted<string>;
  minority: Defaulted<string>;
  minority_group: Defaulted<string>;
  migrant_status: Defaulted<string>;
  health_limits: Defaulted<string>;
  health_notes: Defaulted<string>;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface AttachmentsTable {
  id: Generated<string>;
  organisation_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string | null;
  created_at: Timestamp;
}

export interface ConsentsTable {
  id: Generated<string>;
  participant_id: string;
  purpose: string;
  legal_basis: string;
  given_on: string;
  recorded_by: string | null;
  document_id: string | null;
  withdrawn_on: string | null;
  withdrawn_recorded_by: string | null;
  created_at: Timestamp;
}

// Programmes, rule sets, screenings, enrolments (0003_programmes.sql).
type DateText = string;
type Json = ColumnType<unknown, string, string>;

export interface ProgrammesTable {
  id: Generated<string>;
  organisation_id: string;
  name_lt: string;
  name_en: Defaulted<string>;
  sort_key: string;
  template_key: string | null;
  starts_on: DateText | null;
  ends_on: DateText | null;
  funder: Defaulted<string>;
  capacity: number;
  status: Defaulted<string>;
  services: Defaulted<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface ProgrammeCentresTable {
  programme_id: string;
  centre_id: string;
}

export interface ProgrammePartnersTable {
  programme_id: string;
  name: string;
  role: Defaulted<string>;
  organisation_id: string | null;
}

export interface ProgrammeTeamTable {
  programme_id: string;
  user_id: string;
  role: string;
}

export interface RuleSetsTable {
  id: Generated<string>;
  programme_id: string;
  version: number;
  effective_from: DateText;
  effective_to: DateText | null;
  rules: Json;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ScreeningsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  screened_on: DateText;
  rule_set_version: number;
  result: string;
  rules: Json;
  missing: Defaulted<string[]>;
  screened_by: string | null;
  created_at: Timestamp;
}

export interface EnrolmentsTable {
  id: Generated<string>;
  programme_id: string;
  participant_id: string;
  status: string;
  waiting_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  enrolled_on: DateText | null;
  exited_on: DateText | null;
  exit_reason: Defaulted<string>;
  override_reason: Defaulted<string>;
  screening_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface CasesTable {
  id: Generated<string>;
  organisation_id: string;
  programme_id: string;
  participant_id: string;
  enrolment_id: string;
  stage: Defaulted<string>;
  case_manager_id: string | null;
  opened_on: DateText;
  closed_on: DateText | null;
  outcome: string | null;
  outcome_on: DateText | null;
  outcome_note: Defaulted<string>;
  result_job_searching: boolean | null;
  result_education_or_training: boolean | null;
  result_qualification: boolean | null;
  result_employed: boolean | null;
  result_employed_6_months: boolean | null;
  result_improved_6_months: boolean | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface CaseMembersTable {
  case_id: string;
  user_id: string;
  role: string;
  added_on: ColumnType<string, string | undefined, string>;
}

export interface CaseEventsTable {
  id: Generated<number>;
  case_id: string;
  occurred_at: Timestamp;
  actor_id: string | null;
  kind: string;
  details: ColumnType<unknown, string | undefined, string>;
}

export interface AssessmentsTable {
  id: Generated<string>;
  case_id: string;
  questionnaire_key: string;
  questionnaire_version: number;
  status: Defaulted<string>;
  assessed_on: DateText;
  answers: ColumnType<unknown, string | undefined, string>;
  result: Json | null;
  assessor_id: string | null;
  completed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface PlansTable {
  id: Generated<string>;
  case_id: string;
  goals: ColumnType<unknown, string | undefined, string>;
  agreed_on: DateText | null;
  agreement_document_id: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface PlanRevisionsTable {
  plan_id: string;
  version: number;
  goals: Json;
  agreed_on: DateText | null;
  agreement_document_id: string | null;
  saved_by: string | null;
  saved_at: Timestamp;
  note: Defaulted<string>;
}

export interface ServiceTypesTable {
  key: string;
  category: string;
  name_lt: string;
  name_en: string;
  sort_order: Defaulted<number>;
  is_active: Defaulted<boolean>;
}

export interface ServiceDeliveriesTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string;
  participant_id: string;
  service_key: string;
  delivered_on: DateText;
  duration_minutes: number;
  provider_id: string;
  place: string;
  centre_id: string | null;
  village: Defaulted<string>;
  group_id: string | null;
  notes: Defaulted<string>;
  confidential_note: Defaulted<string>;
  confidential_role: string | null;
  placement_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AppointmentsTable {
  id: Generated<string>;
  organisation_id: string;
  specialist_id: string;
  case_id: string | null;
  participant_id: string | null;
  centre_id: string | null;
  place: string;
  village: Defaulted<string>;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  purpose: Defaulted<string>;
  status: Defaulted<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface TasksTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string | null;
  title: string;
  details: Defaulted<string>;
  kind: Defaulted<string>;
  assignee_id: string;
  due_on: DateText;
  status: Defaulted<string>;
  done_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  done_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface RemindersTable {
  id: Generated<number>;
  task_id: string;
  due_on: DateText;
  user_id: string;
  created_at: Timestamp;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface OccupationsTable {
  scheme: Defaulted<string>;
  code: string;
  level: number;
  parent_code: string | null;
  isco_code: string | null;
  name_lt: string;
  name_en: string;
  search_key: string;
}

export interface EmployersTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  sort_key: string;
  search_key: string;
  company_code: string | null;
  sector: string | null;
  address: Defaulted<string>;
  municipality_code: string | null;
  eldership: Defaulted<string>;
  phone: Defaulted<string>;
  email: Defaulted<string>;
  website: Defaulted<string>;
  offers_trial_practice: Defaulted<boolean>;
  offers_apprenticeships: Defaulted<boolean>;
  offers_adapted_workplaces: Defaulted<boolean>;
  coach_id: string | null;
  notes: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface EmployerContactPersonsTable {
  id: Generated<string>;
  employer_id: string;
  name: string;
  position: Defaulted<string>;
  phone: Defaulted<string>;
  email: Defaulted<string>;
  created_at: Timestamp;
}

export interface VacanciesTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  isco_code: string;
  title: string;
  description: Defaulted<string>;
  municipality_code: string;
  eldership: Defaulted<string>;
  address: Defaulted<string>;
  hours: string;
  hours_per_week: number | null;
  wage_min_cents: number | null;
  wage_max_cents: number | null;
  skills: Defaulted<string[]>;
  languages: Defaulted<string[]>;
  driving_licence_required: Defaulted<boolean>;
  adaptations: Defaulted<string[]>;
  positions: Defaulted<number>;
  opens_on: DateText;
  closes_on: DateText | null;
  status: Defaulted<string>;
  source: Defaulted<string>;
  /** lithuanianSortKey of the title: matching's order among equal scores. */
  sort_key: Defaulted<string>;
  /** Set by a trigger (0005) for matching's bound: folded skills, skills that could not be folded. */
  skills_key: Defaulted<string[]>;
  skills_unsure: Defaulted<number>;
  /** left(isco_code, 4), generated (0005): matching walks open vacancies by unit group. */
  unit_group: ColumnType<string, never, never>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface EmployerContactsTable {
  id: Generated<string>;
  organisation_id: string;
  employer_id: string;
  contacted_on: DateText;
  kind: string;
  staff_id: string;
  contact_person_id: string | null;
  case_id: string | null;
  vacancy_id: string | null;
  notes: Defaulted<string>;
  document_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SupportedEmploymentTable {
  case_id: string;
  organisation_id: string;
  stage: Defaulted<string>;
  coach_id: string | null;
  started_on: DateText;
  informed_choice_on: DateText | null;
  agreement_on: DateText | null;
  agreement_document_id: string | null;
  disclosure: Defaulted<string>;
  disclosure_note: Defaulted<string>;
  ended_on: DateText | null;
  end_reason: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

/** One row per target unit group of a vocational profile with the columns matching's bound reads, kept by triggers (0005): matching walks it in name order. */
export interface VocationalProfileTargetsTable {
  case_id: string;
  organisation_id: string;
  unit_group: string;
  sort_key: string;
  isco_prefixes: string[];
  target_prefixes: string[];
  municipality_code: string | null;
  max_commute_km: number | null;
  own_transport: boolean;
  hours: string[];
  has_driving_licence: boolean;
  skills_key: string[];
  skills_unsure: number;
}

export interface VocationalProfilesTable {
  case_id: string;
  organisation_id: string;
  participant_id: string;
  interests: Defaulted<string>;
  strengths: Defaulted<string>;
  support_needs: Defaulted<string>;
  skills: Defaulted<string[]>;
  target_isco: Defaulted<string[]>;
  experience_isco: Defaulted<string[]>;
  isco_prefixes: Defaulted<string[]>;
  hours: Defaulted<string[]>;
  max_commute_km: number | null;
  has_driving_licence: Defaulted<boolean>;
  own_transport: Defaulted<boolean>;
  adaptations_needed: Defaulted<string[]>;
  /** Copied from the participant by a trigger (0005): matching ranks from this table alone. */
  municipality_code: Defaulted<string | null>;
  eldership: Defaulted<string>;
  sort_key: Defaulted<string>;
  /** Set by a trigger (0005) for matching's bound: folded skills, skills that could not be folded, target prefixes. */
  skills_key: Defaulted<string[]>;
  skills_unsure: Defaulted<number>;
  target_prefixes: Defaulted<string[]>;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface JobAnalysesTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string;
  employer_id: string;
  vacancy_id: string | null;
  analysed_on: DateText;
  tasks: Defaulted<string>;
  requirements: Defaulted<string>;
  natural_supports: Defaulted<string>;
  support_plan: Defaulted<string>;
  agreed_on: DateText | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface PlacementsTable {
  id: Generated<string>;
  organisation_id: string;
  case_id: string;
  participant_id: string;
  employer_id: string | null;
  vacancy_id: string | null;
  kind: string;
  isco_code: string;
  job_title: string;
  starts_on: DateText;
  ends_on: DateText | null;
  hours_per_week: number;
  wage_monthly_cents: number | null;
  support_agreed: Defaulted<string>;
  fading_plan: ColumnType<unknown, string | undefined, string>;
  ended_on: DateText | null;
  end_reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Defaulted<number>;
}

export interface PlacementFollowUpsTable {
  placement_id: string;
  months: number;
  due_on: DateText;
  task_id: string | null;
  still_employed: boolean | null;
  same_employer: boolean | null;
  recorded_on: DateText | null;
  recorded_by: string | null;
  notes: Defaulted<string>;
}

export interface KeliasMigrationsTable {
  version: number;
  name: string;
  applied_at: Timestamp;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  centres: CentresTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  audit_log: AuditLogTable;
  kelias_migrations: KeliasMigrationsTable;
  participants: ParticipantsTable;
  participant_special_data: ParticipantSpecialDataTable;
  attachments: AttachmentsTable;
  consents: ConsentsTable;
  programmes: ProgrammesTable;
  programme_centres: ProgrammeCentresTable;
  programme_partners: ProgrammePartnersTable;
  programme_team: ProgrammeTeamTable;
  rule_sets: RuleSetsTable;
  screenings: ScreeningsTable;
  enrolments: EnrolmentsTable;
  cases: CasesTable;
  case_members: CaseMembersTable;
  case_events: CaseEventsTable;
  assessments: AssessmentsTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
  service_types: ServiceTypesTable;
  service_deliveries: ServiceDeliveriesTable;
  appointments: AppointmentsTable;
  tasks: TasksTable;
  reminders: RemindersTable;
  occupations: OccupationsTable;
  employers: EmployersTable;
  employer_contact_persons: EmployerContactPersonsTable;
  vacancies: VacanciesTable;
  employer_contacts: EmployerContactsTable;
  supported_employment: SupportedEmploymentTable;
  vocational_profiles: VocationalProfilesTable;
  vocational_profile_targets: VocationalProfileTargetsTable;
  job_analyses: JobAnalysesTable;
  placements: PlacementsTable;
  placement_follow_ups: PlacementFollowUpsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
