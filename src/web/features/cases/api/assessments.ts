import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Assessment, AssessmentComplete, AssessmentCreate, AssessmentSummary, AssessmentUpdate, Questionnaire, QuestionnaireSummary,
} from '../../../../contracts/assessments.ts';
import { api } from '../../../lib/api-client.ts';

// Assessments of a case. Every read of an assessment is audited on the server (answers
// are personal data), so it is not read again just because time passed: each save answers
// with the assessment as stored, which replaces the copy on screen.

const oneKey = (id: string) => ['assessments', 'one', id] as const;
const caseKey = (caseId: string) => ['assessments', 'case', caseId] as const;

/** The latest version of each questionnaire, to choose from when starting one. */
export function useQuestionnaires() {
  return useQuery({ queryKey: ['questionnaires', 'latest'], queryFn: () => api<QuestionnaireSummary[]>('/api/questionnaires'), staleTime: Infinity });
}

/** One version of a questionnaire: published versions never change. */
export function useQuestionnaire(key: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['questionnaires', key, version],
    queryFn: () => api<Questionnaire>(`/api/questionnaires/${key}/${version}`),
    enabled: key !== undefined && version !== undefined,
    staleTime: Infinity,
  });
}

export function useCaseAssessments(caseId: string) {
  return useQuery({ queryKey: caseKey(caseId), queryFn: () => api<AssessmentSummary[]>(`/api/cases/${caseId}/assessments`), staleTime: Infinity });
}

export function useAssessment(id: string) {
  return useQuery({ queryKey: oneKey(id), queryFn: () => api<Assessment>(`/api/assessments/${id}`), staleTime: Infinity });
}

/** Re-reads the assessment on purpose (after someone else saved it). */
export function useReloadAssessment(id: string) {
  const client = useQueryClient();
  return async () => {
    const fresh = await api<Assessment>(`/api/assessments/${id}`);
    client.setQueryData(oneKey(id), fresh);
    return fresh;
  };
}

/**
 * Starting, saving and completing answer with the assessment. Starting and completing
 * also change the case's list, timeline and next stages; a draft save changes none of them.
 */
function useAssessmentChange<Body>(request: (body: Body) => Promise<Assessment>, caseChanges: boolean) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (assessment) => {
      client.setQueryData(oneKey(assessment.id), assessment);
      if (!caseChanges) return;
      void client.invalidateQueries({ queryKey: caseKey(assessment.caseId) });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export const useStartAssessment = (caseId: string) =>
  useAssessmentChange<AssessmentCreate>((body) => api<Assessment>(`/api/cases/${caseId}/assessments`, { method: 'POST', body }), true);

export const useSaveAssessment = (id: string) =>
  useAssessmentChange<AssessmentUpdate>((body) => api<Assessment>(`/api/assessments/${id}`, { method: 'PATCH', body }), false);

export const useCompleteAssessment = (id: string) =>
  useAssessmentChange<AssessmentComplete>((body) => api<Assessment>(`/api/assessments/${id}/complete`, { method: 'POST', body }), true);
