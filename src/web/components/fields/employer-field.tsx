import { useEffect, useState } from 'react';
import { ComboBox, ListBoxItem } from 'react-aria-components';
import { LookupParts } from './lookup-parts.tsx';
import { useTranslation } from 'react-i18next';
import type { EmployerListItem } from '../../../contracts/employers.ts';
import { municipalityByCode } from '../../../contracts/municipalities.ts';
import { useEmployerSearch } from '../../lib/lookups.ts';

// Choosing an employer of an organisation: a combobox that searches employers by name or
// company code as one types.

function useSettled(text: string, ms = 200): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

export interface EmployerFieldProps {
  id?: string;
  label: string;
  /** The organisation whose employers are offered; all the user may read when null. */
  organisationId: string | null;
  value: string | null;
  onChange(id: string | null): void;
  isRequired?: boolean;
  errorMessage?: string;
  description?: string;
}

export function EmployerField({ id, label, organisationId, value, onChange, isRequired, errorMessage, description }: EmployerFieldProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const settled = useSettled(typed ?? '');
  const scope = organisationId ? { organisationId } : {};
  const chosen = useEmployerSearch({ ...scope, id: value ?? undefined, pageSize: 1 }, value !== null);
  // The name of what was just picked is known at once; the look-up by id is for a value given from outside.
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const chosenName = value ? (picked?.id === value ? picked.name : chosen.data?.items[0]?.name ?? '') : '';
  const searching = typed !== null && settled.trim() !== '';
  const search = useEmployerSearch({ ...scope, q: settled.trim(), pageSize: 20 }, searching);
  const items: EmployerListItem[] = searching ? search.data?.items ?? [] : [];

  return (
    <ComboBox
      id={id}
      className="field combobox"
      items={items}
      inputValue={typed ?? chosenName}
      selectedKey={value}
      onInputChange={(text) => {
        if (text === chosenName) {
          setTyped(null);
          return;
        }
        setTyped(text);
        if (text.trim() === '' && value !== null) onChange(null);
      }}
      onSelectionChange={(key) => {
        if (key === null) return;
        const item = items.find((employer) => employer.id === String(key));
        if (item) setPicked({ id: item.id, name: item.name });
        onChange(String(key));
        setTyped(null);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <LookupParts<EmployerListItem>
        label={label}
        isRequired={isRequired}
        description={description ?? t('employers.picker.employerHint')}
        errorMessage={errorMessage}
        emptyText={!searching ? t('employers.picker.typeToSearch') : search.isFetching ? t('employers.picker.searching') : t('employers.picker.noEmployers')}
      >
        {(item) => (
          <ListBoxItem id={item.id} className="combobox-option" textValue={item.name}>
            {item.name}
            {item.companyCode || item.municipalityCode ? (
              <span className="muted"> · {[item.companyCode, municipalityByCode(item.municipalityCode)?.name].filter(Boolean).join(' · ')}</span>
            ) : null}
          </ListBoxItem>
        )}
      </LookupParts>
    </ComboBox>
  );
}
