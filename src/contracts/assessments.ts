import { Type, type Static } from 'typebox';
import { Id, IsoDate, Timestamp, Version } from './common.ts';
import type { Language } from './roles.ts';

// Assessments (issue 4, decision 0023). A questionnaire is versioned data in code
// (src/server/features/assessments/questionnaires/); an assessment stores the key and
// version it was answered with, its answers, and — once completed — its result.
//
// Every domain score is on one scale: 0–100, higher = stronger, fewer barriers, less help
// needed. Each scored question says which way its answers point (`direction`), so a
// question where a higher answer means more need ("How much does your health limit…")
// is turned round before it counts.

export type Localised = Record<Language, string>;

export const QUESTION_TYPES = ['scale', 'yes_no', 'choice', 'number', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
/** Scale, choice and number: which way a higher answer points. */
export const DIRECTIONS = ['higher_is_stronger', 'higher_is_more_need'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** Yes/no: which way "yes" points. */
export const YES_NO_DIRECTIONS = ['yes_is_stronger', 'yes_is_more_need'] as const;
export type YesNoDirection = (typeof YES_NO_DIRECTIONS)[number];

export const ASSESSMENT_STATUSES = ['draft', 'completed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
/** The profile a completed assessment gives, from the most ready to the least. */
export const PROFILES = ['ready_for_work', 'short_support', 'intensive_support', 'social_and_health_first'] as const;
export type Profile = (typeof PROFILES)[number];
/** What a domain score says, in words as well as a number. */
export const DOMAIN_LEVELS = ['no_need', 'some_need', 'high_need'] as const;
export type DomainLevel = (typeof DOMAIN_LEVELS)[number];
export const TRENDS = ['better', 'worse', 'same', 'not_comparable'] as const;
export type Trend = (typeof TRENDS)[number];

export const ASSESSMENT_LIMITS = {
  keyMax: 60,
  textAnswerMax: 2000,
  answersPerSaveMax: 200,
} as const;

// ── Questionnaires (data in code) ───────────────────────────────────────────

interface QuestionCommon {
  /** Unique within the questionnaire, stable across its versions when the meaning stays. */
  key: string;
  text: Localised;
  help?: Localised;
  required: boolean;
  /**
   * Health, debts and the like: answers are shown and saved only by roles with
   * participant.special.read; never required (a person may decline to answer).
   */
  sensitive?: boolean;
}

export interface ScaleQuestion extends QuestionCommon {
  type: 'scale';
  min: number;
  max: number;
  /** A label for every point of the scale, shown on its button. */
  anchors: { value: number; label: Localised }[];
  direction: Direction;
}

export interface YesNoQuestion extends QuestionCommon {
  type: 'yes_no';
  direction: YesNoDirection;
}

export interface ChoiceQuestion extends QuestionCommon {
  type: 'choice';
  /** `score` orders the options; `direction` says whether a higher score is stronger. */
  options: { value: string; label: Localised; score: number }[];
  direction: Direction;
}

export interface NumberQuestion extends QuestionCommon {
  type: 'number';
  min: number;
  max: number;
  integer: boolean;
  unit?: Localised;
  /** Scored between `from` and `to` (values outside count as the nearer end); unscored without it. */
  scoring?: { from: number; to: number; direction: Direction };
}

/** Free text: never scored. */
export interface TextQuestion extends QuestionCommon {
  type: 'text';
  maxLength: number;
}

export type Question = ScaleQuestion | YesNoQuestion | ChoiceQuestion | NumberQuestion | TextQuestion;

/** A section of the form and a domain of the result: one step of the form per domain. */
export interface Domain {
  key: string;
  name: Localised;
  description?: Localised;
  questions: Question[];
}

export interface Questionnaire {
  key: string;
  version: number;
  name: Localised;
  description: Localised;
  domains: Domain[];
  /** A domain's level: score ≥ noNeedFrom → no_need, ≥ someNeedFrom → some_need, lower → high_need. */
  levels: { noNeedFrom: number; someNeedFrom: number };
  /**
   * The profile, in this order: any of `firstSupportDomains` below `firstSupportBelow` →
   * social_and_health_first; the mean of the domain scores ≥ `readyFrom` with no domain
   * below `readyNoDomainBelow` → ready_for_work; mean ≥ `shortSupportFrom` →
   * short_support; otherwise intensive_support.
   */
  profile: { firstSupportDomains: string[]; firstSupportBelow: number; readyFrom: number; readyNoDomainBelow: number; shortSupportFrom: number };
  /** Suggested services: a domain scoring below `below` suggests these service types (keys of service_types). */
  services: { domain: string; below: number; services: string[] }[];
  /** Services suggested for a profile whatever the domains say (e.g. job mediation when ready for work). */
  profileServices: Partial<Record<Profile, string[]>>;
}

export type AnswerValue = number | boolean | string;
export type Answers = Record<string, AnswerValue>;

// ── API ─────────────────────────────────────────────────────────────────────

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalisedText = Type.Object({ lt: Type.String(), en: Type.String() });
const Key = Type.String({ minLength: 1, maxLength: ASSESSMENT_LIMITS.keyMax, pattern: '^[a-z0-9_]+$' });

export const QuestionnaireSummary = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  /** In the user's language. */
  name: Type.String(),
  names: LocalisedText,
  description: LocalisedText,
  domains: Type.Integer(),
  questions: Type.Integer(),
});
export type QuestionnaireSummary = Static<typeof QuestionnaireSummary>;

// One flat shape for every question type (the fields of the others are absent), so the
// response serializer keeps what each type has.
const QuestionSchema = Type.Object({
  key: Type.String(),
  type: Type.Enum(QUESTION_TYPES),
  text: LocalisedText,
  help: Type.Optional(LocalisedText),
  required: Type.Boolean(),
  sensitive: Type.Optional(Type.Boolean()),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  integer: Type.Optional(Type.Boolean()),
  unit: Type.Optional(LocalisedText),
  maxLength: Type.Optional(Type.Integer()),
  anchors: Type.Optional(Type.Array(Type.Object({ value: Type.Number(), label: LocalisedText }))),
  options: Type.Optional(Type.Array(Type.Object({ value: Type.String(), label: LocalisedText, score: Type.Number() }))),
  direction: Type.Optional(Type.String()),
  scoring: Type.Optional(Type.Object({ from: Type.Number(), to: Type.Number(), direction: Type.Enum(DIRECTIONS) })),
});

export const QuestionnaireSchema = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  name: LocalisedText,
  description: LocalisedText,
  domains: Type.Array(Type.Object({
    key: Type.String(), name: LocalisedText, description: Type.Optional(LocalisedText), questions: Type.Array(QuestionSchema),
  })),
  levels: Type.Object({ noNeedFrom: Type.Number(), someNeedFrom: Type.Number() }),
  profile: Type.Object({
    firstSupportDomains: Type.Array(Type.String()), firstSupportBelow: Type.Number(), readyFrom: Type.Number(),
    readyNoDomainBelow: Type.Number(), shortSupportFrom: Type.Number(),
  }),
  services: Type.Array(Type.Object({ domain: Type.String(), below: Type.Number(), services: Type.Array(Type.String()) })),
  profileServices: Type.Record(Type.String(), Type.Array(Type.String())),
});

export const QuestionnaireParams = Type.Object({ key: Key, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const AssessmentCreate = Type.Object(
  { questionnaireKey: Key, assessedOn: IsoDate },
  { additionalProperties: false },
);
export type AssessmentCreate = Static<typeof AssessmentCreate>;

/** `null` clears an answer. Answers are checked against the questionnaire by the server, question by question. */
const AnswerInput = Type.Union([Type.Number(), Type.Boolean(), Type.String({ maxLength: ASSESSMENT_LIMITS.textAnswerMax }), Type.Null()]);

export const AssessmentUpdate = Type.Object(
  {
    answers: Type.Optional(Type.Record(Type.String({ maxLength: ASSESSMENT_LIMITS.keyMax }), AnswerInput, { maxProperties: ASSESSMENT_LIMITS.answersPerSaveMax })),
    assessedOn: Type.Optional(IsoDate),
    version: Version,
  },
  { additionalProperties: false },
);
export type AssessmentUpdate = Static<typeof AssessmentUpdate>;

export const AssessmentComplete = Type.Object({ version: Version }, { additionalProperties: false });
export type AssessmentComplete = Static<typeof AssessmentComplete>;

export const DomainScore = Type.Object({
  key: Type.String(),
  /** 0–100, higher = stronger; null when nothing scored in the domain was answered. */
  score: Nullable(Type.Integer()),
  level: Nullable(Type.Enum(DOMAIN_LEVELS)),
  answered: Type.Integer(),
  scored: Type.Integer(),
});
export type DomainScore = Static<typeof DomainScore>;

export const SuggestedService = Type.Object({
  key: Type.String(),
  names: LocalisedText,
  /** Domain keys whose scores suggested it, and/or "profile". */
  because: Type.Array(Type.String()),
});
export type SuggestedService = Static<typeof SuggestedService>;

export const AssessmentResult = Type.Object({
  domains: Type.Array(DomainScore),
  overall: Nullable(Type.Integer()),
  profile: Type.Enum(PROFILES),
  services: Type.Array(SuggestedService),
});
export type AssessmentResult = Static<typeof AssessmentResult>;

export const DomainChange = Type.Object({
  key: Type.String(),
  names: LocalisedText,
  before: Nullable(Type.Integer()),
  after: Nullable(Type.Integer()),
  /** after − before; positive = stronger (all domain scores point the same way). */
  change: Nullable(Type.Integer()),
  trend: Type.Enum(TRENDS),
});
export type DomainChange = Static<typeof DomainChange>;

export const Comparison = Type.Object({
  previousId: Id,
  previousAssessedOn: IsoDate,
  previousQuestionnaireVersion: Type.Integer(),
  /** False when the earlier assessment is from the participant's earlier case. */
  sameCase: Type.Boolean(),
  profileBefore: Type.Enum(PROFILES),
  profileAfter: Type.Enum(PROFILES),
  domains: Type.Array(DomainChange),
});
export type Comparison = Static<typeof Comparison>;

export const AssessmentSummary = Type.Object({
  id: Id,
  caseId: Id,
  questionnaireKey: Type.String(),
  questionnaireVersion: Type.Integer(),
  questionnaireNames: LocalisedText,
  status: Type.Enum(ASSESSMENT_STATUSES),
  assessedOn: IsoDate,
  profile: Nullable(Type.Enum(PROFILES)),
  assessorName: Nullable(Type.String()),
  completedAt: Nullable(Timestamp),
  version: Type.Integer(),
});
export type AssessmentSummary = Static<typeof AssessmentSummary>;

export const Assessment = Type.Object({
  ...AssessmentSummary.properties,
  organisationId: Id,
  participantName: Type.String(),
  answers: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Boolean(), Type.String()])),
  /** Sensitive questions whose answers are not shown to this user (they have an answer). */
  maskedQuestions: Type.Array(Type.String()),
  /** Whether this user sees and may answer the sensitive questions. */
  seesSensitive: Type.Boolean(),
  result: Nullable(AssessmentResult),
  /** With the previous completed assessment of the same questionnaire, once this one is completed. */
  comparison: Nullable(Comparison),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Assessment = Static<typeof Assessment>;

export const AssessmentParams = Type.Object({ id: Id }, { additionalProperties: false });
