import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Centre, CentreCreate, CentreUpdate } from '../../../../contracts/centres.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export interface CentreFilter { q: string; organisationId: string; page: number; pageSize: number }
interface Page<T> { items: T[]; total: number; page: number; pageSize: number }

export function useCentres(filter: CentreFilter) {
  return useQuery({
    queryKey: ['centres', 'list', filter],
    queryFn: () => api<Page<Centre>>(withQuery('/api/centres', { ...filter })),
    placeholderData: keepPreviousData,
  });
}

export function useCentre(id: string) {
  return useQuery({ queryKey: ['centres', 'one', id], queryFn: () => api<Centre>(`/api/centres/${id}`) });
}

export function useCreateCentre() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CentreCreate) => api<Centre>('/api/centres', { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['centres'] });
      void client.invalidateQueries({ queryKey: ['organisations'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function useUpdateCentre(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CentreUpdate) => api<Centre>(`/api/centres/${id}`, { method: 'PATCH', body }),
    onSuccess: (centre) => {
      client.setQueryData(['centres', 'one', id], centre);
      void client.invalidateQueries({ queryKey: ['centres'] });
      void client.invalidateQueries({ queryKey: ['home'] });
    },
  });
}
