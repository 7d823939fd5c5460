import { Type, type Static } from 'typebox';
import { Id } from './common.ts';

// Explainable matching of people and vacancies (issue 5, scope 6; decision 0032). Every
// score is the sum of named factors, each with its points, its most points and a reason
// (a code and its parameters) that the web app turns into a sentence a coach can read.

/** The factors, in the order every match lists them. */
export const MATCH_FACTORS = ['occupation', 'skills', 'distance', 'hours', 'language', 'adaptations', 'driving_licence'] as const;
export type MatchFactorKey = (typeof MATCH_FACTORS)[number];

export const MATCH_LIMITS = { limitDefault: 20, limitMax: 50 } as const;

const ParamValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]);

export const MatchReason = Type.Object({
  /** What the factor found, e.g. 'target' (a target job matched), 'within_reach', 'missing'. */
  code: Type.String(),
  /** Codes, numbers and place names the sentence needs; never free text about the person. */
  params: Type.Record(Type.String(), ParamValue),
});
export type MatchReason = Static<typeof MatchReason>;

export const MatchFactor = Type.Object({
  key: Type.Enum(MATCH_FACTORS),
  points: Type.Integer({ minimum: 0 }),
  max: Type.Integer({ minimum: 0 }),
  reason: MatchReason,
});
export type MatchFactor = Static<typeof MatchFactor>;

export const MatchQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MATCH_LIMITS.limitMax })) },
  { additionalProperties: false },
);
export type MatchQuery = Static<typeof MatchQuery>;

/** A person ranked for a vacancy. */
export const PersonMatch = Type.Object({
  caseId: Id,
  participantId: Id,
  name: Type.String(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  factors: Type.Array(MatchFactor),
});
export type PersonMatch = Static<typeof PersonMatch>;

export const VacancyMatches = Type.Object({
  vacancyId: Id,
  title: Type.String(),
  iscoCode: Type.String(),
  /** True when too few people shared the ISCO sub-major group and the whole major group was searched. */
  widened: Type.Boolean(),
  /** How many candidates were read and scored before the best were proven (decision 0032). */
  candidates: Type.Integer(),
  items: Type.Array(PersonMatch),
});
export type VacancyMatches = Static<typeof VacancyMatches>;

/** A vacancy ranked for a person. */
export const VacancyMatch = Type.Object({
  vacancyId: Id,
  title: Type.String(),
  iscoCode: Type.String(),
  employerId: Id,
  employerName: Type.String(),
  municipalityCode: Type.String(),
  closesOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  factors: Type.Array(MatchFactor),
});
export type VacancyMatch = Static<typeof VacancyMatch>;

export const CaseMatches = Type.Object({
  caseId: Id,
  /** True when too few vacancies shared the person's ISCO sub-major groups and their whole major groups were searched. */
  widened: Type.Boolean(),
  candidates: Type.Integer(),
  items: Type.Array(VacancyMatch),
});
export type CaseMatches = Static<typeof CaseMatches>;
