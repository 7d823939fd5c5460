import { useTranslation } from 'react-i18next';

export interface SelectOption { value: string; label: string }

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of a first, empty choice ("All", "Choose…"); none when omitted. */
  emptyLabel?: string;
  error?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
}

// A native <select>: it works the same with a keyboard, a screen reader, a phone and
// an old village-centre computer, which a custom list box cannot promise.
export function SelectField({ id, label, value, onChange, options, emptyLabel, error, isRequired, isDisabled }: SelectFieldProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {isRequired ? <span className="field-required"> {t('form.required')}</span> : null}
      </span>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={isDisabled}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
    </div>
  );
}
