import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { LIMITS } from '../../../../contracts/limits.ts';
import type {
  CaseEmployerContacts, ContactPerson, ContactPersonCreate, ContactPersonUpdate, Employer, EmployerContact, EmployerContactCreate,
  EmployerContactPage, EmployerCreate, EmployerListQuery, EmployerPage, EmployerUpdate,
} from '../../../../contracts/employers.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Employers, contact persons and employer contacts (decision 0030).

export { useEmployerSearch } from '../../../lib/lookups.ts';

/** The employers list in keyset pages ("show more"). */
export function useEmployerList(filter: Omit<Partial<EmployerListQuery>, 'cursor' | 'pageSize'>) {
  return useInfiniteQuery({
    queryKey: ['employers', 'list', 'pages', filter],
    queryFn: ({ pageParam }) => api<EmployerPage>(withQuery('/api/employers', { ...filter, pageSize: LIMITS.pageSizeDefault, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(id: string) {
  return useQuery({ queryKey: ['employers', 'one', id], queryFn: () => api<Employer>(`/api/employers/${id}`), enabled: id !== '' });
}

export function useCreateEmployer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerCreate) => api<Employer>('/api/employers', { method: 'POST', body }),
    onSuccess: (employer) => {
      client.setQueryData(['employers', 'one', employer.id], employer);
      void client.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}

export function useUpdateEmployer(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerUpdate) => api<Employer>(`/api/employers/${id}`, { method: 'PATCH', body }),
    onSuccess: (employer) => {
      client.setQueryData(['employers', 'one', id], employer);
      void client.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}

function useEmployerChange<T, R>(employerId: string, request: (body: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['employers', 'one', employerId] });
      void client.invalidateQueries({ queryKey: ['employers', 'contacts', employerId] });
      void client.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}

export function useAddContactPerson(employerId: string) {
  return useEmployerChange(employerId, (body: ContactPersonCreate) => api<ContactPerson>(`/api/employers/${employerId}/contact-persons`, { method: 'POST', body }));
}

export function useEditContactPerson(employerId: string) {
  return useEmployerChange(employerId, ({ personId, ...body }: ContactPersonUpdate & { personId: string }) =>
    api<ContactPerson>(`/api/employers/${employerId}/contact-persons/${personId}`, { method: 'PATCH', body }));
}

export function useRemoveContactPerson(employerId: string) {
  return useEmployerChange(employerId, (personId: string) => api<void>(`/api/employers/${employerId}/contact-persons/${personId}`, { method: 'DELETE' }));
}

export function useEmployerContacts(employerId: string) {
  return useInfiniteQuery({
    queryKey: ['employers', 'contacts', employerId],
    queryFn: ({ pageParam }) => api<EmployerContactPage>(withQuery(`/api/employers/${employerId}/contacts`, { cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Records a contact; with a caseId it also refreshes that case's job-finding log and timeline. */
export function useRecordContact(employerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerContactCreate) => api<EmployerContact>(`/api/employers/${employerId}/contacts`, { method: 'POST', body }),
    onSuccess: (contact) => {
      void client.invalidateQueries({ queryKey: ['employers', 'one', employerId] });
      void client.invalidateQueries({ queryKey: ['employers', 'contacts', employerId] });
      void client.invalidateQueries({ queryKey: ['employers', 'list'] });
      if (contact.caseId) {
        void client.invalidateQueries({ queryKey: ['cases', contact.caseId] });
        void client.invalidateQueries({ queryKey: ['employer-contacts', 'case', contact.caseId] });
      }
    },
  });
}

/** A case's job-finding log (employers contacted for the person). */
export function useCaseEmployerContacts(caseId: string) {
  return useQuery({
    queryKey: ['employer-contacts', 'case', caseId],
    queryFn: () => api<CaseEmployerContacts>(`/api/cases/${caseId}/employer-contacts`),
  });
}
