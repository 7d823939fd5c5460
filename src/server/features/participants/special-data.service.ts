import type { Context } from '../../http/context.ts';
import { can } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SpecialDataUpdate } from '../../../contracts/participants.ts';
import { consentsOf } from './participants.queries.ts';
import { findInScope } from './participants.service.ts';
import { findSpecialData, insertSpecialData, updateSpecialData } from './special-data.queries.ts';
import { presentSpecialData } from './special-data.present.ts';
import { isLive, todayInLithuania, type FieldIssue } from './participants.rules.ts';
import { participantErrors } from './participants.errors.ts';

// Special-category data (GDPR art. 9): only roles with participant.special.*; every
// view and every refusal is audited; saving an answer needs a live legal basis.

type Permission = 'participant.special.read' | 'participant.special.manage';

async function demandSpecial(ctx: Context, permission: Permission, participantId: string, organisationId: string, action: string) {
  if (can(ctx.actor, permission, organisationId)) return;
  await recordAudit(ctx.db, ctx, { action, entityType: 'participant', entityId: participantId, organisationId, outcome: 'denied' });
  throw errors.forbidden();
}

async function liveBasis(ctx: Context, participantId: string) {
  const today = todayInLithuania();
  return (await consentsOf(ctx.db, participantId)).find((c) => c.purpose === 'special_category_data' && isLive(c, today));
}

export async function show(ctx: Context, participantId: string) {
  const participant = await findInScope(ctx, participantId, 'participant.special.view');
  await demandSpecial(ctx, 'participant.special.read', participantId, participant.organisation_id, 'participant.special.view');
  const row = await findSpecialData(ctx.db, participantId);
  await recordAudit(ctx.db, ctx, { action: 'participant.special.view', entityType: 'participant', entityId: participantId, organisationId: participant.organisation_id });
  return presentSpecialData(participantId, row, await liveBasis(ctx, participantId));
}

const NO_ANSWER = new Set(['not_asked', 'declined']);

export async function save(ctx: Context, participantId: string, input: SpecialDataUpdate) {
  const participant = await findInScope(ctx, participantId, 'participant.special.update');
  await demandSpecial(ctx, 'participant.special.manage', participantId, participant.organisation_id, 'participant.special.update');
  const existing = await findSpecialData(ctx.db, participantId);
  const { version, ...changes } = input;
  const next = {
    disability: changes.disability ?? existing?.disability ?? 'not_asked',
    minority: changes.minority ?? existing?.minority ?? 'not_asked',
    minority_group: changes.minorityGroup ?? existing?.minority_group ?? '',
    migrant_status: changes.migrantStatus ?? existing?.migrant_status ?? 'not_asked',
    health_limits: changes.healthLimits ?? existing?.health_limits ?? 'not_asked',
    health_notes: changes.healthNotes ?? existing?.health_notes ?? '',
  };
  const issues: FieldIssue[] = [];
  if (next.minority !== 'yes' && next.minority_group.trim() !== '') issues.push({ field: 'minorityGroup', problem: 'only_with_minority' });
  if (issues.length > 0) throw errors.validation(issues);
  // "Declined" and "not asked" are recorded without a basis: they say nothing about the person's health or origin.
  const revealing =
    [next.disability, next.minority, next.migrant_status, next.health_limits].some((answer) => !NO_ANSWER.has(answer)) ||
    next.minority_group.trim() !== '' || next.health_notes.trim() !== '';
  const basis = await liveBasis(ctx, participantId);
  if (revealing && !basis) throw participantErrors.noSpecialDataBasis();
  await ctx.db.transaction().execute(async (trx) => {
    if (version === 0) {
      if (!(await insertSpecialData(trx, participantId, next))) throw errors.recordChanged(existing?.version ?? 1);
    } else {
      expectUpdated(await updateSpecialData(trx, participantId, version, next), existing?.version ?? 0);
    }
    await recordAudit(trx, ctx, {
      action: 'participant.special.update', entityType: 'participant', entityId: participantId, organisationId: participant.organisation_id,
      details: { fields: Object.keys(changes) },
    });
  });
  return presentSpecialData(participantId, await findSpecialData(ctx.db, participantId), basis);
}
