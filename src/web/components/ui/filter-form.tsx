import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

// A filter form: fields change nothing until "Search" is pressed, so a slow
// connection is not asked for a new list on every key.
export function FilterForm({ label, onApply, children }: { label: string; onApply: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={submit} noValidate>
      <div className="filters-fields">{children}</div>
      <div className="filters-actions">
        <Button type="submit">{t('filters.apply')}</Button>
      </div>
    </form>
  );
}

export function useDraft<T>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const [applied, setApplied] = useState(initial);
  return { draft, setDraft, applied, apply: () => setApplied(draft), setApplied };
}
