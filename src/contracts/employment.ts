// Words shared by employers, vacancies, supported employment, placements and matching
// (issue 5). Each list is stored as text and checked in the database and the contracts.

/** Working time a vacancy offers and a person can take; flexible work matters to people over 50 (seed 001). */
export const HOURS_KINDS = ['full_time', 'part_time', 'flexible'] as const;
export type HoursKind = (typeof HOURS_KINDS)[number];

/** Adaptations a workplace offers and a person needs; matching compares the two lists. */
export const ADAPTATIONS = [
  'step_free_access',
  'adapted_workstation',
  'flexible_schedule',
  'reduced_hours',
  'quiet_workplace',
  'job_coach_on_site',
  'easy_read_instructions',
  'sign_language',
  'transport_provided',
] as const;
export type Adaptation = (typeof ADAPTATIONS)[number];

/** NACE Rev. 2 sections. */
export const SECTORS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type Sector = (typeof SECTORS)[number];

export const VACANCY_STATUSES = ['draft', 'open', 'filled', 'closed'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];

export const VACANCY_SOURCES = ['employer', 'public_job_board', 'employment_service', 'staff'] as const;
export type VacancySource = (typeof VACANCY_SOURCES)[number];

export const EMPLOYER_CONTACT_KINDS = ['call', 'email', 'visit', 'meeting', 'agreement', 'job_fair'] as const;
export type EmployerContactKind = (typeof EMPLOYER_CONTACT_KINDS)[number];

/** The five stages of supported employment (EUSE, DOMAIN.md), in order. */
export const SUPPORTED_EMPLOYMENT_STAGES = ['engagement', 'vocational_profile', 'job_finding', 'employer_engagement', 'job_support'] as const;
export type SupportedEmploymentStage = (typeof SUPPORTED_EMPLOYMENT_STAGES)[number];

export const DISCLOSURES = ['not_decided', 'full', 'partial', 'none'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

export const PLACEMENT_KINDS = ['trial_practice', 'apprenticeship', 'subsidised_employment', 'open_market', 'self_employment'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const PLACEMENT_END_REASONS = ['completed', 'resigned', 'dismissed', 'moved_to_other_job', 'other'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

/** Retention is asked this many months after a placement starts. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

/** Languages people speak and vacancies ask for (ISO 639-1), offered first in pickers. */
export const WORK_LANGUAGES = ['lt', 'en', 'ru', 'pl', 'uk', 'de', 'be', 'rom'] as const;
