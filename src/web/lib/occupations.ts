import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Occupation, OccupationDetail, OccupationList } from '../../contracts/occupations.ts';
import { api, withQuery } from './api-client.ts';

// ISCO-08 occupations for pickers and labels. The classification does not change while the
// app runs, so answers are kept for the whole visit.

export function useOccupationSearch(q: string, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['occupations', 'search', i18n.language, q.trim()],
    queryFn: () => api<OccupationList>(withQuery('/api/occupations', { q: q.trim(), limit: 30 })),
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function occupationQuery(code: string, language: string) {
  return {
    queryKey: ['occupations', 'one', language, code],
    queryFn: () => api<OccupationDetail>(`/api/occupations/${encodeURIComponent(code)}`),
    staleTime: Infinity,
  };
}

export function useOccupation(code: string | null) {
  const { i18n } = useTranslation();
  return useQuery({ ...occupationQuery(code ?? '', i18n.language), enabled: code !== null && code !== '' });
}

/** The names of these codes in the user's language, by code (missing until loaded). */
export function useOccupationNames(codes: readonly string[]): Map<string, Occupation> {
  const { i18n } = useTranslation();
  const results = useQueries({ queries: codes.map((code) => occupationQuery(code, i18n.language)) });
  const names = new Map<string, Occupation>();
  for (const result of results) if (result.data) names.set(result.data.code, result.data);
  return names;
}

/** "7212 Suvirintojai", or the bare code until its name has loaded. */
export function occupationText(code: string, names: Map<string, Occupation>): string {
  const occupation = names.get(code);
  return occupation ? `${occupation.code} ${occupation.name}` : code;
}
