import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  JobAnalysis, JobAnalysisCreate, JobAnalysisUpdate, JobCoaches, SupportedEmploymentPage, SupportedEmploymentStageChange,
  SupportedEmploymentStart, SupportedEmploymentUpdate, VocationalProfile, VocationalProfileSave,
} from '../../../../contracts/supported-employment.ts';
import type { CaseEmployerContacts, EmployerContact, EmployerContactCreate } from '../../../../contracts/employers.ts';
import type { CasePlacements } from '../../../../contracts/placements.ts';
import type { VacancyPage } from '../../../../contracts/vacancies.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// The supported-employment page of a case. Its reads are audited on the server, so they are
// not read again just because time passed: a change answers with the page as it now is.

const pageKey = (caseId: string) => ['supported-employment', caseId] as const;
export type JobCoach = Static<typeof JobCoaches>[number];

export function useSupportedEmployment(caseId: string) {
  return useQuery({
    queryKey: pageKey(caseId),
    queryFn: () => api<SupportedEmploymentPage>(`/api/cases/${caseId}/supported-employment`),
    staleTime: Infinity,
  });
}

export function useJobCoaches(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...pageKey(caseId), 'coaches'],
    queryFn: () => api<JobCoach[]>(`/api/cases/${caseId}/supported-employment/coaches`),
    enabled,
    staleTime: 60_000,
  });
}

/** Every change of the process answers with the page: shown at once; the case and its timeline read again. */
function useProcessChange<Body>(caseId: string, request: (body: Body) => Promise<SupportedEmploymentPage>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (page) => {
      client.setQueryData(pageKey(caseId), page);
      void client.invalidateQueries({ queryKey: ['cases', 'one', caseId] });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
    },
  });
}

export const useStartSupportedEmployment = (caseId: string) =>
  useProcessChange<SupportedEmploymentStart>(caseId, (body) => api(`/api/cases/${caseId}/supported-employment`, { method: 'POST', body }));

export const useUpdateSupportedEmployment = (caseId: string) =>
  useProcessChange<SupportedEmploymentUpdate>(caseId, (body) => api(`/api/cases/${caseId}/supported-employment`, { method: 'PATCH', body }));

export const useChangeSupportedEmploymentStage = (caseId: string) =>
  useProcessChange<SupportedEmploymentStageChange>(caseId, (body) => api(`/api/cases/${caseId}/supported-employment/stage`, { method: 'POST', body }));

/** Saving the profile changes what the next stage waits for: the page is read again. */
export function useSaveVocationalProfile(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VocationalProfileSave) => api<VocationalProfile>(`/api/cases/${caseId}/vocational-profile`, { method: 'PUT', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: pageKey(caseId) });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
    },
  });
}

export function useSaveJobAnalysis(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: JobAnalysisCreate | JobAnalysisUpdate }) =>
      id === null
        ? api<JobAnalysis>(`/api/cases/${caseId}/job-analyses`, { method: 'POST', body })
        : api<JobAnalysis>(`/api/job-analyses/${id}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: pageKey(caseId) });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
    },
  });
}

// ── The job-finding log (employer contacts, H1) and placements (H3) of the case ─────────

const contactsKey = (caseId: string) => [...pageKey(caseId), 'employer-contacts'] as const;

export function useCaseEmployerContacts(caseId: string) {
  return useQuery({
    queryKey: contactsKey(caseId),
    queryFn: () => api<CaseEmployerContacts>(`/api/cases/${caseId}/employer-contacts`),
    staleTime: Infinity,
  });
}

/** A contact made for this person joins their job-finding log, and may open the next stage. */
export function useRecordEmployerContact(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ employerId, body }: { employerId: string; body: EmployerContactCreate }) =>
      api<EmployerContact>(`/api/employers/${employerId}/contacts`, { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: pageKey(caseId) });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
    },
  });
}

export function useCasePlacements(caseId: string) {
  return useQuery({
    queryKey: [...pageKey(caseId), 'placements'],
    queryFn: () => api<CasePlacements>(`/api/cases/${caseId}/placements`),
    staleTime: 60_000,
  });
}

/** The open vacancies of one employer, for naming the job a job analysis is about. */
export { useEmployerOpenVacancies } from '../../../lib/lookups.ts';
