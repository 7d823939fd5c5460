import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../contracts/limits.ts';
import { Button } from './button.tsx';
import { TextField } from './text-field.tsx';

// A filter form: fields change nothing until "Search" is pressed, so a slow
// connection is not asked for a new list on every key.
export function FilterForm({ onApply, children }: { onApply: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="filters" role="search" aria-label={t('filters.label')} onSubmit={submit} noValidate>
      <div className="filters-fields">{children}</div>
      <div className="filters-actions">
        <Button type="submit">{t('filters.apply')}</Button>
      </div>
    </form>
  );
}

/** The free-text search of a list's filter. */
export function SearchField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return <TextField id={id} label={t('filters.search')} type="search" value={value} onChange={onChange} maxLength={LIMITS.searchMax} />;
}
