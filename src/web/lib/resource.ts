import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery, type Page, type Query } from './api-client.ts';

// The hooks every kind of record under /api/<resource> has: a page of the list, one
// record, create and update. Query keys are [resource, 'list', filter] and
// [resource, 'one', id]; a change makes the resource and the other named ones stale.

export function useRecordList<T>(resource: string, filter: Query) {
  return useQuery({
    queryKey: [resource, 'list', filter],
    queryFn: () => api<Page<T>>(withQuery(`/api/${resource}`, filter)),
    placeholderData: keepPreviousData,
  });
}

export function useRecord<T>(resource: string, id: string) {
  return useQuery({ queryKey: [resource, 'one', id], queryFn: () => api<T>(`/api/${resource}/${id}`) });
}

export function useCreateRecord<T, Body>(resource: string, alsoStale: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api<T>(`/api/${resource}`, { method: 'POST', body }),
    onSuccess: () => {
      for (const key of [resource, ...alsoStale]) void client.invalidateQueries({ queryKey: [key] });
    },
  });
}

export function useUpdateRecord<T, Body>(resource: string, id: string, alsoStale: readonly string[] = []) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api<T>(`/api/${resource}/${id}`, { method: 'PATCH', body }),
    onSuccess: (record) => {
      client.setQueryData([resource, 'one', id], record);
      for (const key of [resource, ...alsoStale]) void client.invalidateQueries({ queryKey: [key] });
    },
  });
}
