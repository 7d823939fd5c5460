import { useState } from 'react';
import { LIMITS } from '../../contracts/limits.ts';

/** A filter's fields as typed (draft) and as last applied with "Search". */
export function useDraft<T extends object>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const [applied, setApplied] = useState(initial);
  return {
    draft,
    applied,
    set: <K extends keyof T>(key: K) => (value: T[K]) => setDraft((d) => ({ ...d, [key]: value })),
    apply: () => setApplied(draft),
  };
}

/** A paged list's filter: applying it goes back to the first page. */
export function usePagedFilter<T extends object>(initial: T) {
  const filter = useDraft(initial);
  const [page, setPage] = useState(1);
  return {
    draft: filter.draft,
    set: filter.set,
    apply: () => {
      filter.apply();
      setPage(1);
    },
    /** What the list query asks for. */
    query: { ...filter.applied, page, pageSize: LIMITS.pageSizeDefault },
    setPage,
  };
}
