import { createHash } from 'node:crypto';
import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { ATTACHMENT_CONTENT_TYPES, PARTICIPANT_LIMITS, type ConsentCreate, type ConsentWithdraw } from '../../../contracts/participants.ts';
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

const MAGIC: Record<(typeof ATTACHMENT_CONTENT_TYPES)[number], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** The uploaded file, decoded and checked: real base64, an accepted type whose content matches it, not too large. */
function decodeDocument(document: NonNullable<ConsentCreate['document']>): { bytes: Buffer; contentType: string } {
  const field = 'document.contentBase64';
  const base64 = document.contentBase64.replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw errors.validation([{ field, problem: 'file_encoding' }]);
  const bytes = Buffer.from(base64, 'base64');
  const maxMb = PARTICIPANT_LIMITS.attachmentMaxBytes / 1024 / 1024;
  if (bytes.length > PARTICIPANT_LIMITS.attachmentMaxBytes) throw errors.validation([{ field, problem: 'file_too_large', params: { maxMb } }]);
  const contentType = document.contentType.toLowerCase().trim() as (typeof ATTACHMENT_CONTENT_TYPES)[number];
  const magic = MAGIC[contentType];
  if (!magic || !magic.every((byte, index) => bytes[index] === byte)) throw errors.validation([{ field: 'document.contentType', problem: 'file_type' }]);
  return { bytes, contentType };
}

export async function record(ctx: Context, participantId: string, input: ConsentCreate) {
  const participant = await findInScope(ctx, participantId, 'participant.consents.create');
  demand(ctx.actor, 'participant.manage', participant.organisation_id);
  const today = todayInLithuania();
  const issues: FieldIssue[] = [];
  if (input.givenOn > today) issues.push({ field: 'givenOn', problem: 'date_in_future' });
  if (issues.length > 0) throw errors.validation(issues);
  const document = input.document ? { ...decodeDocument(input.document), fileName: input.document.fileName } : null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const documentId = document
      ? await q.insertAttachment(trx, {
          organisation_id: participant.organisation_id,
          file_name: document.fileName,
          content_type: document.contentType,
          size_bytes: document.bytes.length,
          sha256: createHash('sha256').update(document.bytes).digest('hex'),
          content: document.bytes,
          uploaded_by: ctx.actor.userId,
        })
      : null;
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

/** A stored file, for the staff of its organisation who may read the registry; every download audited. */
export async function download(ctx: Context, attachmentId: string) {
  const attachment = await q.findAttachment(ctx.db, attachmentId);
  if (!attachment) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'participant.read'), attachment.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'attachment.download', entityType: 'attachment', entityId: attachmentId });
  }
  await recordAudit(ctx.db, ctx, { action: 'attachment.download', entityType: 'attachment', entityId: attachmentId, organisationId: attachment.organisation_id });
  return { fileName: attachment.file_name, contentType: attachment.content_type, content: Buffer.from(attachment.content) };
}
