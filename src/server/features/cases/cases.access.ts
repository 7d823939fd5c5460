import { can, inScope, scopeOf, type Actor } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import type { Context } from '../../http/context.ts';
import { refuseOutOfScope } from '../audit/audit.service.ts';
import { findCase, isTeamMember, type CaseRow } from './cases.queries.ts';

// Who may see a case (decision 0021): everyone with 'case.read_all' in its organisation,
// and the members of its team who hold 'case.read' there. Every case feature goes
// through `caseInScope`, so the rule lives here once.

/** The rule itself; `isMember` is asked only when it matters (it may cost a query). */
export async function readsCase(actor: Actor, organisationId: string, isMember: () => boolean | Promise<boolean>): Promise<boolean> {
  if (inScope(scopeOf(actor, 'case.read_all'), organisationId)) return true;
  if (!inScope(scopeOf(actor, 'case.read'), organisationId)) return false;
  return isMember();
}

export function mayReadCase(ctx: Pick<Context, 'db' | 'actor'>, row: Pick<CaseRow, 'id' | 'organisation_id'>): Promise<boolean> {
  return readsCase(ctx.actor, row.organisation_id, () => isTeamMember(ctx.db, row.id, ctx.actor.userId));
}

/** The case, if the actor may read it; otherwise 404 exactly like a missing one, and the attempt audited. */
export async function caseInScope(ctx: Context, id: string, action: string): Promise<CaseRow> {
  const row = await findCase(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!(await mayReadCase(ctx, row))) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'case', entityId: id, organisationId: row.organisation_id });
  }
  return row;
}

/** A case the actor may read and must also hold `permission` for in its organisation (403 otherwise). */
export async function caseFor(ctx: Context, id: string, permission: 'case.work' | 'case.manage', action: string): Promise<CaseRow> {
  const row = await caseInScope(ctx, id, action);
  if (!can(ctx.actor, permission, row.organisation_id)) throw errors.forbidden();
  return row;
}

/** The case-team role a user writes in, for confidential notes: their membership role in the organisation otherwise. */
export function organisationRoles(actor: Actor, organisationId: string) {
  return actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}
