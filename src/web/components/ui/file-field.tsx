import { useTranslation } from 'react-i18next';

interface FileFieldProps {
  id: string;
  label: string;
  /** What files are accepted and how large, said before the field. */
  description: string;
  /** The input's accept attribute: extensions and types the file dialog offers first. */
  accept: string;
  onChange: (file: File | null) => void;
  error?: string;
  isRequired?: boolean;
}

// A native file input: the browser's own button and file dialog work with every
// keyboard and screen reader. The hint and the error are linked with aria-describedby.
export function FileField({ id, label, description, accept, onChange, error, isRequired }: FileFieldProps) {
  const { t } = useTranslation();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{label}</label>
        {isRequired ? <span className="field-required"> {t('form.required')}</span> : null}
      </span>
      <p id={descriptionId} className="field-description">{description}</p>
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        aria-required={isRequired ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      {error ? <p id={errorId} className="field-error">{error}</p> : null}
    </div>
  );
}
