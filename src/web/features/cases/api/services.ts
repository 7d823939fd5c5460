import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaseServicesPage, GroupServiceCreate, GroupServiceResult, ServiceDelivery, ServiceDeliveryCreate, ServiceRemoval, ServiceTypeGroup,
} from '../../../../contracts/services.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Delivered services of a case: the catalogue, the list in keyset pages (newest first,
// totals with the first page), logging and removing. Logging one changes the case's
// stage conditions and its timeline too.

const PAGE_SIZE = 20;

export function useServiceTypes() {
  return useQuery({ queryKey: ['service-types'], queryFn: () => api<ServiceTypeGroup[]>('/api/service-types'), staleTime: 10 * 60_000 });
}

export function useCaseServices(caseId: string) {
  return useInfiniteQuery({
    queryKey: ['cases', 'services', caseId],
    queryFn: ({ pageParam }) => api<CaseServicesPage>(withQuery(`/api/cases/${caseId}/services`, { pageSize: PAGE_SIZE, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

function useAfterChange(caseId: string) {
  const client = useQueryClient();
  return () => {
    for (const key of [['cases', 'services', caseId], ['cases', 'one', caseId], ['cases', 'timeline', caseId]]) {
      void client.invalidateQueries({ queryKey: key });
    }
  };
}

export function useLogService(caseId: string) {
  const changed = useAfterChange(caseId);
  return useMutation({
    mutationFn: (body: ServiceDeliveryCreate) => api<ServiceDelivery>(`/api/cases/${caseId}/services`, { method: 'POST', body }),
    onSuccess: changed,
  });
}

/** One group session for many cases at once: each case's services, page and timeline go stale. */
export function useLogGroupService() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupServiceCreate) => api<GroupServiceResult>('/api/services/group', { method: 'POST', body }),
    onSuccess: (_result, body) => {
      for (const caseId of body.caseIds) {
        for (const key of [['cases', 'services', caseId], ['cases', 'one', caseId], ['cases', 'timeline', caseId]]) {
          void client.invalidateQueries({ queryKey: key });
        }
      }
    },
  });
}

export function useRemoveService(caseId: string) {
  const changed = useAfterChange(caseId);
  return useMutation({
    mutationFn: ({ id, ...body }: ServiceRemoval & { id: string }) => api<void>(`/api/services/${id}`, { method: 'DELETE', body }),
    onSuccess: changed,
  });
}

export type { ServiceDelivery, ServiceTypeGroup };
