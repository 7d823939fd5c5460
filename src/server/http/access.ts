import type { Role } from '../../contracts/roles.ts';
import { errors } from './errors.ts';

// The one place where Kelias decides who may do what, and in which organisations.
// Services ask `scopeOf` for the organisations a permission reaches and filter their
// queries by it; nothing else looks at roles.

export interface Actor {
  userId: string;
  name: string;
  isSystemAdmin: boolean;
  memberships: readonly { organisationId: string; role: Role }[];
}

export const PERMISSIONS = {
  'organisation.read': 'any-member',
  'organisation.create': 'system-admin',
  'organisation.update': ['administrator'],
  'centre.read': 'any-member',
  'centre.manage': ['administrator', 'centre_coordinator'],
  'user.read': ['administrator', 'auditor', 'programme_manager'],
  'user.manage': ['administrator'],
  'audit.read': ['administrator', 'auditor'],
  // Participants (decision 0016): the registry is read by the staff who work with people;
  // special-category data (GDPR art. 9) only by those who need it for the person's help.
  'participant.read': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'psychologist', 'job_coach', 'employment_officer', 'ward_elder', 'centre_coordinator', 'auditor'],
  'participant.manage': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'job_coach', 'employment_officer', 'centre_coordinator'],
  // Importing changes many records at once (decision 0018): the roles that run the registry as a whole.
  'participant.import': ['administrator', 'programme_manager', 'case_manager', 'employment_officer'],
  'participant.special.read': ['case_manager', 'social_worker', 'psychologist', 'job_coach'],
  'participant.special.manage': ['case_manager', 'social_worker', 'psychologist'],
  // Programmes, screening and enrolment (decision 0017).
  'programme.read': 'any-member',
  'programme.manage': ['administrator', 'programme_manager'],
  'screening.run': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'employment_officer', 'job_coach'],
  'enrolment.manage': ['administrator', 'programme_manager', 'case_manager'],
  'enrolment.override': ['administrator', 'programme_manager'],
  // Case management (decision 0021). 'case.read' reaches the cases where the user is in the
  // case team; 'case.read_all' every case of the organisation. 'case.work' logs services,
  // appointments, tasks and assessments on cases the user may read; 'case.manage' moves
  // stages, edits the plan and the team, hands over and closes.
  'case.read': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'psychologist', 'job_coach', 'teacher', 'volunteer', 'ward_elder', 'employment_officer', 'auditor'],
  'case.read_all': ['administrator', 'programme_manager', 'case_manager', 'auditor'],
  'case.work': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'psychologist', 'job_coach', 'teacher', 'volunteer', 'ward_elder', 'employment_officer'],
  'case.manage': ['administrator', 'programme_manager', 'case_manager'],
  // Employers and vacancies (decision 0030). Contact persons at employers are personal data, so
  // reads are audited and the installation administrator has no reach of their own here.
  'employer.read': ['administrator', 'programme_manager', 'case_manager', 'social_worker', 'job_coach', 'employment_officer', 'centre_coordinator', 'auditor'],
  'employer.manage': ['administrator', 'programme_manager', 'case_manager', 'job_coach', 'employment_officer'],
  // Ranking people for a vacancy reads many people's profiles at once (decision 0032).
  'matching.run': ['administrator', 'programme_manager', 'case_manager', 'job_coach', 'employment_officer'],
  // Supported-employment fidelity figures per job coach and programme (decision 0033).
  'fidelity.read': ['administrator', 'programme_manager', 'case_manager', 'job_coach', 'auditor'],
} as const satisfies Record<string, 'any-member' | 'system-admin' | readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Organisations where the actor holds the permission: 'all' for the installation's administrators. */
export type Scope = 'all' | readonly string[];

// The installation administrator runs the installation (organisations, centres, staff,
// the audit log), not people's cases: for permissions on participants' data they hold only
// what their own roles in organisations give them.
const ABOUT_PEOPLE = /^(participant|screening|enrolment|case|employer|matching|fidelity)\./;

export function scopeOf(actor: Actor, permission: Permission): Scope {
  if (actor.isSystemAdmin && !ABOUT_PEOPLE.test(permission)) return 'all';
  const rule: 'any-member' | 'system-admin' | readonly Role[] = PERMISSIONS[permission];
  if (rule === 'system-admin') return [];
  const ids = actor.memberships
    .filter((membership) => rule === 'any-member' || rule.includes(membership.role))
    .map((membership) => membership.organisationId);
  return [...new Set(ids)];
}

export function can(actor: Actor, permission: Permission, organisationId?: string | null): boolean {
  const scope = scopeOf(actor, permission);
  if (scope === 'all') return true;
  if (organisationId === undefined) return scope.length > 0;
  return organisationId !== null && scope.includes(organisationId);
}

export function demand(actor: Actor, permission: Permission, organisationId?: string | null): void {
  if (!can(actor, permission, organisationId)) throw errors.forbidden();
}

export function inScope(scope: Scope, organisationId: string | null): boolean {
  return scope === 'all' || (organisationId !== null && scope.includes(organisationId));
}

/** What the web app may show or hide; the server checks again on every request. */
export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission));
}

/**
 * The same per organisation the actor is a member of, so the web app can offer an action
 * only where it would be allowed. An installation administrator's permissions with scope
 * 'all' reach organisations they are not a member of too: those are `installationPermissionsOf`.
 */
export function organisationPermissionsOf(actor: Actor): Record<string, Permission[]> {
  const ids = [...new Set(actor.memberships.map((membership) => membership.organisationId))];
  return Object.fromEntries(ids.map((id) => [id, (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission, id))]));
}

/** The permissions held in every organisation (scope 'all'): only an installation administrator's, never about people. */
export function installationPermissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => scopeOf(actor, permission) === 'all');
}
