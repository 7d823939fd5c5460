import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../lib/api-client.ts';
import { Pagination } from './pagination.tsx';
import { QueryState } from './query-state.tsx';

interface PagedResultsProps<T> {
  list: { isPending: boolean; error: unknown; data?: Page<T> | undefined };
  onPage: (page: number) => void;
  /** The table for a page that has rows. */
  children: (page: Page<T>) => ReactNode;
}

/** A list's answer: loading or error, "nothing found", or the table with pagination under it. */
export function PagedResults<T>({ list, onPage, children }: PagedResultsProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        list.data.items.length === 0 ? (
          <p>{t('common.nothingFound')}</p>
        ) : (
          <>
            {children(list.data)}
            <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={onPage} />
          </>
        )
      ) : null}
    </>
  );
}
