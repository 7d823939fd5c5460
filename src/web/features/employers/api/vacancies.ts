import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Vacancy, VacancyCreate, VacancyListQuery, VacancyPage, VacancyUpdate } from '../../../../contracts/vacancies.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

// Vacancies (decision 0030). The server words the minimum-wage warning in the user's language.

export type VacancyFilter = Omit<Partial<VacancyListQuery>, 'cursor' | 'pageSize'>;

export function useVacancies(filter: VacancyFilter) {
  return useInfiniteQuery({
    queryKey: ['vacancies', 'list', filter],
    queryFn: ({ pageParam }) => api<VacancyPage>(withQuery('/api/vacancies', { ...filter, pageSize: LIMITS.pageSizeDefault, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useVacancy(id: string) {
  return useQuery({ queryKey: ['vacancies', 'one', id], queryFn: () => api<Vacancy>(`/api/vacancies/${id}`) });
}

export function useCreateVacancy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VacancyCreate) => api<Vacancy>('/api/vacancies', { method: 'POST', body }),
    onSuccess: (vacancy) => {
      client.setQueryData(['vacancies', 'one', vacancy.id], vacancy);
      void client.invalidateQueries({ queryKey: ['vacancies', 'list'] });
      void client.invalidateQueries({ queryKey: ['employers', 'one', vacancy.employerId] });
    },
  });
}

export function useUpdateVacancy(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VacancyUpdate) => api<Vacancy>(`/api/vacancies/${id}`, { method: 'PATCH', body }),
    onSuccess: (vacancy) => {
      client.setQueryData(['vacancies', 'one', id], vacancy);
      void client.invalidateQueries({ queryKey: ['vacancies', 'list'] });
      void client.invalidateQueries({ queryKey: ['employers', 'one', vacancy.employerId] });
    },
  });
}
