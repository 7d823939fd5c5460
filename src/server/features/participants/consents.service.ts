import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import type { ConsentCreate, ConsentWithdraw } from '../../../contracts/participants.ts';
import { attachmentRow, decodeDocument } from '../../shared/attachments.ts';
import { mayReadPlanAttachment } from '../plans/plans.service.ts';
import { findInScope } from './participants.service.ts';
import * as q from './consents.queries.ts';
import { presentConsent } from './special-data.present.ts';
import { todayInLithuania, type FieldIssue } from './participants.rules.ts';
import { participantErrors } from './participants.errors.ts';

// Consent (or another legal basis) per purpose, with the signed document as an attachment.

export async function list(ctx: Context, participantId: string) {
  const participant = await findInScope(ctx, participantId, 'participant.consents.view');
  const today = todayInLithuania();
  const rows = await q.listConsents(ctx.db, participantId);
  await recordAudit(ctx.db, ctx, { action: 'participant.consents.view', entityType: 'participant', entityId: participantId, organisationId: participant.organisation_id });
  return rows.map((row) => presentConsent(row, today));
}

export async function record(ctx: Context, participantId: string, input: ConsentCreate) {
  const participant = await findInScope(ctx, participantId, 'participant.consents.create');
  demand(ctx.actor, 'participant.manage', participant.organisation_id);
  const today = todayInLithuania();
  const issues: FieldIssue[] = [];
  if (input.givenOn > today) issues.push({ field: 'givenOn', problem: 'date_in_future' });
  if (issues.length > 0) throw errors.validation(issues);
  const document = input.document ? decodeDocument(input.document) : null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const documentId = document ? await q.insertAttachment(trx, attachmentRow(document, participant.organisation_id, ctx.actor.userId)) : null;
    const id = await q.insertConsent(trx, {
      participant_id: participantId,
      purpose: input.purpose,
      legal_basis: input.legalBasis,
      given_on: input.givenOn,
      recorded_by: ctx.actor.userId,
      document_id: documentId,
    });
    await recordAudit(trx, ctx, {
      action: 'participant.consent.create', entityType: 'consent', entityId: id, organisationId: participant.organisation_id,
      details: { participantId, purpose: input.purpose, legalBasis: input.legalBasis, documentId },
    });
    return id;
  });
  return presentConsent((await q.findConsent(ctx.db, participantId, id))!, today);
}

export async function withdraw(ctx: Context, participantId: string, consentId: string, input: ConsentWithdraw) {
  const participant = await findInScope(ctx, participantId, 'participant.consent.withdraw');
  demand(ctx.actor, 'participant.manage', participant.organisation_id);
  const consent = await q.findConsent(ctx.db, participantId, consentId);
  if (!consent) throw errors.notFound();
  if (consent.withdrawn_on !== null) throw participantErrors.alreadyWithdrawn();
  const today = todayInLithuania();
  if (input.withdrawnOn > today) throw errors.validation([{ field: 'withdrawnOn', problem: 'date_in_future' }]);
  if (input.withdrawnOn < consent.given_on) throw errors.validation([{ field: 'withdrawnOn', problem: 'before_given', params: { givenOn: consent.given_on } }]);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await q.withdrawConsent(trx, consentId, input.withdrawnOn, ctx.actor.userId))) throw participantErrors.alreadyWithdrawn();
    await recordAudit(trx, ctx, {
      action: 'participant.consent.withdraw', entityType: 'consent', entityId: consentId, organisationId: participant.organisation_id,
      details: { participantId, purpose: consent.purpose, withdrawnOn: input.withdrawnOn },
    });
  });
  return presentConsent((await q.findConsent(ctx.db, participantId, consentId))!, today);
}

/**
 * A stored file, for the staff of its organisation who may read the registry; a plan's
 * signed copy, for those who may read the case (decision 0025). Every download audited.
 */
export async function download(ctx: Context, attachmentId: string) {
  const attachment = await q.findAttachment(ctx.db, attachmentId);
  if (!attachment) throw errors.notFound();
  const readable = (await mayReadPlanAttachment(ctx, attachmentId)) ?? inScope(scopeOf(ctx.actor, 'participant.read'), attachment.organisation_id);
  if (!readable) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'attachment.download', entityType: 'attachment', entityId: attachmentId });
  }
  await recordAudit(ctx.db, ctx, { action: 'attachment.download', entityType: 'attachment', entityId: attachmentId, organisationId: attachment.organisation_id });
  return { fileName: attachment.file_name, contentType: attachment.content_type, content: Buffer.from(attachment.content) };
}
