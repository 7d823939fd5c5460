import { Type, type Static } from 'typebox';
import { Id, IsoDate, OptionalText, PageQuery, Text, Timestamp, Version } from './common.ts';
import { LIMITS } from './limits.ts';
import { ROLES } from './roles.ts';
import { RuleTree } from './eligibility.ts';

export const PROGRAMME_STATUSES = ['draft', 'active', 'closed'] as const;
export const ENROLMENT_STATUSES = ['waiting', 'enrolled', 'exited', 'withdrawn'] as const;
export const PROGRAMME_CAPACITY_MAX = 100_000;

/**
 * Services a programme may offer: the keys the five seed templates name. The web app ticks
 * them from this list (labels in the locale files, programmes.services.*); the API still
 * accepts other keys, so a programme set up elsewhere keeps what it has. A catalogue of
 * service types as data (glossary: serviceType) is a later issue.
 */
export const PROGRAMME_SERVICES = [
  'career_counselling', 'counselling', 'vocational_information', 'vocational_profile', 'employability_training',
  'social_skills_training', 'computer_literacy', 'motivation', 'social_and_motivation_services', 'psychological_help',
  'mediation', 'community_meetings', 'job_fairs', 'job_finding', 'employer_engagement', 'job_coaching', 'trial_practice',
  'apprenticeship', 'active_labour_market_measures', 'micro_business_support', 'flexible_work', 'transport',
] as const;

/** What a partner does in a programme, as the templates name it; free keys are accepted too. */
export const PARTNER_ROLES = ['lead_partner', 'partner', 'employment_service', 'training', 'research', 'foreign_partner'] as const;

const Key = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_]+$' });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const Partner = Type.Object({ name: Text(), role: Type.Optional(Type.String({ maxLength: 60 })), organisationId: Type.Optional(Type.Union([Id, Type.Null()])) }, { additionalProperties: false });
const TeamMember = Type.Object({ userId: Id, role: Type.Enum(ROLES) }, { additionalProperties: false });

const editable = {
  nameLt: Text(),
  nameEn: Type.String({ maxLength: LIMITS.nameMax }),
  startsOn: NullableDate,
  endsOn: NullableDate,
  funder: OptionalText(LIMITS.nameMax),
  capacity: Type.Integer({ minimum: 1, maximum: PROGRAMME_CAPACITY_MAX }),
  status: Type.Enum(PROGRAMME_STATUSES),
  services: Type.Array(Key, { maxItems: 50 }),
  centreIds: Type.Array(Id, { maxItems: 100 }),
  partners: Type.Array(Partner, { maxItems: 50 }),
  team: Type.Array(TeamMember, { maxItems: 200 }),
};

/** From a template (`templateKey`: every field optional, the template fills the rest) or blank (nameLt and capacity required). */
export const ProgrammeCreate = Type.Object(
  {
    organisationId: Id,
    templateKey: Type.Optional(Type.String({ maxLength: 60 })),
    ...Type.Partial(Type.Object(editable)).properties,
    rules: Type.Optional(RuleTree),
    rulesEffectiveFrom: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type ProgrammeCreate = Static<typeof ProgrammeCreate>;

export const ProgrammeUpdate = Type.Object(
  { ...Type.Partial(Type.Object(editable)).properties, version: Version },
  { additionalProperties: false },
);
export type ProgrammeUpdate = Static<typeof ProgrammeUpdate>;

export const Programme = Type.Object({
  id: Id,
  organisationId: Id,
  organisationName: Type.String(),
  /** In the user's language (Lithuanian when there is no English name). */
  name: Type.String(),
  nameLt: Type.String(),
  nameEn: Type.String(),
  templateKey: Type.Union([Type.String(), Type.Null()]),
  startsOn: NullableDate,
  endsOn: NullableDate,
  funder: Type.String(),
  capacity: Type.Integer(),
  enrolled: Type.Integer(),
  waiting: Type.Integer(),
  status: Type.String(),
  services: Type.Array(Type.String()),
  centres: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  partners: Type.Array(Type.Object({ name: Type.String(), role: Type.String(), organisationId: Type.Union([Id, Type.Null()]) })),
  team: Type.Array(Type.Object({ userId: Id, name: Type.String(), role: Type.String() })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type Programme = Static<typeof Programme>;

export const ProgrammeSummary = Type.Object({
  id: Id,
  organisationId: Id,
  name: Type.String(),
  nameLt: Type.String(),
  nameEn: Type.String(),
  startsOn: NullableDate,
  endsOn: NullableDate,
  capacity: Type.Integer(),
  status: Type.String(),
});

export const ProgrammeListQuery = Type.Object(
  { ...PageQuery, organisationId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type ProgrammeListQuery = Static<typeof ProgrammeListQuery>;

export const ProgrammeTemplate = Type.Object({
  key: Type.String(),
  seed: Type.String(),
  name: Type.String(),
  nameLt: Type.String(),
  nameEn: Type.String(),
  funder: Type.String(),
  startsOn: NullableDate,
  endsOn: NullableDate,
  capacity: Type.Integer(),
  services: Type.Array(Type.String()),
  teamRoles: Type.Array(Type.String()),
  rules: Type.Unknown(),
});

export const RuleSetCreate = Type.Object(
  { effectiveFrom: IsoDate, rules: RuleTree },
  { additionalProperties: false },
);
export type RuleSetCreate = Static<typeof RuleSetCreate>;

export const RuleSet = Type.Object({
  id: Id,
  programmeId: Id,
  version: Type.Integer(),
  effectiveFrom: IsoDate,
  effectiveTo: NullableDate,
  rules: Type.Unknown(),
  createdAt: Timestamp,
});
export type RuleSet = Static<typeof RuleSet>;

export const EnrolmentCreate = Type.Object(
  {
    participantId: Id,
    /** The enrolment (and screening) date; today when absent. */
    date: Type.Optional(IsoDate),
    overrideReason: Type.Optional(Text(LIMITS.textMax)),
  },
  { additionalProperties: false },
);
export type EnrolmentCreate = Static<typeof EnrolmentCreate>;

export const EnrolmentExit = Type.Object(
  { exitedOn: IsoDate, reason: Text(LIMITS.textMax) },
  { additionalProperties: false },
);
export type EnrolmentExit = Static<typeof EnrolmentExit>;

export const Enrolment = Type.Object({
  id: Id,
  programmeId: Id,
  programmeName: Type.String(),
  participantId: Id,
  participantName: Type.String(),
  status: Type.Enum(ENROLMENT_STATUSES),
  /** Place on the waiting list (1 = next), for waiting enrolments. */
  waitingPosition: Type.Union([Type.Integer(), Type.Null()]),
  waitingSince: Type.Union([Timestamp, Type.Null()]),
  enrolledOn: NullableDate,
  exitedOn: NullableDate,
  exitReason: Type.String(),
  overrideReason: Type.String(),
  screeningResult: Type.Union([Type.String(), Type.Null()]),
  /** The case the enrolment opened (issue 4); null on the waiting list. */
  caseId: Type.Union([Id, Type.Null()]),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type Enrolment = Static<typeof Enrolment>;

export const EnrolmentListQuery = Type.Object(
  { status: Type.Optional(Type.Enum(ENROLMENT_STATUSES)) },
  { additionalProperties: false },
);
export type EnrolmentListQuery = Static<typeof EnrolmentListQuery>;
