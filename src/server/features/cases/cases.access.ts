import { can, inScope, scopeOf, type Actor } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
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

/**
 * `caseInScope` and a read of the case's records in one round: both run together and the
 * read's result is returned only if the rule allows the case (one round trip fewer on the
 * pages people open most; nothing read leaves the server otherwise).
 */
export async function readInCase<T>(ctx: Context, id: string, action: string, read: () => Promise<T>): Promise<[CaseRow, T]> {
  const [row, result] = await Promise.all([findCase(ctx.db, id), read()]);
  if (!row) throw errors.notFound();
  if (!(await mayReadCase(ctx, row))) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'case', entityId: id, organisationId: row.organisation_id });
  }
  return [row, result];
}

/** A case the actor may read and must also hold `permission` for in its organisation (403 otherwise). */
export async function caseFor(ctx: Context, id: string, permission: 'case.work' | 'case.manage', action: string): Promise<CaseRow> {
  const row = await caseInScope(ctx, id, action);
  if (!can(ctx.actor, permission, row.organisation_id)) throw errors.forbidden();
  return row;
}

/**
 * A case that takes new work (assessments, plan changes, services, appointments): a closed
 * case is a record of what happened and refuses it (409 CASE.CLOSED, decision 0026). Tasks
 * stay open to it: the 6-month follow-up is one.
 */
export async function openCaseFor(ctx: Context, id: string, permission: 'case.work' | 'case.manage', action: string): Promise<CaseRow> {
  const row = await caseFor(ctx, id, permission, action);
  if (row.stage === 'closed') throw new AppError('CASE.CLOSED', 409, { details: { caseId: id } });
  return row;
}

/** The case-team role a user writes in, for confidential notes: their membership role in the organisation otherwise. */
export function organisationRoles(actor: Actor, organisationId: string) {
  return actor.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
}
