import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { can, demand, inScope, scopeOf, type Scope } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { hashPassword } from '../../shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { deleteSessionsOf } from '../auth/sessions.queries.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { Membership, UserCreate, UserListQuery, UserUpdate } from '../../../contracts/users.ts';
import * as q from './users.queries.ts';
import { presentUser, type MembershipRow } from './users.present.ts';

const nameKeys = (firstName: string, lastName: string, email: string) => ({
  sort_key: lithuanianSortKey(`${lastName} ${firstName}`),
  search_key: searchKey(`${firstName} ${lastName} ${email}`),
});

const visible = (ctx: Context, memberships: MembershipRow[]) => {
  const scope = scopeOf(ctx.actor, 'organisation.read');
  return memberships.filter((m) => inScope(scope, m.organisation_id));
};

/** Whether the user is within the actor's reach for this permission, by any of the user's memberships. */
async function reaches(ctx: Context, userId: string, permission: 'user.read' | 'user.manage') {
  const scope = scopeOf(ctx.actor, permission);
  if (scope === 'all') return true;
  const memberships = await q.membershipsOfUsers(ctx.db, [userId]);
  return memberships.some((m) => scope.includes(m.organisation_id));
}

function checkMembershipsAllowed(ctx: Context, memberships: Membership[]) {
  for (const membership of memberships) demand(ctx.actor, 'user.manage', membership.organisationId);
}

export async function list(ctx: Context, query: UserListQuery) {
  demand(ctx.actor, 'user.read');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const { total, items } = await q.listUsers(ctx.db, scopeOf(ctx.actor, 'user.read'), query, page, pageSize);
  const memberships = visible(ctx, await q.membershipsOfUsers(ctx.db, items.map((u) => u.id)));
  await recordAudit(ctx.db, ctx, {
    action: 'user.list', entityType: 'user', details: { shown: items.map((u) => u.id), filter: { ...query, q: query.q ? '…' : undefined } },
  });
  return { items: items.map((row) => presentUser(row, memberships)), total, page, pageSize };
}

export async function show(ctx: Context, id: string) {
  const row = await q.findUser(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!(await reaches(ctx, id, 'user.read'))) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'user.view', entityType: 'user', entityId: id });
  }
  const memberships = visible(ctx, await q.membershipsOfUsers(ctx.db, [id]));
  await recordAudit(ctx.db, ctx, { action: 'user.view', entityType: 'user', entityId: id, organisationId: memberships[0]?.organisation_id ?? null });
  return presentUser(row, memberships);
}

export async function create(ctx: Context, input: UserCreate) {
  demand(ctx.actor, 'user.manage');
  checkMembershipsAllowed(ctx, input.memberships);
  if (input.isSystemAdmin && !ctx.actor.isSystemAdmin) throw errors.forbidden();
  if (!(await q.organisationsExist(ctx.db, input.memberships.map((m) => m.organisationId)))) throw errors.notFound();
  const existingId = await q.findUserIdByEmail(ctx.db, input.email);
  if (existingId) throw errors.emailTaken(can(ctx.actor, 'user.read') ? existingId : undefined);

  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        email: input.email,
        first_name: input.firstName,
        last_name: input.lastName,
        ...nameKeys(input.firstName, input.lastName, input.email),
        password_hash: passwordHash,
        language: input.language ?? 'lt',
        is_system_admin: input.isSystemAdmin ?? false,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await q.replaceMemberships(trx, id, 'all', input.memberships);
    await recordAudit(trx, ctx, {
      action: 'user.create', entityType: 'user', entityId: id, organisationId: input.memberships[0]?.organisationId ?? null,
      details: { memberships: input.memberships, isSystemAdmin: input.isSystemAdmin ?? false },
    });
    return presentUser((await q.findUser(trx, id))!, visible(ctx, await q.membershipsOfUsers(trx, [id])));
  });
}

export async function update(ctx: Context, id: string, input: UserUpdate) {
  const existing = await q.findUser(ctx.db, id);
  if (!existing) throw errors.notFound();
  if (!(await reaches(ctx, id, 'user.read'))) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'user.update', entityType: 'user', entityId: id });
  }
  if (!(await reaches(ctx, id, 'user.manage'))) throw errors.forbidden();
  if (input.isSystemAdmin !== undefined && input.isSystemAdmin !== existing.is_system_admin && !ctx.actor.isSystemAdmin) throw errors.forbidden();

  const manageScope: Scope = scopeOf(ctx.actor, 'user.manage');
  if (input.memberships) {
    checkMembershipsAllowed(ctx, input.memberships);
    if (!(await q.organisationsExist(ctx.db, input.memberships.map((m) => m.organisationId)))) throw errors.notFound();
  }
  if (id === ctx.actor.userId) {
    const losesAdmin = input.memberships &&
      ctx.actor.memberships.some((m) => m.role === 'administrator' && !input.memberships!.some((n) => n.organisationId === m.organisationId && n.role === 'administrator'));
    if (input.isActive === false || input.isSystemAdmin === false || losesAdmin) throw errors.ownAccess();
  }
  if (input.email && input.email.toLowerCase() !== existing.email.toLowerCase() && (await q.findUserIdByEmail(ctx.db, input.email))) {
    throw errors.emailTaken();
  }

  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction().execute(async (trx) => {
    const { version, password: _password, memberships, ...changes } = input;
    const firstName = changes.firstName ?? existing.first_name;
    const lastName = changes.lastName ?? existing.last_name;
    const email = changes.email ?? existing.email;
    const updated = await trx
      .updateTable('users')
      .set({
        email, first_name: firstName, last_name: lastName, ...nameKeys(firstName, lastName, email),
        ...(changes.language !== undefined ? { language: changes.language } : {}),
        ...(changes.isActive !== undefined ? { is_active: changes.isActive } : {}),
        ...(changes.isSystemAdmin !== undefined ? { is_system_admin: changes.isSystemAdmin } : {}),
        ...(passwordHash ? { password_hash: passwordHash, password_changed_at: new Date() } : {}),
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    expectUpdated(updated, existing.version);
    if (memberships) await q.replaceMemberships(trx, id, manageScope, memberships);
    // A new password or a deactivated account ends the user's sessions at once.
    if (passwordHash || changes.isActive === false) await deleteSessionsOf(trx, id);
    await recordAudit(trx, ctx, {
      action: 'user.update', entityType: 'user', entityId: id, organisationId: memberships?.[0]?.organisationId ?? null,
      details: { fields: Object.keys(input).filter((k) => k !== 'version'), ...(memberships ? { memberships } : {}) },
    });
    return presentUser((await q.findUser(trx, id))!, visible(ctx, await q.membershipsOfUsers(trx, [id])));
  });
}
