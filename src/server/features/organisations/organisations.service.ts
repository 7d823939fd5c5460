import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import type { OrganisationCreate, OrganisationListQuery, OrganisationUpdate } from '../../../contracts/organisations.ts';
import { findOrganisation, listOrganisations } from './organisations.queries.ts';
import { presentOrganisation } from './organisations.present.ts';

const nameKeys = (name: string) => ({ sort_key: lithuanianSortKey(name), search_key: searchKey(name) });

export async function list(ctx: Context, query: OrganisationListQuery) {
  demand(ctx.actor, 'organisation.read');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const { total, items } = await listOrganisations(ctx.db, scopeOf(ctx.actor, 'organisation.read'), query, page, pageSize);
  return { items: items.map(presentOrganisation), total, page, pageSize };
}

export async function show(ctx: Context, id: string) {
  const row = await findOrganisation(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'organisation.read'), id)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'organisation.view', entityType: 'organisation', entityId: id });
  }
  return presentOrganisation(row);
}

export async function create(ctx: Context, input: OrganisationCreate) {
  demand(ctx.actor, 'organisation.create');
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('organisations')
      .values({
        name: input.name, kind: input.kind, ...nameKeys(input.name),
        company_code: input.companyCode ?? '', address: input.address ?? '', email: input.email ?? '', phone: input.phone ?? '',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'organisation.create', entityType: 'organisation', entityId: id, organisationId: id, details: { name: input.name } });
    return presentOrganisation((await findOrganisation(trx, id))!);
  });
}

export async function update(ctx: Context, id: string, input: OrganisationUpdate) {
  const existing = await findOrganisation(ctx.db, id);
  if (!existing) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'organisation.read'), id)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'organisation.update', entityType: 'organisation', entityId: id });
  }
  demand(ctx.actor, 'organisation.update', id);

  return ctx.db.transaction().execute(async (trx) => {
    const { version, ...changes } = input;
    const updated = await trx
      .updateTable('organisations')
      .set({
        ...(changes.name !== undefined ? { name: changes.name, ...nameKeys(changes.name) } : {}),
        ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
        ...(changes.companyCode !== undefined ? { company_code: changes.companyCode } : {}),
        ...(changes.address !== undefined ? { address: changes.address } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
        updated_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    expectUpdated(updated, existing.version);
    await recordAudit(trx, ctx, { action: 'organisation.update', entityType: 'organisation', entityId: id, organisationId: id, details: { fields: Object.keys(changes) } });
    return presentOrganisation((await findOrganisation(trx, id))!);
  });
}
