import { Type, type Static } from 'typebox';
import { Id, IsoDate } from './common.ts';
import { EMPLOYER_CONTACT_KINDS, SUPPORTED_EMPLOYMENT_STAGES } from './employment.ts';

// Supported-employment fidelity figures per job coach and programme, and the job coach's
// own dashboard (issue 5, decision 0033).

export const FIDELITY_VERDICTS = ['meets', 'below', 'no_data'] as const;
export type FidelityVerdict = (typeof FIDELITY_VERDICTS)[number];

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

/** What a figure is read against: "at most 20", "at least 6"; unverified where DOMAIN.md says so. */
export const FidelityAnchor = Type.Object({
  comparison: Type.Enum(['at_most', 'at_least']),
  value: Type.Number(),
  verified: Type.Boolean(),
});
export type FidelityAnchor = Static<typeof FidelityAnchor>;

const figureFields = {
  /** Null when there is nothing to count (verdict 'no_data'). Shares are 0–1. */
  value: Nullable(Type.Number()),
  anchor: FidelityAnchor,
  verdict: Type.Enum(FIDELITY_VERDICTS),
};
export const FidelityFigure = Type.Object(figureFields);

export const ContactsFigure = Type.Object({
  ...figureFields,
  /** Employer contacts in the period, with or without a case. */
  contacts: Type.Integer(),
  /** The period's days / 7 (part weeks pro rata), to two decimals. */
  weeks: Type.Number(),
});

export const FirstContactFigures = Type.Object({
  /** People in supported employment enrolled in the period. */
  participants: Type.Integer(),
  contacted: Type.Integer(),
  /** Over the people contacted by the period's end. */
  medianDays: FidelityFigure,
  /** Contacted within 30 days, of those contacted or without contact for more than 30 days. */
  shareWithin30Days: Type.Object({ ...figureFields, within: Type.Integer(), decided: Type.Integer() }),
  /** Still without any employer contact at the period's end; `overdue`: more than 30 days since enrolment. */
  notYet: Type.Object({ count: Type.Integer(), overdue: Type.Integer(), longestDays: Nullable(Type.Integer()) }),
});

export const CompetitiveFigure = Type.Object({
  ...figureFields,
  /** Every placement started in the period, of any kind. */
  placements: Type.Integer(),
  /** Open-market jobs paying at least the minimum monthly wage pro rata to the hours. */
  competitive: Type.Integer(),
  /** Open-market placements without a recorded wage (not counted as competitive). */
  wageUnknown: Type.Integer(),
});

export const FidelityFigures = Type.Object({
  /** Active supported-employment processes (all the coach's, in the organisation). */
  caseload: FidelityFigure,
  contactsPerWeek: ContactsFigure,
  firstContact: FirstContactFigures,
  competitive: CompetitiveFigure,
});
export type FidelityFigures = Static<typeof FidelityFigures>;

export const FidelityPeriod = Type.Object({ from: IsoDate, to: IsoDate, days: Type.Integer(), weeks: Type.Number() });

export const FidelityQuery = Type.Object(
  {
    programmeId: Id,
    /** Default: 83 days before `to` (12 weeks). */
    from: Type.Optional(IsoDate),
    /** Default: today; not in the future. */
    to: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type FidelityQuery = Static<typeof FidelityQuery>;

export const MyFidelityQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
export type MyFidelityQuery = Static<typeof MyFidelityQuery>;

export const CoachFidelity = Type.Object({
  coach: Type.Object({ id: Id, name: Type.String() }),
  /** Of the caseload, the processes in this programme. */
  caseloadInProgramme: Type.Integer(),
  ...FidelityFigures.properties,
});
export type CoachFidelity = Static<typeof CoachFidelity>;

export const ProgrammeFidelity = Type.Object({
  programmeId: Id,
  organisationId: Id,
  period: FidelityPeriod,
  minimumMonthlyWageCents: Type.Integer(),
  /** One row per job coach: named on a supported-employment process of the programme in the period, or in its team as job coach. */
  coaches: Type.Array(CoachFidelity),
  totals: Type.Object({
    coaches: Type.Integer(),
    /** Active supported-employment processes in the programme. */
    activeProcesses: Type.Integer(),
    /** The largest caseload of the programme's coaches. */
    caseload: FidelityFigure,
    /** The coaches' contacts / weeks / coaches. */
    contactsPerWeek: ContactsFigure,
    firstContact: FirstContactFigures,
    competitive: CompetitiveFigure,
  }),
});
export type ProgrammeFidelity = Static<typeof ProgrammeFidelity>;

export const MyParticipant = Type.Object({
  caseId: Id,
  participantId: Nullable(Id),
  /** Only for users who may read participants in the case's organisation. */
  participantName: Nullable(Type.String()),
  stage: Type.Enum(SUPPORTED_EMPLOYMENT_STAGES),
  enrolledOn: IsoDate,
  daysSinceEnrolment: Type.Integer(),
  firstContactOn: Nullable(IsoDate),
  /** No employer contact yet and more than 30 days since enrolment. */
  firstContactOverdue: Type.Boolean(),
});
export type MyParticipant = Static<typeof MyParticipant>;

export const MyEmployerContact = Type.Object({
  id: Id,
  contactedOn: IsoDate,
  kind: Type.Enum(EMPLOYER_CONTACT_KINDS),
  employerId: Id,
  employerName: Type.String(),
  caseId: Nullable(Id),
  participantName: Nullable(Type.String()),
});
export type MyEmployerContact = Static<typeof MyEmployerContact>;

export const MyFollowUp = Type.Object({
  taskId: Id,
  title: Type.String(),
  dueOn: IsoDate,
  overdue: Type.Boolean(),
  months: Type.Integer(),
  placementId: Id,
  caseId: Id,
  participantName: Nullable(Type.String()),
  employerName: Nullable(Type.String()),
  jobTitle: Type.String(),
});
export type MyFollowUp = Static<typeof MyFollowUp>;

export const MyFidelity = Type.Object({
  period: FidelityPeriod,
  minimumMonthlyWageCents: Type.Integer(),
  figures: FidelityFigures,
  /** My active supported-employment participants whose case I may read; overdue first contacts first, then by name. */
  participants: Type.Array(MyParticipant),
  /** Counted in my caseload but not listed: cases I am not allowed to read (not in their team). */
  participantsNotShown: Type.Integer(),
  /** This week (Monday to Sunday) and my employer contacts in it. */
  week: Type.Object({ from: IsoDate, to: IsoDate, count: Type.Integer(), contacts: Type.Array(MyEmployerContact) }),
  /** My open placement follow-up tasks, the earliest due first. */
  followUps: Type.Array(MyFollowUp),
});
export type MyFidelity = Static<typeof MyFidelity>;
