import { useQuery } from '@tanstack/react-query';
import type { CaseMatches, VacancyMatches } from '../../../../contracts/matching.ts';
import { ApiError, api, withQuery } from '../../../lib/api-client.ts';

// Matches are computed on each request and every request is audited (decision 0032): they
// are read when the panel opens or the user asks for more, not again because time passed.

const STALE_MS = 5 * 60_000;
/** A refusal the server explains (no consent, no profile, closed case) is an answer, not a failure to retry. */
const retry = (count: number, error: unknown) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2;

export function useVacancyMatches(vacancyId: string, limit: number) {
  return useQuery({
    queryKey: ['matches', 'vacancy', vacancyId, limit],
    queryFn: () => api<VacancyMatches>(withQuery(`/api/vacancies/${vacancyId}/matches`, { limit })),
    staleTime: STALE_MS,
    retry,
  });
}

export function useCaseMatches(caseId: string, limit: number) {
  return useQuery({
    queryKey: ['matches', 'case', caseId, limit],
    queryFn: () => api<CaseMatches>(withQuery(`/api/cases/${caseId}/matches`, { limit })),
    staleTime: STALE_MS,
    retry,
  });
}

/** The server's explained refusals, shown as a message in place of the list. */
export const MATCH_REFUSALS = ['MATCHING.NO_JOB_MEDIATION_CONSENT', 'MATCHING.NO_VOCATIONAL_PROFILE', 'CASE.CLOSED'] as const;

export function refusalOf(error: unknown): { code: string; message: string } | null {
  return error instanceof ApiError && (MATCH_REFUSALS as readonly string[]).includes(error.code) ? { code: error.code, message: error.message } : null;
}
