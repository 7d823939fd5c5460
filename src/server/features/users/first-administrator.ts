import type { Database } from '../../db/connect.ts';
import { hashPassword } from '../../shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../contracts/roles.ts';
import { findUserIdByEmail } from './users.queries.ts';

export interface FirstAdministrator {
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  organisation: string;
  kind: OrganisationKind;
}

export class CommandError extends Error {
  override name = 'CommandError';
}

export function checkFirstAdministrator(input: Partial<FirstAdministrator>): FirstAdministrator {
  const problems: string[] = [];
  if (!input.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) problems.push('--email must be an e-mail address');
  if (!input.firstName?.trim()) problems.push('--first-name is required');
  if (!input.lastName?.trim()) problems.push('--last-name is required');
  if (!input.organisation?.trim()) problems.push('--organisation (its name) is required');
  if (!input.kind || !ORGANISATION_KINDS.includes(input.kind)) problems.push(`--kind must be one of ${ORGANISATION_KINDS.join(', ')}`);
  if (!input.password || input.password.length < LIMITS.passwordMin) problems.push(`the password must have at least ${LIMITS.passwordMin} characters`);
  if (problems.length) throw new CommandError(problems.join('; '));
  return input as FirstAdministrator;
}

/**
 * Creates an installation administrator who administers the named organisation
 * (created when it does not exist yet). The way into a real, non-demo installation.
 */
export async function createFirstAdministrator(db: Database, input: FirstAdministrator) {
  if (await findUserIdByEmail(db, input.email)) throw new CommandError(`a user with the e-mail ${input.email} already exists`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').where('name', '=', input.organisation).executeTakeFirst();
    const organisationId = existing?.id ?? (await trx
      .insertInto('organisations')
      .values({ name: input.organisation, kind: input.kind, sort_key: lithuanianSortKey(input.organisation), search_key: searchKey(input.organisation) })
      .returning('id')
      .executeTakeFirstOrThrow()).id;
    const { id } = await trx
      .insertInto('users')
      .values({
        email: input.email, first_name: input.firstName, last_name: input.lastName, password_hash: passwordHash, is_system_admin: true,
        sort_key: lithuanianSortKey(`${input.lastName} ${input.firstName}`), search_key: searchKey(`${input.firstName} ${input.lastName} ${input.email}`),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('memberships').values({ user_id: id, organisation_id: organisationId, role: 'administrator' }).execute();
    await recordAudit(trx, { actor: null, ip: '' }, {
      action: 'user.create', entityType: 'user', entityId: id, organisationId, details: { via: 'create-admin command', isSystemAdmin: true },
    });
    return { userId: id, organisationId, organisationCreated: !existing };
  });
}
