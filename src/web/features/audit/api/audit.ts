import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry } from '../../../../contracts/audit.ts';
import { api, withQuery } from '../../../lib/api-client.ts';

export interface AuditFilter { actorId: string; entityType: string; entityId: string; action: string; from: string; to: string }
interface AuditPage { items: AuditEntry[]; nextBefore: string | null }

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) => api<AuditPage>(withQuery('/api/audit', { ...filter, before: pageParam })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
