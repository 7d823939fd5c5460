import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: string;
  isRequired?: boolean;
  type?: 'text' | 'email' | 'password' | 'tel' | 'search' | 'date' | 'number';
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
  multiline?: boolean;
  maxLength?: number;
  name?: string;
}

// A labelled text input. Errors come from the server (or the form) and are shown
// under the field, linked with aria-describedby; "required" is said in words.
export function TextField({ id, label, value, onChange, error, description, isRequired, type = 'text', autoComplete, inputMode, multiline, maxLength, name }: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <AriaTextField
      id={id}
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      type={type === 'number' ? 'text' : type}
      autoComplete={autoComplete}
      inputMode={inputMode}
      maxLength={maxLength}
      name={name}
    >
      <span className="field-label">
        <Label>{label}</Label>
        {isRequired ? <span className="field-required"> {t('form.required')}</span> : null}
      </span>
      {description ? <Text slot="description" className="field-description">{description}</Text> : null}
      {multiline ? <TextArea rows={3} /> : <Input />}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
