import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { CentreCreate, CentreListQuery, CentreUpdate } from '../../../contracts/centres.ts';
import { findCentre, isMemberOf, listCentres } from './centres.queries.ts';
import { presentCentre } from './centres.present.ts';

const nameKeys = (name: string) => ({ sort_key: lithuanianSortKey(name), search_key: searchKey(name) });

export async function list(ctx: Context, query: CentreListQuery) {
  demand(ctx.actor, 'centre.read');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const { total, items } = await listCentres(ctx.db, scopeOf(ctx.actor, 'centre.read'), query, page, pageSize);
  return { items: items.map(presentCentre), total, page, pageSize };
}

async function findInScope(ctx: Context, id: string, action: string) {
  const row = await findCentre(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'centre.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'centre', entityId: id });
  }
  return row;
}

export async function show(ctx: Context, id: string) {
  return presentCentre(await findInScope(ctx, id, 'centre.view'));
}

async function checkCoordinator(ctx: Context, coordinatorId: string | null | undefined, organisationId: string) {
  if (coordinatorId && !(await isMemberOf(ctx.db, coordinatorId, organisationId))) throw errors.coordinatorNotMember();
}

export async function create(ctx: Context, input: CentreCreate) {
  if (!inScope(scopeOf(ctx.actor, 'centre.read'), input.organisationId)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'centre.create', entityType: 'organisation', entityId: input.organisationId });
  }
  demand(ctx.actor, 'centre.manage', input.organisationId);
  await checkCoordinator(ctx, input.coordinatorId, input.organisationId);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('centres')
      .values({
        organisation_id: input.organisationId,
        name: input.name,
        ...nameKeys(input.name),
        address: input.address,
        municipality: input.municipality ?? '',
        opening_hours: input.openingHours ?? '',
        workstations: input.workstations,
        coordinator_id: input.coordinatorId ?? null,
        phone: input.phone ?? '',
        email: input.email ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'centre.create', entityType: 'centre', entityId: id, organisationId: input.organisationId, details: { name: input.name } });
    return presentCentre((await findCentre(trx, id))!);
  });
}

export async function update(ctx: Context, id: string, input: CentreUpdate) {
  const existing = await findInScope(ctx, id, 'centre.update');
  demand(ctx.actor, 'centre.manage', existing.organisation_id);
  await checkCoordinator(ctx, input.coordinatorId, existing.organisation_id);

  return ctx.db.transaction().execute(async (trx) => {
    const { version, ...changes } = input;
    const updated = await trx
      .updateTable('centres')
      .set({
        ...(changes.name !== undefined ? { name: changes.name, ...nameKeys(changes.name) } : {}),
        ...(changes.address !== undefined ? { address: changes.address } : {}),
        ...(changes.municipality !== undefined ? { municipality: changes.municipality } : {}),
        ...(changes.openingHours !== undefined ? { opening_hours: changes.openingHours } : {}),
        ...(changes.workstations !== undefined ? { workstations: changes.workstations } : {}),
        ...(changes.coordinatorId !== undefined ? { coordinator_id: changes.coordinatorId } : {}),
        ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    expectUpdated(updated, existing.version);
    await recordAudit(trx, ctx, {
      action: 'centre.update', entityType: 'centre', entityId: id, organisationId: existing.organisation_id, details: { fields: Object.keys(changes) },
    });
    return presentCentre((await findCentre(trx, id))!);
  });
}
