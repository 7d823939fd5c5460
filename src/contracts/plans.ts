import { Type, type Static } from 'typebox';
import { Id, IsoDate, Text, Timestamp } from './common.ts';
import { CASE_LIMITS } from './cases.ts';
import { AttachmentUpload } from './participants.ts';

// The individual action plan of a case (issue 4, decision 0025): goals, steps linked to
// services, who is responsible and by when; every save is kept as a revision; the
// person's agreement (date and signed copy) covers the text it was given for.

export const PLAN_STEP_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];

/** Languages the printed plan comes in. */
export const PLAN_PRINT_LANGUAGES = ['lt', 'en'] as const;

export const PLAN_LIMITS = {
  goalsMax: CASE_LIMITS.goalsMax,
  stepsPerGoalMax: CASE_LIMITS.stepsPerGoalMax,
  goalTextMax: 500,
  stepTextMax: 500,
  noteMax: CASE_LIMITS.reasonMax,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

// Ids are optional when saving: a new goal or step gets one from the server and keeps it
// in every later revision, so revisions can be compared step by step.
export const PlanStepInput = Type.Object(
  {
    id: Type.Optional(Id),
    text: Text(PLAN_LIMITS.stepTextMax),
    /** A key of the service catalogue (GET /api/service-types), active when first chosen. */
    serviceKey: Nullable(Type.String({ minLength: 1, maxLength: 60 })),
    /** A member of the case team (`team` of the plan). */
    responsibleUserId: Nullable(Id),
    dueOn: Nullable(IsoDate),
    status: Type.Enum(PLAN_STEP_STATUSES),
  },
  { additionalProperties: false },
);

export const PlanGoalInput = Type.Object(
  {
    id: Type.Optional(Id),
    text: Text(PLAN_LIMITS.goalTextMax),
    steps: Type.Array(PlanStepInput, { maxItems: PLAN_LIMITS.stepsPerGoalMax }),
  },
  { additionalProperties: false },
);
export type PlanGoalInput = Static<typeof PlanGoalInput>;

export const PlanSave = Type.Object(
  {
    goals: Type.Array(PlanGoalInput, { maxItems: PLAN_LIMITS.goalsMax }),
    /** The version read; 0 when the case has no plan yet. */
    version: Type.Integer({ minimum: 0 }),
    /** What changed and why, shown with the revision. */
    note: Type.Optional(Type.String({ maxLength: PLAN_LIMITS.noteMax })),
  },
  { additionalProperties: false },
);
export type PlanSave = Static<typeof PlanSave>;

export const PlanAgreement = Type.Object(
  {
    /** The day the person agreed: not in the future, not before the case was opened. */
    agreedOn: IsoDate,
    /** The signed copy (PDF, JPEG or PNG, ≤ 5 MB). Without it, an earlier copy of the same text stays. */
    document: Type.Optional(AttachmentUpload),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type PlanAgreement = Static<typeof PlanAgreement>;

export const PlanStep = Type.Object({
  id: Id,
  text: Type.String(),
  serviceKey: Nullable(Type.String()),
  responsibleUserId: Nullable(Id),
  /** The responsible person's name, also when they have left the team since. */
  responsibleName: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  status: Type.Enum(PLAN_STEP_STATUSES),
});
export type PlanStep = Static<typeof PlanStep>;

export const PlanGoal = Type.Object({ id: Id, text: Type.String(), steps: Type.Array(PlanStep) });
export type PlanGoal = Static<typeof PlanGoal>;

const AgreementDocument = Nullable(Type.Object({ id: Id, fileName: Type.String() }));

/** Someone who may be named responsible for a step: a member of the case team. */
export const PlanTeamMember = Type.Object({ userId: Id, name: Type.String(), roles: Type.Array(Type.String()) });

export const Plan = Type.Object({
  caseId: Id,
  goals: Type.Array(PlanGoal),
  /** Null until the person agrees, and again once the goals or steps change after that. */
  agreedOn: Nullable(Type.String()),
  agreementDocument: AgreementDocument,
  /** 0 while the case has no plan. */
  version: Type.Integer(),
  updatedAt: Nullable(Timestamp),
  updatedByName: Nullable(Type.String()),
  /** Saved revisions, the current one included. */
  revisions: Type.Integer(),
  /** Who may be named responsible for a step now; a former member stays named on the steps they had. */
  team: Type.Array(PlanTeamMember),
  /** The language the printed plan comes in unless another is asked for. */
  printLanguage: Type.Enum(PLAN_PRINT_LANGUAGES),
});
export type Plan = Static<typeof Plan>;

export const PlanRevisionSummary = Type.Object({
  version: Type.Integer(),
  savedAt: Timestamp,
  savedByName: Nullable(Type.String()),
  note: Type.String(),
  agreedOn: Nullable(Type.String()),
  goals: Type.Integer(),
  steps: Type.Integer(),
});
export type PlanRevisionSummary = Static<typeof PlanRevisionSummary>;

export const PlanRevision = Type.Object({
  version: Type.Integer(),
  savedAt: Timestamp,
  savedByName: Nullable(Type.String()),
  note: Type.String(),
  agreedOn: Nullable(Type.String()),
  agreementDocument: AgreementDocument,
  goals: Type.Array(PlanGoal),
});
export type PlanRevision = Static<typeof PlanRevision>;

export const PlanRevisionParams = Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const PlanPrintQuery = Type.Object({ language: Type.Optional(Type.Enum(PLAN_PRINT_LANGUAGES)) }, { additionalProperties: false });
