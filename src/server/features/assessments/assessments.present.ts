import type {
  Answers, Assessment, AssessmentResult, AssessmentStatus, AssessmentSummary, Comparison, Localised, Profile, Questionnaire, QuestionnaireSummary,
} from '../../../contracts/assessments.ts';
import type { Language } from '../../../contracts/roles.ts';
import type { ScoredResult } from './assessments.rules.ts';
import type { AssessmentListRow, AssessmentRow } from './assessments.queries.ts';

// Rows → contract: only the listed fields leave the server.

export type ServiceNames = ReadonlyMap<string, Localised>;

const fullName = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last}`);

export function presentResult(result: ScoredResult | null, services: ServiceNames): AssessmentResult | null {
  if (!result) return null;
  return {
    domains: result.domains,
    overall: result.overall,
    profile: result.profile,
    services: result.services.map((s) => ({ key: s.key, names: services.get(s.key) ?? { lt: s.key, en: s.key }, because: s.because })),
  };
}

export function presentSummary(row: AssessmentListRow | AssessmentRow, questionnaireNames: Localised): AssessmentSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    questionnaireKey: row.questionnaire_key,
    questionnaireVersion: row.questionnaire_version,
    questionnaireNames: { ...questionnaireNames },
    status: row.status as AssessmentStatus,
    assessedOn: row.assessed_on,
    profile: ((row.result as ScoredResult | null)?.profile ?? null) as Profile | null,
    assessorName: fullName(row.assessor_first_name, row.assessor_last_name),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    version: row.version,
  };
}

export function presentAssessment(
  row: AssessmentRow,
  view: { questionnaireNames: Localised; answers: Answers; masked: string[]; seesSensitive: boolean; services: ServiceNames; comparison: Comparison | null },
): Assessment {
  return {
    ...presentSummary(row, view.questionnaireNames),
    organisationId: row.organisation_id,
    participantName: `${row.participant_first_name} ${row.participant_last_name}`,
    answers: view.answers,
    maskedQuestions: view.masked,
    seesSensitive: view.seesSensitive,
    result: presentResult(row.result as ScoredResult | null, view.services),
    comparison: view.comparison,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentQuestionnaireSummary(questionnaire: Questionnaire, language: Language): QuestionnaireSummary {
  return {
    key: questionnaire.key,
    version: questionnaire.version,
    name: questionnaire.name[language],
    names: { ...questionnaire.name },
    description: { ...questionnaire.description },
    domains: questionnaire.domains.length,
    questions: questionnaire.domains.reduce((sum, d) => sum + d.questions.length, 0),
  };
}
