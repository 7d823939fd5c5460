import { Type, type Static } from 'typebox';
import { Id, IsoDate, Timestamp } from './common.ts';
import { LIMITS } from './limits.ts';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;

export const AuditEntry = Type.Object({
  id: Type.String(),
  occurredAt: Timestamp,
  actorId: Type.Union([Id, Type.Null()]),
  actorName: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  organisationId: Type.Union([Id, Type.Null()]),
  ip: Type.String(),
  outcome: Type.String(),
  details: Type.Unknown(),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Id),
    entityType: Type.Optional(Type.String({ maxLength: 50 })),
    entityId: Type.Optional(Type.String({ maxLength: 100 })),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    before: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$' })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextBefore: Type.Union([Type.String(), Type.Null()]),
});
