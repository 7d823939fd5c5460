import type { User } from '../../../contracts/users.ts';
import type { UserRow } from './users.queries.ts';

export interface MembershipRow {
  user_id: string;
  organisation_id: string;
  organisation_name: string;
  role: string;
}

// No password hash, no search keys: only what a staff screen shows.
export function presentUser(row: UserRow, memberships: MembershipRow[]): User {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    language: row.language,
    isActive: row.is_active,
    isSystemAdmin: row.is_system_admin,
    memberships: memberships
      .filter((m) => m.user_id === row.id)
      .map((m) => ({ organisationId: m.organisation_id, organisationName: m.organisation_name, role: m.role })),
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
