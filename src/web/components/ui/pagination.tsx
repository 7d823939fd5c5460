import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <Button variant="secondary" isDisabled={page <= 1} onPress={() => onPage(page - 1)}>{t('pagination.previous')}</Button>
      <span>{t('pagination.status', { page, pages, total })}</span>
      <Button variant="secondary" isDisabled={page >= pages} onPress={() => onPage(page + 1)}>{t('pagination.next')}</Button>
    </nav>
  );
}
