import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type {
  Consent, ConsentCreate, ConsentWithdraw, Participant, ParticipantCreate, ParticipantListItem, ParticipantPage, ParticipantUpdate, SpecialData, SpecialDataUpdate,
} from '../../../../contracts/participants.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { useCreateRecord, useRecord, useUpdateRecord } from '../../../lib/resource.ts';

// The registry answers in keyset pages (nextCursor), not numbered ones: "Load more"
// asks for the page after the last row shown, which stays fast at any depth.

export interface ParticipantFilter { q: string; municipality: string; labourMarketStatus: string; targetGroup: string }
type Page = Static<typeof ParticipantPage> & { items: ParticipantListItem[] };

export function useParticipants(filter: ParticipantFilter) {
  return useInfiniteQuery({
    queryKey: ['participants', 'list', filter],
    queryFn: ({ pageParam }) => api<Page>(withQuery('/api/participants', { ...filter, pageSize: LIMITS.pageSizeDefault, cursor: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export const useParticipant = (id: string) => useRecord<Participant>('participants', id);
export const useCreateParticipant = () => useCreateRecord<Participant, ParticipantCreate>('participants');
export const useUpdateParticipant = (id: string) => useUpdateRecord<Participant, ParticipantUpdate>('participants', id);

export function useConsents(participantId: string) {
  return useQuery({ queryKey: ['participants', 'consents', participantId], queryFn: () => api<Consent[]>(`/api/participants/${participantId}/consents`) });
}

/** Recording or withdrawing a consent changes the profile's warnings too. */
function useConsentMutation<Body>(path: (body: Body) => string, participantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api<Consent>(path(body), { method: 'POST', body: stripKey(body) }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['participants', 'consents', participantId] });
      void client.invalidateQueries({ queryKey: ['participants', 'one', participantId] });
      void client.invalidateQueries({ queryKey: ['participants', 'special', participantId] });
    },
  });
}

function stripKey<Body>(body: Body): unknown {
  if (body && typeof body === 'object' && 'consentId' in body) {
    const { consentId: _id, ...rest } = body as Record<string, unknown>;
    return rest;
  }
  return body;
}

export const useRecordConsent = (participantId: string) =>
  useConsentMutation<ConsentCreate>(() => `/api/participants/${participantId}/consents`, participantId);
export const useWithdrawConsent = (participantId: string) =>
  useConsentMutation<ConsentWithdraw & { consentId: string }>((body) => `/api/participants/${participantId}/consents/${body.consentId}/withdraw`, participantId);

export function useSpecialData(participantId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['participants', 'special', participantId],
    queryFn: () => api<SpecialData>(`/api/participants/${participantId}/special`),
    enabled,
    // Every read is audited: do not read again just because the window got focus.
    staleTime: Infinity,
  });
}

/** Saving answers the server already has in hand: no need to read (and audit) them again. */
export function useSaveSpecialData(participantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SpecialDataUpdate) => api<SpecialData>(`/api/participants/${participantId}/special`, { method: 'PUT', body }),
    onSuccess: (data) => client.setQueryData(['participants', 'special', participantId], data),
  });
}
