import { Type, type Static } from 'typebox';
import { Id, IsoDate, Text, Timestamp, Version } from './common.ts';
import { LIMITS } from './limits.ts';

// Case management (issue 4). The stages in their order; see docs/decisions/0021.
export const CASE_STAGES = ['intake', 'assessment', 'planning', 'in_services', 'placement', 'follow_up', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** What a forward move needs, named so the refusal can say which condition is missing. */
export const STAGE_CONDITIONS = ['completed_assessment', 'agreed_plan', 'placement_started', 'outcome'] as const;
export type StageCondition = (typeof STAGE_CONDITIONS)[number];

/** Roles in a case team: a specialty, not a permission (permissions come from organisation roles). */
export const CASE_TEAM_ROLES = ['case_manager', 'social_worker', 'psychologist', 'job_coach', 'teacher', 'volunteer', 'ward_elder', 'employment_officer'] as const;
export type CaseTeamRole = (typeof CASE_TEAM_ROLES)[number];

/** Outcome at exit (ESF+ immediate results are derived from it). */
export const CASE_OUTCOMES = ['employed', 'self_employed', 'education_or_training', 'qualification', 'job_searching', 'other'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const SERVICE_PLACES = ['centre', 'home_visit', 'mobile_team', 'online', 'employer', 'other'] as const;
export type ServicePlace = (typeof SERVICE_PLACES)[number];

export const CASE_LIMITS = {
  reasonMax: 1000,
  noteMax: 5000,
  serviceMinutesMax: 1440,
  groupParticipantsMax: 200,
  goalsMax: 30,
  stepsPerGoalMax: 30,
} as const;

export const StageChange = Type.Object(
  {
    to: Type.Enum(CASE_STAGES),
    /** Needed when going back to an earlier stage. */
    reason: Type.Optional(Type.String({ maxLength: CASE_LIMITS.reasonMax })),
    /** Needed when closing (with outcomeOn). */
    outcome: Type.Optional(Type.Enum(CASE_OUTCOMES)),
    outcomeOn: Type.Optional(IsoDate),
    outcomeNote: Type.Optional(Type.String({ maxLength: CASE_LIMITS.noteMax })),
    version: Version,
  },
  { additionalProperties: false },
);
export type StageChange = Static<typeof StageChange>;

export const CaseParams = Type.Object({ id: Id });

// ── The case itself: page header, caseload, team, handover, timeline ─────────

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Named = Type.Object({ id: Id, name: Type.String() });
const NullableBoolean = Nullable(Type.Boolean());

/** Stage names in both languages, for the server's messages (the web app has its own in the locale files). */
export const STAGE_NAMES: Record<CaseStage, { lt: string; en: string }> = {
  intake: { lt: 'priėmimas', en: 'intake' },
  assessment: { lt: 'vertinimas', en: 'assessment' },
  planning: { lt: 'planavimas', en: 'planning' },
  in_services: { lt: 'teikiamos paslaugos', en: 'in services' },
  placement: { lt: 'įdarbinimas', en: 'placement' },
  follow_up: { lt: 'stebėsena', en: 'follow-up' },
  closed: { lt: 'uždarytas', en: 'closed' },
};

/** Why a move is refused: a missing condition, or a problem with the move itself. */
export const TRANSITION_PROBLEMS = ['condition_missing', 'same_stage', 'skips_stages', 'reason_required'] as const;
export type TransitionProblem = (typeof TRANSITION_PROBLEMS)[number];

/** What the refusal says is missing, in both languages (the message names it). */
export const TRANSITION_REFUSALS: Record<StageCondition | Exclude<TransitionProblem, 'condition_missing'>, { lt: string; en: string }> = {
  completed_assessment: { lt: 'nėra užbaigto vertinimo', en: 'no completed assessment' },
  agreed_plan: { lt: 'nėra suderinto individualaus veiklos plano (tikslų ir asmens sutikimo datos)', en: 'no agreed individual action plan (goals and the person\'s agreement date)' },
  placement_started: { lt: 'nėra prasidėjusio įdarbinimo (užregistruokite įdarbinimą ar bandomąją praktiką)', en: 'no placement has started (record a placement or trial practice)' },
  outcome: { lt: 'nenurodytas rezultatas ir jo data', en: 'no outcome and its date given' },
  same_stage: { lt: 'atvejis jau yra šiame etape', en: 'the case is already at this stage' },
  skips_stages: { lt: 'etapų praleisti negalima, pereikite į kitą etapą', en: 'stages cannot be skipped, move to the next stage' },
  reason_required: { lt: 'grįžtant į ankstesnį etapą reikia nurodyti priežastį', en: 'going back to an earlier stage needs a reason' },
};

/** The stage conditions as they stand, counted in the database (what `checkTransition` is given). */
export const CaseFacts = Type.Object({
  completedAssessments: Type.Integer(),
  planAgreed: Type.Boolean(),
  deliveredServices: Type.Integer(),
  /** Placements of the case that have started (decision 0034): what the placement stage needs. */
  startedPlacements: Type.Integer(),
  outcomeRecorded: Type.Boolean(),
});

/** ESF+ results (DOMAIN.md): the immediate ones from the outcome at exit, the 6-month ones from the follow-up; null until known. */
export const EsfResults = Type.Object({
  jobSearching: NullableBoolean,
  educationOrTraining: NullableBoolean,
  qualification: NullableBoolean,
  employed: NullableBoolean,
  employed6Months: NullableBoolean,
  improved6Months: NullableBoolean,
});
export type EsfResults = Static<typeof EsfResults>;

export const CaseTeamMember = Type.Object({ userId: Id, name: Type.String(), role: Type.Enum(CASE_TEAM_ROLES) });

export const Case = Type.Object({
  id: Id,
  /** Null for team members who may not read participants (a volunteer, a teacher): they see the case, not the name. */
  participant: Nullable(Named),
  programme: Named,
  organisationId: Id,
  stage: Type.Enum(CASE_STAGES),
  /** Where the case may move forward now with these facts (closing also needs the outcome in the request). */
  nextStages: Type.Array(Type.Enum(CASE_STAGES)),
  /** The next stage in order and the condition it still lacks; null when nothing is lacking or the case is closed. */
  waitingFor: Nullable(Type.Object({ stage: Type.Enum(CASE_STAGES), condition: Type.Enum(STAGE_CONDITIONS) })),
  facts: CaseFacts,
  caseManager: Nullable(Named),
  team: Type.Array(CaseTeamMember),
  openedOn: IsoDate,
  closedOn: Nullable(IsoDate),
  /** Kept when a closed case is reopened, until it is closed again. */
  outcome: Nullable(Type.Enum(CASE_OUTCOMES)),
  outcomeOn: Nullable(IsoDate),
  outcomeNote: Type.String(),
  esfResults: EsfResults,
  /** The outcome the closing form pre-selects, from the case's active placements (decision 0034); null when none fits. */
  suggestedOutcome: Nullable(Type.Enum(CASE_OUTCOMES)),
  version: Type.Integer(),
});
export type Case = Static<typeof Case>;

/** "My caseload": cases where I am the case manager or in the team; `scope=organisation` lists every case (case.read_all). */
export const CaseListQuery = Type.Object(
  {
    stage: Type.Optional(Type.Enum(CASE_STAGES)),
    scope: Type.Optional(Type.Enum(['mine', 'organisation'])),
    /** Closed cases are left out unless asked for (or the stage filter is closed). */
    includeClosed: Type.Optional(Type.Boolean()),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CaseListQuery = Static<typeof CaseListQuery>;

export const CaseListItem = Type.Object({
  id: Id,
  /** Null without 'participant.read' in the case's organisation, as on the case page. */
  participant: Nullable(Named),
  programme: Named,
  organisationId: Id,
  stage: Type.Enum(CASE_STAGES),
  openedOn: IsoDate,
  closedOn: Nullable(IsoDate),
  /** My roles in this case's team (case_manager when I am its case manager); empty when I only see it through case.read_all. */
  myRoles: Type.Array(Type.Enum(CASE_TEAM_ROLES)),
  /** My open tasks in this case due before today. */
  overdueTasks: Type.Integer(),
  /** The next planned appointment in this case (anyone's), from now on. */
  nextAppointmentAt: Nullable(Timestamp),
});
export type CaseListItem = Static<typeof CaseListItem>;

export const CasePage = Type.Object({
  items: Type.Array(CaseListItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: Nullable(Type.String()),
});

export const TodayAppointment = Type.Object({
  id: Id,
  startsAt: Timestamp,
  endsAt: Timestamp,
  caseId: Nullable(Id),
  participant: Nullable(Named),
  place: Type.Enum(SERVICE_PLACES),
  centreName: Nullable(Type.String()),
  village: Type.String(),
  status: Type.String(),
});
export type TodayAppointment = Static<typeof TodayAppointment>;

/** The top of "My caseload": what is overdue and what is on today. */
export const CaseloadSummary = Type.Object({
  /** My open tasks due before today, in every case and outside cases. */
  overdueTasks: Type.Integer(),
  /** My appointments today (Lithuanian time), not cancelled, in time order. */
  todayAppointments: Type.Array(TodayAppointment),
});
export type CaseloadSummary = Static<typeof CaseloadSummary>;

export const CaseTeamUpdate = Type.Object(
  {
    members: Type.Array(Type.Object({ userId: Id, role: Type.Enum(CASE_TEAM_ROLES) }, { additionalProperties: false }), { maxItems: 50 }),
    version: Version,
  },
  { additionalProperties: false },
);
export type CaseTeamUpdate = Static<typeof CaseTeamUpdate>;

export const Handover = Type.Object(
  { toUserId: Id, note: Text(CASE_LIMITS.noteMax), version: Version },
  { additionalProperties: false },
);
export type Handover = Static<typeof Handover>;

/** Active staff of the case's organisation, for the team and handover pickers. */
export const CaseStaff = Type.Array(Type.Object({ id: Id, name: Type.String(), roles: Type.Array(Type.String()) }));

export const TimelineQuery = Type.Object(
  {
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    cursor: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9]+$' })),
  },
  { additionalProperties: false },
);
export type TimelineQuery = Static<typeof TimelineQuery>;

/**
 * One line of the timeline: its kind and parameters (ids, keys, staff names, a reason);
 * the web app writes the sentence in the reader's language.
 */
export const TimelineEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  kind: Type.String(),
  actor: Nullable(Named),
  params: Type.Record(Type.String(), Type.Unknown()),
});
export type TimelineEntry = Static<typeof TimelineEntry>;

export const TimelinePage = Type.Object({ items: Type.Array(TimelineEntry), nextCursor: Nullable(Type.String()) });
