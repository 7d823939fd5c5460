import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ComboBox, ListBoxItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Occupation } from '../../../contracts/occupations.ts';
import { Button } from '../ui/button.tsx';
import { LookupParts } from './lookup-parts.tsx';
import { occupationText, useOccupationNames, useOccupationSearch } from '../../lib/occupations.ts';

// Choosing ISCO-08 occupations (decision 0029): a combobox that searches the classification
// as one types a code or a word of the name ("suvirint", "7212"), in the user's language.
// `OccupationsField` keeps several codes as a list with a remove button each.

/** What was typed, once typing has paused, so each key press does not ask the server. */
function useSettled(text: string, ms = 200): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

interface PickerProps {
  id?: string;
  label: string;
  description?: string;
  isRequired?: boolean;
  errorMessage?: string;
  /** The chosen code, shown in the input when not typing. */
  selected: string | null;
  selectedText: string;
  /** Codes not to offer (already chosen in a list). */
  exclude?: readonly string[];
  onPick(code: string | null, label?: string): void;
  /** Empty the input after a pick (adding to a list). */
  clearAfterPick?: boolean;
}

function OccupationPicker({ id, label, description, isRequired, errorMessage, selected, selectedText, exclude = [], onPick, clearAfterPick }: PickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  // When adding to a list, React Aria writes the picked item's text into the input: not typing.
  const justPicked = useRef<string | null>(null);
  const shown = typed ?? selectedText;
  const settled = useSettled(typed ?? '');
  const search = useOccupationSearch(settled, typed !== null && settled.trim() !== '');
  const items = useMemo(() => {
    const found: Occupation[] = (typed !== null && settled.trim() !== '' ? search.data?.items ?? [] : []).filter((item) => !exclude.includes(item.code));
    return found;
  }, [typed, settled, search.data, exclude]);

  return (
    <ComboBox
      id={id}
      className="field combobox"
      items={items}
      inputValue={shown}
      selectedKey={clearAfterPick ? null : selected}
      onInputChange={(text) => {
        // React Aria puts the chosen item's text back on blur: that is not typing.
        if (clearAfterPick && text === justPicked.current) {
          justPicked.current = null;
          setTyped('');
          return;
        }
        if (text === selectedText && !clearAfterPick) {
          setTyped(null);
          return;
        }
        setTyped(text);
        if (text.trim() === '' && selected !== null && !clearAfterPick) onPick(null);
      }}
      onSelectionChange={(key) => {
        if (key === null) return;
        const item = items.find((candidate) => candidate.code === String(key));
        const text = item ? `${item.code} ${item.name}` : undefined;
        if (clearAfterPick) justPicked.current = text ?? null;
        onPick(String(key), text);
        setTyped(clearAfterPick ? '' : null);
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isRequired={isRequired}
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <LookupParts<Occupation>
        label={label}
        isRequired={isRequired}
        description={description ?? t('employers.picker.searchHint')}
        errorMessage={errorMessage}
        emptyText={typed === null || typed.trim() === '' ? t('employers.picker.typeToSearch') : search.isFetching ? t('employers.picker.searching') : t('employers.picker.noneFound')}
      >
        {(item) => (
          <ListBoxItem id={item.code} className="combobox-option" textValue={`${item.code} ${item.name}`}>
            <span className="combobox-code">{item.code}</span> {item.name}
          </ListBoxItem>
        )}
      </LookupParts>
    </ComboBox>
  );
}

export interface OccupationFieldProps {
  id?: string;
  label: string;
  value: string | null;
  onChange(code: string | null): void;
  isRequired?: boolean;
  errorMessage?: string;
  description?: string;
}

/** One ISCO-08 unit group: "7212 Suvirintojai". */
export function OccupationField({ id, label, value, onChange, isRequired, errorMessage, description }: OccupationFieldProps) {
  const names = useOccupationNames(value ? [value] : []);
  // The picked item's text until its name has loaded, so the input never shows a bare code.
  const [picked, setPicked] = useState<{ code: string; text: string } | null>(null);
  const selectedText = value === null ? '' : names.has(value) ? occupationText(value, names) : picked?.code === value ? picked.text : value;
  return (
    <OccupationPicker
      id={id}
      label={label}
      description={description}
      isRequired={isRequired}
      errorMessage={errorMessage}
      selected={value}
      selectedText={selectedText}
      onPick={(code, text) => {
        if (code !== null && text) setPicked({ code, text });
        onChange(code);
      }}
    />
  );
}

export interface OccupationsFieldProps {
  id?: string;
  label: string;
  value: string[];
  onChange(codes: string[]): void;
  errorMessage?: string;
  description?: string;
}

/** Several unit groups (target jobs, work experience): the chosen ones listed, each removable, and a combobox to add. */
export function OccupationsField({ id, label, value, onChange, errorMessage, description }: OccupationsFieldProps) {
  const { t } = useTranslation();
  const names = useOccupationNames(value);
  const listId = useId();
  return (
    <div className="occupations-field">
      <OccupationPicker
        id={id}
        label={label}
        description={description}
        errorMessage={errorMessage}
        selected={null}
        selectedText=""
        exclude={value}
        clearAfterPick
        onPick={(code) => {
          if (code !== null && !value.includes(code)) onChange([...value, code]);
        }}
      />
      {value.length > 0 ? (
        <ul className="chip-list" id={listId} aria-label={t('employers.picker.chosen', { label })}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{occupationText(code, names)}</span>
              <Button variant="quiet" onPress={() => onChange(value.filter((item) => item !== code))} aria-label={t('employers.picker.remove', { name: occupationText(code, names) })}>
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Shows codes as "2512 Programinės įrangos kūrėjai" in the user's language (for pages and lists). */
export function OccupationNames({ codes }: { codes: readonly string[] }) {
  const names = useOccupationNames(codes);
  if (codes.length === 0) return null;
  return <>{codes.map((code) => occupationText(code, names)).join('; ')}</>;
}

export { occupationText, useOccupationNames } from '../../lib/occupations.ts';
