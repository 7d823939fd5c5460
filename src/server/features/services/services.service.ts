import { randomUUID } from 'node:crypto';
import type { Context } from '../../http/context.ts';
import { can, demand, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { caseFor, mayReadCase, organisationRoles, openCaseFor, readInCase } from '../cases/cases.access.ts';
import { recordCaseEvent, type CaseRow } from '../cases/cases.queries.ts';
import type {
  CaseServicesQuery, GroupServiceCreate, MyServicesQuery, ServiceDeliveryCreate, ServiceRemoval,
} from '../../../contracts/services.ts';
import { SERVICE_LIMITS } from '../../../contracts/services.ts';
import * as q from './services.queries.ts';
import { presentCatalogue, presentDelivery, presentMyService, presentTotal, type Reader } from './services.present.ts';
import {
  checkDelivery, checkRemoval, confidentialRoleOf, daysBefore, daysBetween, decodeCursor, encodeCursor, todayInLithuania,
  type FieldProblem, type ServiceCursor,
} from './services.rules.ts';

// Use cases of the service catalogue and delivered services. Each starts with an access
// check; changes run in one transaction with their timeline event and audit entry.

const serviceErrors = {
  removalNotAllowed: () => new AppError('SERVICE.REMOVAL_NOT_ALLOWED', 409),
  /** Every case of a group that cannot be used, by its place in the list; missing, unreadable and not workable look alike. */
  casesNotAvailable: (fields: FieldProblem[]) => new AppError('RESOURCE.NOT_FOUND', 404, { details: { fields } }),
};

function readerIn(ctx: Context, organisationId: string): Reader {
  return {
    userId: ctx.actor.userId,
    language: ctx.language,
    organisationRoles: organisationRoles(ctx.actor, organisationId),
    managesCases: can(ctx.actor, 'case.manage', organisationId),
  };
}

function cursorOf(text: string | undefined): ServiceCursor | null {
  if (text === undefined) return null;
  const cursor = decodeCursor(text);
  if (!cursor) throw errors.validation([{ field: 'cursor', problem: 'invalid' }]);
  return cursor;
}

// ── Catalogue ───────────────────────────────────────────────────────────────

/** Any signed-in staff member: the catalogue is not personal data. */
export async function catalogue(ctx: Context, all: boolean) {
  return presentCatalogue(await q.listServiceTypes(ctx.db, all), ctx.language);
}

// ── Logging ─────────────────────────────────────────────────────────────────

type Delivery = Omit<ServiceDeliveryCreate, 'confidentialNote'>;

/** Every problem of the input at once: date, place, service type, centre. */
async function checkInput(ctx: Context, input: Delivery, cases: readonly CaseRow[], centreField = 'centreId') {
  const problems = checkDelivery(input, todayInLithuania());
  const latestOpening = cases.map((c) => c.opened_on).sort().at(-1)!;
  if (!problems.some((p) => p.field === 'deliveredOn') && input.deliveredOn < latestOpening) {
    problems.push({ field: 'deliveredOn', problem: 'before_case_opened', params: { openedOn: latestOpening } });
  }
  if (!(await q.findActiveServiceType(ctx.db, input.serviceKey))) problems.push({ field: 'serviceKey', problem: 'unknown_service' });
  if (input.centreId) {
    const centre = await q.centreOrganisation(ctx.db, input.centreId);
    if (!centre) problems.push({ field: centreField, problem: 'invalid' });
    else if (cases.some((c) => c.organisation_id !== centre.organisation_id)) problems.push({ field: centreField, problem: 'centre_other_organisation' });
  }
  if (problems.length > 0) throw errors.validation(problems);
}

function valuesFor(ctx: Context, caseRow: CaseRow, input: Delivery, extra: { groupId: string | null; confidentialNote: string; confidentialRole: string | null }): q.DeliveryValues {
  return {
    organisation_id: caseRow.organisation_id, case_id: caseRow.id, participant_id: caseRow.participant_id,
    service_key: input.serviceKey, delivered_on: input.deliveredOn, duration_minutes: input.durationMinutes,
    // The provider is the one who logs it: a session is logged by whoever gave it (decision 0027).
    provider_id: ctx.actor.userId, created_by: ctx.actor.userId,
    place: input.place, centre_id: input.centreId ?? null, village: input.village?.trim() ?? '',
    group_id: extra.groupId, notes: input.notes ?? '', confidential_note: extra.confidentialNote, confidential_role: extra.confidentialRole,
  };
}

async function recordDelivered(trx: Context['db'], ctx: Context, caseRow: CaseRow, serviceId: string, input: Delivery, groupId: string | null, confidential: boolean) {
  await recordCaseEvent(trx, caseRow.id, ctx.actor.userId, 'service_delivered', { serviceId, serviceKey: input.serviceKey, minutes: input.durationMinutes, ...(groupId ? { groupId } : {}) });
  await recordAudit(trx, ctx, {
    action: groupId ? 'service.create_group' : 'service.create', entityType: 'case', entityId: caseRow.id, organisationId: caseRow.organisation_id,
    details: { serviceId, serviceKey: input.serviceKey, deliveredOn: input.deliveredOn, minutes: input.durationMinutes, place: input.place, groupId, confidential },
  });
}

export async function log(ctx: Context, caseId: string, input: ServiceDeliveryCreate) {
  const caseRow = await openCaseFor(ctx, caseId, 'case.work', 'service.create');
  await checkInput(ctx, input, [caseRow]);
  const confidentialNote = input.confidentialNote?.trim() ? input.confidentialNote : '';
  const confidentialRole = confidentialNote
    ? confidentialRoleOf(await q.teamRoles(ctx.db, caseId, ctx.actor.userId), organisationRoles(ctx.actor, caseRow.organisation_id))
    : null;
  return ctx.db.transaction().execute(async (trx) => {
    const [id] = await q.insertDeliveries(trx, [valuesFor(ctx, caseRow, input, { groupId: null, confidentialNote, confidentialRole })]);
    await recordDelivered(trx, ctx, caseRow, id!, input, null, confidentialNote !== '');
    return presentDelivery((await q.findDelivery(trx, id!))!, readerIn(ctx, caseRow.organisation_id));
  });
}

/**
 * One group session for many participants: a row per case sharing a group id, all or
 * nothing. A case that is missing, that the user may not read, where they may not log
 * services, or that is closed is named by its place in the list, and nothing is written.
 */
export async function logGroup(ctx: Context, input: GroupServiceCreate) {
  demand(ctx.actor, 'case.work');
  const found = new Map((await q.findCases(ctx.db, input.caseIds)).map((row) => [row.id, row]));
  const unavailable: FieldProblem[] = [];
  const cases: CaseRow[] = [];
  for (const [index, id] of input.caseIds.entries()) {
    const row = found.get(id);
    const readable = row !== undefined && (await mayReadCase(ctx, row));
    if (row && readable && can(ctx.actor, 'case.work', row.organisation_id) && row.stage !== 'closed') {
      cases.push(row);
      continue;
    }
    unavailable.push({ field: `caseIds.${index}`, problem: 'case_not_available' });
    if (row && !readable) {
      await recordAudit(ctx.db, ctx, { action: 'service.create_group', entityType: 'case', entityId: id, organisationId: row.organisation_id, outcome: 'denied' });
    }
  }
  if (unavailable.length > 0) throw serviceErrors.casesNotAvailable(unavailable);
  await checkInput(ctx, input, cases);

  const groupId = randomUUID();
  const ids = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await q.insertDeliveries(trx, cases.map((row) => valuesFor(ctx, row, input, { groupId, confidentialNote: '', confidentialRole: null })));
    for (const [index, row] of cases.entries()) await recordDelivered(trx, ctx, row, inserted[index]!, input, groupId, false);
    return inserted;
  });
  const rows = await q.findDeliveries(ctx.db, ids);
  return { groupId, items: rows.map((row) => presentDelivery(row, readerIn(ctx, row.organisation_id))) };
}

// ── Reading ─────────────────────────────────────────────────────────────────

export async function listForCase(ctx: Context, caseId: string, query: CaseServicesQuery) {
  const cursor = cursorOf(query.cursor);
  const pageSize = query.pageSize ?? SERVICE_LIMITS.pageSizeDefault;
  const [caseRow, [rows, totals]] = await readInCase(ctx, caseId, 'service.list', () => Promise.all([
    q.listCaseDeliveries(ctx.db, caseId, cursor, pageSize + 1),
    cursor ? null : q.caseTotals(ctx.db, caseId),
  ]));
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, {
    action: 'service.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id,
    details: { shown: page.map((row) => row.id) },
  });
  const reader = readerIn(ctx, caseRow.organisation_id);
  // Later pages need no totals again: they are for the panel's heading, read with page one.
  const byType = (totals ?? []).map((row) => presentTotal(row, ctx.language));
  return {
    items: page.map((row) => presentDelivery(row, reader)),
    nextCursor: rows.length > pageSize ? encodeCursor({ deliveredOn: page.at(-1)!.delivered_on, id: page.at(-1)!.id }) : null,
    totals: { count: byType.reduce((n, t) => n + t.count, 0), minutes: byType.reduce((n, t) => n + t.minutes, 0), byType },
  };
}

/** A specialist's own log (providerId "me"), in the organisations where they still read cases. */
export async function listMine(ctx: Context, query: MyServicesQuery) {
  demand(ctx.actor, 'case.read');
  if (query.providerId !== undefined && query.providerId !== 'me' && query.providerId !== ctx.actor.userId) throw errors.forbidden();
  const to = query.to ?? todayInLithuania();
  const from = query.from ?? daysBefore(to, 30);
  if (from > to) throw errors.validation([{ field: 'to', problem: 'before_start', params: { start: from } }]);
  if (daysBetween(from, to) > SERVICE_LIMITS.rangeDaysMax) throw errors.validation([{ field: 'from', problem: 'range_too_long', params: { days: SERVICE_LIMITS.rangeDaysMax } }]);
  const cursor = cursorOf(query.cursor);
  const pageSize = query.pageSize ?? SERVICE_LIMITS.pageSizeDefault;
  const rows = await q.listProviderDeliveries(ctx.db, ctx.actor.userId, scopeOf(ctx.actor, 'case.read'), from, to, cursor, pageSize + 1);
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, { action: 'service.list_mine', entityType: 'user', entityId: ctx.actor.userId, details: { from, to, shown: page.map((row) => row.id) } });
  return {
    items: page.map((row) => presentMyService(row, readerIn(ctx, row.organisation_id))),
    nextCursor: rows.length > pageSize ? encodeCursor({ deliveredOn: page.at(-1)!.delivered_on, id: page.at(-1)!.id }) : null,
    from,
    to,
  };
}

// ── Removing ────────────────────────────────────────────────────────────────

/** A wrongly logged service, with a reason (decision 0027); the timeline keeps that it was removed and why. */
export async function remove(ctx: Context, id: string, input: ServiceRemoval) {
  const row = await q.findDelivery(ctx.db, id);
  if (!row) throw errors.notFound();
  const caseRow = await caseFor(ctx, row.case_id, 'case.work', 'service.delete');
  const check = checkRemoval(
    { createdBy: row.created_by, loggedOn: todayInLithuania(new Date(row.created_at)) },
    { userId: ctx.actor.userId, managesCase: can(ctx.actor, 'case.manage', caseRow.organisation_id) },
    todayInLithuania(),
    input.reason,
  );
  if (!check.allowed) {
    if (check.problem === 'reason_required') throw errors.validation([{ field: 'reason', problem: 'reason_required' }]);
    throw serviceErrors.removalNotAllowed();
  }
  const reason = input.reason.trim();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.deleteDelivery(trx, id))) throw errors.notFound();
    await recordCaseEvent(trx, caseRow.id, ctx.actor.userId, 'service_removed', {
      serviceKey: row.service_key, deliveredOn: row.delivered_on, minutes: row.duration_minutes, reason,
    });
    await recordAudit(trx, ctx, {
      action: 'service.delete', entityType: 'case', entityId: caseRow.id, organisationId: caseRow.organisation_id,
      details: {
        serviceId: id, serviceKey: row.service_key, deliveredOn: row.delivered_on, minutes: row.duration_minutes,
        providerId: row.provider_id, groupId: row.group_id, reason,
      },
    });
  });
}
