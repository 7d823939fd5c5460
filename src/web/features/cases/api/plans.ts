import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Plan, PlanAgreement, PlanGoal, PlanGoalInput, PlanRevision, PlanRevisionSummary, PlanSave } from '../../../../contracts/plans.ts';
import type { ServiceTypeGroup } from '../../../../contracts/services.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { api } from '../../../lib/api-client.ts';

// The individual action plan of a case. Every read of the plan is audited on the server,
// so it is not read again just because time passed: saving answers with the new plan.

const planKey = (caseId: string) => ['plans', caseId] as const;

export function usePlan(caseId: string) {
  return useQuery({ queryKey: planKey(caseId), queryFn: () => api<Plan>(`/api/cases/${caseId}/plan`), staleTime: Infinity });
}

/** A save or an agreement changes the plan, its revisions, and what the case may move to next. */
function usePlanChange<Body>(caseId: string, request: (body: Body) => Promise<Plan>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (plan) => {
      client.setQueryData(planKey(caseId), plan);
      void client.invalidateQueries({ queryKey: [...planKey(caseId), 'revisions'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

export const useSavePlan = (caseId: string) =>
  usePlanChange<PlanSave>(caseId, (body) => api<Plan>(`/api/cases/${caseId}/plan`, { method: 'PUT', body }));

export const useAgreePlan = (caseId: string) =>
  usePlanChange<PlanAgreement>(caseId, (body) => api<Plan>(`/api/cases/${caseId}/plan/agreement`, { method: 'POST', body }));

export function usePlanRevisions(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...planKey(caseId), 'revisions'],
    queryFn: () => api<PlanRevisionSummary[]>(`/api/cases/${caseId}/plan/revisions`),
    enabled,
    staleTime: Infinity,
  });
}

export function usePlanRevision(caseId: string, version: number | null) {
  return useQuery({
    queryKey: [...planKey(caseId), 'revision', version],
    queryFn: () => api<PlanRevision>(`/api/cases/${caseId}/plan/revisions/${version}`),
    enabled: version !== null,
    // A revision never changes once saved.
    staleTime: Infinity,
  });
}

/** The plan as saved now, read again on purpose (after someone else saved it), without replacing the one being edited. */
export const fetchLatestPlan = (caseId: string) => api<Plan>(`/api/cases/${caseId}/plan`);

/** The whole service catalogue, withdrawn types too: an old step may still name one. */
export function useServiceCatalogue() {
  return useQuery({ queryKey: ['service-types', 'all'], queryFn: () => api<ServiceTypeGroup[]>('/api/service-types?all=true'), staleTime: Infinity });
}

/** The printed plan: a plain link, so the browser opens the PDF with the session cookie (the server audits it). */
export const planPdfUrl = (caseId: string, language: Language) => `/api/cases/${caseId}/plan.pdf?language=${language}`;

/** The goals of a plan as read, in the shape a save sends them (the names are the server's to add). */
export function goalsInput(goals: readonly PlanGoal[]): PlanGoalInput[] {
  return goals.map((goal) => ({
    id: goal.id,
    text: goal.text,
    steps: goal.steps.map(({ responsibleName: _name, ...step }) => step),
  }));
}
