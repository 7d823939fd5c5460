import { Type, type Static } from 'typebox';
import { Id, IsoDate, OptionalText, Text, Timestamp, Version } from './common.ts';
import { CASE_LIMITS, CASE_OUTCOMES } from './cases.ts';
import { PLACEMENT_END_REASONS, PLACEMENT_KINDS } from './employment.ts';
import type { Language } from './roles.ts';

// Placements (issue 5, decision 0034): a trial practice or a job of a case, its 3/6/12-month
// follow-ups asked through tasks, and the job support log (job coaching deliveries tied to
// the placement) compared week by week with the planned fading of support.

export const PLACEMENT_LIMITS = {
  jobTitleMax: 200,
  supportAgreedMax: 5000,
  notesMax: CASE_LIMITS.noteMax,
  /** Most steps a fading plan has. */
  fadingStepsMax: 52,
  /** The fading plan counts weeks from the start, at most this far. */
  fadingWeekMax: 260,
  /** A follow-up may be recorded from this many days before it is due. */
  followUpEarlyDays: 14,
  /** Most weeks the support comparison shows. */
  supportWeeksMax: 104,
} as const;

/** Placement kinds that are work paid by an employer: the wage is compared with the minimum wage. */
export const WAGED_PLACEMENT_KINDS = ['apprenticeship', 'subsidised_employment', 'open_market'] as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Hours = Type.Number({ exclusiveMinimum: 0, maximum: 60 });
const Cents = Type.Integer({ minimum: 0, maximum: 100_000_000 });

export const FadingStep = Type.Object(
  {
    /** The placement week (1 = the week it starts) from which this many hours are planned. */
    fromWeek: Type.Integer({ minimum: 1, maximum: PLACEMENT_LIMITS.fadingWeekMax }),
    hoursPerWeek: Type.Number({ minimum: 0, maximum: 60 }),
  },
  { additionalProperties: false },
);
export type FadingStep = Static<typeof FadingStep>;
export const FadingPlan = Type.Array(FadingStep, { maxItems: PLACEMENT_LIMITS.fadingStepsMax });

const placementFields = {
  /** Required unless self-employment; an employer of the case's organisation. */
  employerId: Type.Optional(Nullable(Id)),
  /** A vacancy of the same organisation whose employer is the placement's. */
  vacancyId: Type.Optional(Nullable(Id)),
  /** An ISCO-08 unit group (4 digits). */
  iscoCode: Type.String({ pattern: '^[0-9]{4}$' }),
  jobTitle: Text(PLACEMENT_LIMITS.jobTitleMax),
  startsOn: IsoDate,
  /** The planned end (trial practice, fixed-term contract); not before the start. */
  endsOn: Type.Optional(Nullable(IsoDate)),
  hoursPerWeek: Hours,
  /** Gross monthly wage in euro cents; a wage below the minimum (pro rata) is saved with a warning. */
  wageMonthlyCents: Type.Optional(Nullable(Cents)),
  supportAgreed: Type.Optional(OptionalText(PLACEMENT_LIMITS.supportAgreedMax)),
  /** Weeks ascending from week 1, hours never rising: support fades. */
  fadingPlan: Type.Optional(FadingPlan),
};

export const PlacementCreate = Type.Object({ kind: Type.Enum(PLACEMENT_KINDS), ...placementFields }, { additionalProperties: false });
export type PlacementCreate = Static<typeof PlacementCreate>;

/** The kind stays: a trial practice that becomes a job is a new placement (decision 0034). */
export const PlacementUpdate = Type.Object(
  {
    ...placementFields,
    iscoCode: Type.Optional(placementFields.iscoCode),
    jobTitle: Type.Optional(placementFields.jobTitle),
    startsOn: Type.Optional(IsoDate),
    hoursPerWeek: Type.Optional(Hours),
    version: Version,
  },
  { additionalProperties: false },
);
export type PlacementUpdate = Static<typeof PlacementUpdate>;

export const PlacementEnd = Type.Object(
  { endedOn: IsoDate, endReason: Type.Enum(PLACEMENT_END_REASONS) },
  { additionalProperties: false },
);
export type PlacementEnd = Static<typeof PlacementEnd>;

export const FollowUpParams = Type.Object(
  { id: Id, /** 3, 6 or 12 (FOLLOW_UP_MONTHS); another number is not found. */ months: Type.Integer({ minimum: 1, maximum: 12 }) },
  { additionalProperties: false },
);

export const FollowUpRecord = Type.Object(
  {
    stillEmployed: Type.Boolean(),
    /** Asked when still employed: with the placement's employer? */
    sameEmployer: Type.Optional(Nullable(Type.Boolean())),
    /** From 14 days before the due date, not in the future. */
    recordedOn: IsoDate,
    notes: Type.Optional(OptionalText(PLACEMENT_LIMITS.notesMax)),
  },
  { additionalProperties: false },
);
export type FollowUpRecord = Static<typeof FollowUpRecord>;

export const SupportCreate = Type.Object(
  {
    deliveredOn: IsoDate,
    durationMinutes: Type.Integer({ minimum: 1, maximum: CASE_LIMITS.serviceMinutesMax }),
    /** At the workplace (on the job) or elsewhere (off the job). */
    onTheJob: Type.Boolean(),
    notes: Type.Optional(OptionalText(CASE_LIMITS.noteMax)),
  },
  { additionalProperties: false },
);
export type SupportCreate = Static<typeof SupportCreate>;

export const PlacementWarning = Type.Object({
  code: Type.Literal('PLACEMENT.WAGE_BELOW_MINIMUM'),
  message: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export type PlacementWarning = Static<typeof PlacementWarning>;

/** The warning's text in both languages; {{fullTime}} and {{minimum}} are formatted amounts. */
export const PLACEMENT_WARNINGS: Record<PlacementWarning['code'], Record<Language, string>> = {
  'PLACEMENT.WAGE_BELOW_MINIMUM': {
    lt: 'Darbo užmokestis, perskaičiuotas visam darbo laikui (40 val. per savaitę), yra {{fullTime}} – mažiau už minimalią mėnesinę algą ({{minimum}}). Įdarbinimas išsaugotas; patikrinkite sutartį.',
    en: 'The wage, converted to full time (40 hours a week), is {{fullTime}} – less than the minimum monthly wage ({{minimum}}). The placement is saved; check the contract.',
  },
};

export const FollowUp = Type.Object({
  months: Type.Integer(),
  dueOn: IsoDate,
  /** The first day it may be recorded (14 days before it is due). */
  opensOn: IsoDate,
  taskId: Nullable(Id),
  /** 'recorded', 'due' (open and may be recorded now), 'overdue', 'upcoming'. */
  status: Type.Enum(['recorded', 'due', 'overdue', 'upcoming']),
  stillEmployed: Nullable(Type.Boolean()),
  sameEmployer: Nullable(Type.Boolean()),
  recordedOn: Nullable(IsoDate),
  recordedBy: Nullable(Type.Object({ id: Id, name: Type.String() })),
  notes: Type.String(),
});
export type FollowUp = Static<typeof FollowUp>;

export const PlacementListItem = Type.Object({
  id: Id,
  caseId: Id,
  kind: Type.Enum(PLACEMENT_KINDS),
  employer: Nullable(Type.Object({ id: Id, name: Type.String() })),
  iscoCode: Type.String(),
  occupationName: Type.String(),
  jobTitle: Type.String(),
  startsOn: IsoDate,
  endsOn: Nullable(IsoDate),
  endedOn: Nullable(IsoDate),
  /** Started, not ended. */
  active: Type.Boolean(),
});
export type PlacementListItem = Static<typeof PlacementListItem>;

export const Placement = Type.Object({
  ...PlacementListItem.properties,
  organisationId: Id,
  participant: Nullable(Type.Object({ id: Id, name: Type.String() })),
  vacancy: Nullable(Type.Object({ id: Id, title: Type.String() })),
  occupationNameLt: Type.String(),
  occupationNameEn: Type.String(),
  hoursPerWeek: Type.Number(),
  wageMonthlyCents: Nullable(Type.Integer()),
  supportAgreed: Type.String(),
  fadingPlan: FadingPlan,
  endReason: Nullable(Type.Enum(PLACEMENT_END_REASONS)),
  followUps: Type.Array(FollowUp),
  /** Job support logged for this placement. */
  support: Type.Object({ count: Type.Integer(), minutes: Type.Integer(), lastOn: Nullable(IsoDate) }),
  /** A wage below the minimum (pro rata), for every kind but trial practice and self-employment. */
  warnings: Type.Array(PlacementWarning),
  /** Whether the case takes new work (a closed case does not). */
  caseOpen: Type.Boolean(),
  createdAt: Timestamp,
  version: Type.Integer(),
});
export type Placement = Static<typeof Placement>;

export const CasePlacements = Type.Object({ items: Type.Array(PlacementListItem) });
export type CasePlacements = Static<typeof CasePlacements>;

export const SupportEntry = Type.Object({
  id: Id,
  deliveredOn: IsoDate,
  durationMinutes: Type.Integer(),
  onTheJob: Type.Boolean(),
  notes: Type.String(),
  providerName: Type.String(),
  /** The placement week it falls in (1 = the first). */
  week: Type.Integer(),
});
export type SupportEntry = Static<typeof SupportEntry>;

export const SupportWeek = Type.Object({
  week: Type.Integer(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  plannedHours: Type.Number(),
  deliveredHours: Type.Number(),
});
export type SupportWeek = Static<typeof SupportWeek>;

export const PlacementSupport = Type.Object({
  items: Type.Array(SupportEntry),
  /** From week 1 to the current week (or the week it ended), the latest first. */
  weeks: Type.Array(SupportWeek),
});
export type PlacementSupport = Static<typeof PlacementSupport>;

/** The outcome the closing form suggests from the placements (null when none fits). */
export const SuggestedOutcome = Nullable(Type.Enum(CASE_OUTCOMES));
