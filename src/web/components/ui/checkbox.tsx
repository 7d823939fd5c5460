import { Checkbox as AriaCheckbox } from 'react-aria-components';

interface CheckboxProps {
  id?: string;
  label: string;
  isSelected: boolean;
  onChange: (value: boolean) => void;
}

export function Checkbox({ id, label, isSelected, onChange }: CheckboxProps) {
  return (
    <AriaCheckbox id={id} className="checkbox" isSelected={isSelected} onChange={onChange}>
      <span className="checkbox-box" aria-hidden="true">{isSelected ? '✓' : ''}</span>
      <span>{label}</span>
    </AriaCheckbox>
  );
}
