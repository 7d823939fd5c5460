import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MyFidelity, ProgrammeFidelity } from '../../../../contracts/fidelity.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

/** A period as typed in the filter; empty dates leave the server's default (the 12 weeks ending today). */
export interface PeriodFilter {
  from: string;
  to: string;
}

export function useProgrammeFidelity(programmeId: string, period: PeriodFilter, enabled = true) {
  return useQuery({
    queryKey: ['fidelity', 'programme', programmeId, period],
    queryFn: () => api<ProgrammeFidelity>(withQuery('/api/fidelity', { programmeId, ...period })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMyFidelity(period: PeriodFilter) {
  return useQuery({
    queryKey: ['fidelity', 'me', period],
    queryFn: () => api<MyFidelity>(withQuery('/api/fidelity/me', { ...period })),
    placeholderData: keepPreviousData,
  });
}
