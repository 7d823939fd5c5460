import { Type, type Static } from 'typebox';
import { Id, IsoDate, Text, Timestamp } from './common.ts';
import { CASE_LIMITS, CASE_TEAM_ROLES, SERVICE_PLACES } from './cases.ts';
import { LIMITS } from './limits.ts';
import { ROLES, SPECIALIST_ROLES } from './roles.ts';

// The service catalogue and delivered services (issue 4, scope 5; decision 0021 for
// confidential notes, 0027 for who logs, reads and removes).

export const SERVICE_CATEGORIES = ['social', 'psychological', 'counselling', 'employment', 'training', 'measure', 'support'] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_LIMITS = {
  villageMax: 100,
  pageSizeDefault: 50,
  /** The longest period "my services" lists at once. */
  rangeDaysMax: 366,
} as const;

const bySpecificity = (roles: readonly string[]) => {
  // A specialty says who the note is for better than a general role: a psychologist who
  // is also the case manager writes as a psychologist.
  const specialist = roles.filter((role) => (SPECIALIST_ROLES as readonly string[]).includes(role));
  return specialist.length > 0 ? specialist : roles;
};

/**
 * The role a confidential note is kept for (decision 0021): the author's role in the case
 * team, else their role in the organisation; of several, a specialty first, then the
 * catalogue order, so the same author always writes for the same readers.
 */
export function confidentialRoleOf(teamRoles: readonly string[], organisationRoles: readonly string[]): string | null {
  const pick = (roles: readonly string[], order: readonly string[]) =>
    [...bySpecificity(roles)].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] ?? null;
  return pick(teamRoles, CASE_TEAM_ROLES) ?? pick(organisationRoles, ROLES);
}

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const ServiceKey = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_]+$' });

export const ServiceType = Type.Object({
  key: Type.String(),
  category: Type.String(),
  /** In the user's language. */
  name: Type.String(),
  nameLt: Type.String(),
  nameEn: Type.String(),
  isActive: Type.Boolean(),
});
export type ServiceType = Static<typeof ServiceType>;

/** The catalogue grouped by category, in the catalogue's order. */
export const ServiceTypeGroup = Type.Object({ category: Type.String(), types: Type.Array(ServiceType) });
export type ServiceTypeGroup = Static<typeof ServiceTypeGroup>;

export const ServiceTypeQuery = Type.Object(
  { /** Also the types no longer offered (to show old deliveries). */ all: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

const delivery = {
  serviceKey: ServiceKey,
  /** Not in the future, not before the case was opened. */
  deliveredOn: IsoDate,
  durationMinutes: Type.Integer({ minimum: 1, maximum: CASE_LIMITS.serviceMinutesMax }),
  place: Type.Enum(SERVICE_PLACES),
  /** Required when place is "centre": a centre of the case's organisation. */
  centreId: Type.Optional(Id),
  /** The village of a home visit or of the mobile team (required for the mobile team). */
  village: Type.Optional(Type.String({ maxLength: SERVICE_LIMITS.villageMax })),
  notes: Type.Optional(Type.String({ maxLength: CASE_LIMITS.noteMax })),
};

export const ServiceDeliveryCreate = Type.Object(
  {
    ...delivery,
    /** Shown only to staff holding the author's role in the organisation (decision 0021). */
    confidentialNote: Type.Optional(Type.String({ maxLength: CASE_LIMITS.noteMax })),
  },
  { additionalProperties: false },
);
export type ServiceDeliveryCreate = Static<typeof ServiceDeliveryCreate>;

/** One group session for many participants: a row per case, one group id, all or nothing. */
export const GroupServiceCreate = Type.Object(
  { ...delivery, caseIds: Type.Array(Id, { minItems: 1, maxItems: CASE_LIMITS.groupParticipantsMax, uniqueItems: true }) },
  { additionalProperties: false },
);
export type GroupServiceCreate = Static<typeof GroupServiceCreate>;

export const ServiceDelivery = Type.Object({
  id: Id,
  caseId: Id,
  serviceKey: Type.String(),
  serviceName: Type.String(),
  category: Type.String(),
  deliveredOn: IsoDate,
  durationMinutes: Type.Integer(),
  place: Type.String(),
  centreId: Nullable(Id),
  centreName: Nullable(Type.String()),
  village: Type.String(),
  /** Set for a group session; `groupSize` counts its participants. */
  groupId: Nullable(Id),
  groupSize: Type.Integer(),
  notes: Type.String(),
  providerId: Id,
  providerName: Type.String(),
  hasConfidentialNote: Type.Boolean(),
  /** The text for its author and those holding its role; null for everyone else. */
  confidentialNote: Nullable(Type.String()),
  /** The role whose holders may read the confidential note. */
  confidentialRole: Nullable(Type.String()),
  /** Whether this user may remove it, with a reason (its author on the day it was logged, or a case manager). */
  canRemove: Type.Boolean(),
  createdAt: Timestamp,
});
export type ServiceDelivery = Static<typeof ServiceDelivery>;

export const ServiceTotal = Type.Object({ serviceKey: Type.String(), serviceName: Type.String(), count: Type.Integer(), minutes: Type.Integer() });
export type ServiceTotal = Static<typeof ServiceTotal>;

export const CaseServicesQuery = Type.Object(
  {
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type CaseServicesQuery = Static<typeof CaseServicesQuery>;

export const CaseServicesPage = Type.Object({
  /** Newest first. */
  items: Type.Array(ServiceDelivery),
  nextCursor: Nullable(Type.String()),
  /** Everything delivered in the case, not only this page. */
  totals: Type.Object({ count: Type.Integer(), minutes: Type.Integer(), byType: Type.Array(ServiceTotal) }),
});
export type CaseServicesPage = Static<typeof CaseServicesPage>;

export const GroupServiceResult = Type.Object({ groupId: Id, items: Type.Array(ServiceDelivery) });
export type GroupServiceResult = Static<typeof GroupServiceResult>;

export const MyServicesQuery = Type.Object(
  {
    /** Only "me" (or one's own id): a specialist's own log. */
    providerId: Type.Optional(Type.Union([Type.Literal('me'), Id])),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type MyServicesQuery = Static<typeof MyServicesQuery>;

export const MyService = Type.Object({
  ...ServiceDelivery.properties,
  participantName: Type.String(),
});
export type MyService = Static<typeof MyService>;

export const MyServicesPage = Type.Object({
  items: Type.Array(MyService),
  nextCursor: Nullable(Type.String()),
  from: IsoDate,
  to: IsoDate,
});
export type MyServicesPage = Static<typeof MyServicesPage>;

export const ServiceRemoval = Type.Object(
  { /** Why it is removed; shown on the timeline. */ reason: Text(CASE_LIMITS.reasonMax) },
  { additionalProperties: false },
);
export type ServiceRemoval = Static<typeof ServiceRemoval>;
