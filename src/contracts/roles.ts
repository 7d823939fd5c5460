// Roles a staff user holds in one organisation. Specialists are listed one by one
// because case teams (later issues) name the specialty, not just "specialist".
export const ROLES = [
  'administrator',
  'programme_manager',
  'case_manager',
  'social_worker',
  'psychologist',
  'job_coach',
  'teacher',
  'volunteer',
  'ward_elder',
  'employment_officer',
  'centre_coordinator',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const SPECIALIST_ROLES: readonly Role[] = [
  'social_worker',
  'psychologist',
  'job_coach',
  'teacher',
  'volunteer',
  'ward_elder',
  'employment_officer',
];

export const ORGANISATION_KINDS = ['municipality', 'ngo', 'employment_office', 'partner'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LANGUAGES = ['lt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'lt';
