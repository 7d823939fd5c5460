import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITIES } from '../../../contracts/municipalities.ts';
import { SelectField } from '../ui/select-field.tsx';

// The 60 municipalities (ISO 3166-2:LT) as a native select, in Lithuanian alphabetical order.

const collator = new Intl.Collator('lt');
export const MUNICIPALITY_OPTIONS = [...MUNICIPALITIES]
  .sort((a, b) => collator.compare(a.name, b.name))
  .map((item) => ({ value: item.code, label: item.name }));

export interface MunicipalityFieldProps {
  id?: string;
  label: string;
  value: string | null;
  onChange(code: string | null): void;
  isRequired?: boolean;
  errorMessage?: string;
  /** The first, empty choice ("Any", "Not given"); "Choose…" when omitted. */
  emptyLabel?: string;
}

export function MunicipalityField({ id, label, value, onChange, isRequired, errorMessage, emptyLabel }: MunicipalityFieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  return (
    <SelectField
      id={id ?? generated}
      label={label}
      value={value ?? ''}
      onChange={(code) => onChange(code === '' ? null : code)}
      options={MUNICIPALITY_OPTIONS}
      emptyLabel={emptyLabel ?? t('employers.picker.chooseMunicipality')}
      isRequired={isRequired}
      error={errorMessage}
    />
  );
}
