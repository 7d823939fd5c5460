import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  Case, CaseListItem, CaseloadSummary, CasePage, CaseStaff, CaseStage, CaseTeamUpdate, Handover, StageChange, TimelineEntry, TimelinePage,
} from '../../../../contracts/cases.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// The case itself: caseload, page, stage moves, team, handover, timeline. Query keys
// start with 'cases'; a change to a case makes the case, the caseload and the timeline
// stale, and the person's programme history (closing exits the enrolment).

export interface CaseloadFilter { stage: string; scope: 'mine' | 'organisation'; includeClosed: boolean }
type Page = Static<typeof CasePage> & { items: CaseListItem[] };
type Timeline = Static<typeof TimelinePage> & { items: TimelineEntry[] };
export type StaffMember = Static<typeof CaseStaff>[number];

export function useCaseload(filter: CaseloadFilter) {
  return useInfiniteQuery({
    queryKey: ['cases', 'list', filter],
    queryFn: ({ pageParam }) => api<Page>(withQuery('/api/cases', {
      stage: filter.stage, scope: filter.scope === 'mine' ? undefined : filter.scope, includeClosed: filter.includeClosed || undefined,
      pageSize: LIMITS.pageSizeDefault, cursor: pageParam,
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCaseloadSummary() {
  return useQuery({ queryKey: ['cases', 'summary'], queryFn: () => api<CaseloadSummary>('/api/cases/summary') });
}

export function useCase(id: string) {
  return useQuery({ queryKey: ['cases', 'one', id], queryFn: () => api<Case>(`/api/cases/${id}`) });
}

export function useTimeline(caseId: string) {
  return useInfiniteQuery({
    queryKey: ['cases', 'timeline', caseId],
    queryFn: ({ pageParam }) => api<Timeline>(withQuery(`/api/cases/${caseId}/timeline`, { pageSize: LIMITS.pageSizeDefault, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCaseStaff(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: ['cases', 'staff', caseId], queryFn: () => api<StaffMember[]>(`/api/cases/${caseId}/staff`), enabled, staleTime: 60_000 });
}

/** Every change answers with the case as it now is: shown at once, the rest read again. */
function useCaseChange<Body>(caseId: string, path: string, method: 'POST' | 'PUT') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api<Case>(`/api/cases/${caseId}/${path}`, { method, body }),
    onSuccess: (record) => {
      client.setQueryData(['cases', 'one', caseId], record);
      void client.invalidateQueries({ queryKey: ['cases', 'list'] });
      void client.invalidateQueries({ queryKey: ['cases', 'summary'] });
      void client.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] });
      void client.invalidateQueries({ queryKey: ['enrolments'] });
      // Closing creates the 6-month follow-up task; reopening cancels it.
      void client.invalidateQueries({ queryKey: ['tasks'] });
      void client.invalidateQueries({ queryKey: ['reminders'] });
    },
  });
}

export const useChangeStage = (caseId: string) => useCaseChange<StageChange>(caseId, 'stage', 'POST');
export const useSaveTeam = (caseId: string) => useCaseChange<CaseTeamUpdate>(caseId, 'team', 'PUT');
export const useHandover = (caseId: string) => useCaseChange<Handover>(caseId, 'handover', 'POST');

export type { Case, CaseStage };
