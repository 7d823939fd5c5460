import type { ReactNode } from 'react';
import { Button as AriaButton, FieldError, Input, Label, ListBox, Popover, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface LookupPartsProps<T extends object> {
  label: string;
  isRequired?: boolean;
  description: string;
  errorMessage?: string;
  /** Said in the list when there is nothing to choose: "type to search", "searching…", "none found". */
  emptyText: string;
  children: (item: T) => ReactNode;
}

/** The inside of a lookup combobox (label, hint, input with its button, error, list), the same for every picker. */
export function LookupParts<T extends object>({ label, isRequired, description, errorMessage, emptyText, children }: LookupPartsProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <span className="field-label">
        <Label>{label}</Label>
        {isRequired ? <span className="field-required"> {t('form.required')}</span> : null}
      </span>
      <Text slot="description" className="field-description">{description}</Text>
      <div className="combobox-control">
        <Input />
        <AriaButton className="button button-secondary combobox-button" aria-label={t('employers.picker.showChoices')}>
          <span aria-hidden="true">▾</span>
        </AriaButton>
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="combobox-popover" placement="bottom start">
        <ListBox<T> className="combobox-list" renderEmptyState={() => <p className="combobox-empty">{emptyText}</p>}>
          {children}
        </ListBox>
      </Popover>
    </>
  );
}
