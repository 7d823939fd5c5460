import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CasePlacements, FollowUpRecord, Placement, PlacementCreate, PlacementEnd, PlacementSupport, PlacementUpdate, SupportCreate,
} from '../../../../contracts/placements.ts';
import { api } from '../../../lib/api-client.ts';

// Placements of a case, one placement's page, its follow-ups and its job support log.
// Recording or changing one makes the case page (stage conditions, suggested outcome),
// its timeline, its services and the tasks stale too.

export function useCasePlacements(caseId: string) {
  return useQuery({ queryKey: ['placements', 'case', caseId], queryFn: () => api<CasePlacements>(`/api/cases/${caseId}/placements`), staleTime: 60_000 });
}

export function usePlacement(id: string) {
  return useQuery({ queryKey: ['placements', 'one', id], queryFn: () => api<Placement>(`/api/placements/${id}`), staleTime: 60_000 });
}

export function usePlacementSupport(id: string) {
  return useQuery({ queryKey: ['placements', 'support', id], queryFn: () => api<PlacementSupport>(`/api/placements/${id}/support`), staleTime: 60_000 });
}

function useChanged() {
  const client = useQueryClient();
  return (caseId: string) => {
    void client.invalidateQueries({ queryKey: ['placements'] });
    void client.invalidateQueries({ queryKey: ['tasks'] });
    void client.invalidateQueries({ queryKey: ['reminders'] });
    for (const key of [['cases', 'one', caseId], ['cases', 'timeline', caseId], ['cases', 'services', caseId]]) void client.invalidateQueries({ queryKey: key });
  };
}

export function useRecordPlacement(caseId: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: PlacementCreate) => api<Placement>(`/api/cases/${caseId}/placements`, { method: 'POST', body }),
    onSuccess: () => changed(caseId),
  });
}

export function useUpdatePlacement(placement: Pick<Placement, 'id' | 'caseId'>) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: PlacementUpdate) => api<Placement>(`/api/placements/${placement.id}`, { method: 'PATCH', body }),
    onSuccess: () => changed(placement.caseId),
  });
}

export function useEndPlacement(placement: Pick<Placement, 'id' | 'caseId'>) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: PlacementEnd) => api<Placement>(`/api/placements/${placement.id}/end`, { method: 'POST', body }),
    onSuccess: () => changed(placement.caseId),
  });
}

export function useRecordFollowUp(placement: Pick<Placement, 'id' | 'caseId'>) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ months, ...body }: FollowUpRecord & { months: number }) =>
      api<Placement>(`/api/placements/${placement.id}/follow-ups/${months}`, { method: 'POST', body }),
    onSuccess: () => changed(placement.caseId),
  });
}

export function useLogSupport(placement: Pick<Placement, 'id' | 'caseId'>) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: SupportCreate) => api<PlacementSupport>(`/api/placements/${placement.id}/support`, { method: 'POST', body }),
    onSuccess: () => changed(placement.caseId),
  });
}

export type { Placement, PlacementSupport };
