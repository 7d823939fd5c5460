import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_KINDS, TARGET_GROUPS, type Rule, type RuleKind } from '../../../../contracts/eligibility.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { announce } from '../../../lib/announce.ts';
import { fieldId } from '../../../lib/form-errors.ts';
import { todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useAddRuleSet } from '../api/programmes.ts';
import { useDescribeRule } from './rule-sentences.tsx';

// The rule editor: a form, not JSON. A condition is either a group ("all of", "any
// of", "not") holding further conditions, or one check with its own fields. Numbers
// stay text while typed; the server checks the tree and names any problem by its path
// (rules.rules.1.min), which is also the id of the field here.

const FORM = 'rule-editor';
interface Node {
  kind: RuleKind;
  name?: string;
  min: string; max: string; moreThan: string; atLeastMonths: string;
  groups: string[]; municipalities: string;
  children: Node[];
}

const blank = (kind: RuleKind): Node => ({
  kind, min: '', max: '', moreThan: '', atLeastMonths: '', groups: [], municipalities: '',
  children: kind === 'not' ? [blank('age')] : kind === 'all' || kind === 'any' ? [blank('age')] : [],
});

export function toNode(rule: Rule): Node {
  const node = { ...blank(rule.kind), children: [] as Node[], ...(rule.name ? { name: rule.name } : {}) };
  switch (rule.kind) {
    case 'all': case 'any': return { ...node, children: rule.rules.map(toNode) };
    case 'not': return { ...node, children: [toNode(rule.rule)] };
    case 'age': return { ...node, min: rule.min?.toString() ?? '', max: rule.max?.toString() ?? '' };
    case 'registered_unemployed_months': case 'not_working_months': return { ...node, moreThan: String(rule.moreThan) };
    case 'social_assistance': return { ...node, atLeastMonths: rule.atLeastMonths?.toString() ?? '' };
    case 'target_group': return { ...node, groups: rule.groups };
    case 'municipality': return { ...node, municipalities: rule.municipalities.join(', ') };
    default: return node;
  }
}

/** Typed numbers go as numbers when they are numbers; anything else is sent as typed, for the server to name. */
const num = (text: string): number | string => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);

export function toRule(node: Node): unknown {
  const named = node.name ? { name: node.name } : {};
  switch (node.kind) {
    case 'all': case 'any': return { ...named, kind: node.kind, rules: node.children.map(toRule) };
    case 'not': return { ...named, kind: 'not', rule: node.children[0] ? toRule(node.children[0]) : undefined };
    case 'age': return { ...named, kind: 'age', ...(node.min.trim() ? { min: num(node.min) } : {}), ...(node.max.trim() ? { max: num(node.max) } : {}) };
    case 'registered_unemployed_months': case 'not_working_months': return { ...named, kind: node.kind, moreThan: num(node.moreThan) };
    case 'social_assistance': return { ...named, kind: node.kind, ...(node.atLeastMonths.trim() ? { atLeastMonths: num(node.atLeastMonths) } : {}) };
    case 'target_group': return { ...named, kind: node.kind, groups: node.groups };
    case 'municipality': return { ...named, kind: node.kind, municipalities: node.municipalities.split(',').map((m) => m.trim()).filter(Boolean) };
    default: return { ...named, kind: node.kind };
  }
}

export function RuleEditor({ programmeId, current, onDone }: { programmeId: string; current: Rule | null; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddRuleSet(programmeId);
  const form = useFormProblem();
  const [root, setRoot] = useState<Node>(current ? toNode(current) : blank('all'));
  const [effectiveFrom, setEffectiveFrom] = useState(todayIso());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submitted();
    add.mutate({ effectiveFrom, rules: toRule(root) as { kind: string } }, {
      onSuccess: (ruleSet) => { announce(t('rules.saved', { version: ruleSet.version })); onDone(); },
      onError: form.failed,
    });
  };

  return (
    <form className="form rule-editor" onSubmit={submit} noValidate aria-label={t('rules.newVersion')}>
      <FormProblemSummary form={FORM} problem={form.problem} attempt={form.attempt} labelOf={(field) => (field === 'effectiveFrom' ? t('rules.effectiveFrom') : t('rules.conditionAt', { path: pathLabel(field) }))} />
      <TextField id={fieldId(FORM, 'effectiveFrom')} label={t('rules.effectiveFrom')} description={t('rules.effectiveFromHint')} type="date" value={effectiveFrom} onChange={setEffectiveFrom} error={form.problem?.fields.effectiveFrom} isRequired />
      <NodeEditor node={root} path="rules" onChange={setRoot} errors={form.problem?.fields ?? {}} depth={0} />
      <div className="form-actions">
        <Button type="submit" isDisabled={add.isPending}>{t('rules.save')}</Button>
        <Button variant="secondary" onPress={onDone}>{t('form.cancel')}</Button>
      </div>
    </form>
  );
}

/** "rules.rules.1.rules.0.min" → "1.2.1" (the condition's number as the editor shows it; the whole tree is 1). */
export function pathLabel(path: string): string {
  const numbers = [...path.matchAll(/\.rules\.(\d+)|\.rule(?=\.|$)/g)].map((m) => (m[1] === undefined ? '1' : String(Number(m[1]) + 1)));
  return ['1', ...numbers].join('.');
}

interface NodeEditorProps {
  node: Node;
  path: string;
  depth: number;
  errors: Record<string, string>;
  onChange: (node: Node) => void;
  onRemove?: () => void;
}

function NodeEditor({ node, path, depth, errors, onChange, onRemove }: NodeEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useDescribeRule();
  const id = (field: string) => fieldId(FORM, field ? `${path}.${field}` : path);
  const set = (patch: Partial<Node>) => onChange({ ...node, ...patch });
  const number = pathLabel(path);
  const isGroup = node.kind === 'all' || node.kind === 'any' || node.kind === 'not';
  const ownError = errors[path] ?? errors[`${path}.kind`] ?? errors[`${path}.rules`] ?? errors[`${path}.rule`];
  const childPath = (index: number) => (node.kind === 'not' ? `${path}.rule` : `${path}.rules.${index}`);

  return (
    <fieldset className={`rule-node rule-depth-${Math.min(depth, 3)}`} id={id('rules')} tabIndex={-1}>
      <legend>{t('rules.condition', { number })}</legend>
      <SelectField
        id={id('kind')} label={t('rules.kind')} value={node.kind}
        onChange={(kind) => onChange({ ...blank(kind as RuleKind), ...(node.name ? { name: node.name } : {}) })}
        options={RULE_KINDS.map((kind) => ({ value: kind, label: t(`rules.kinds.${kind}`) }))}
      />
      {ownError ? <p className="field-error">{ownError}</p> : null}
      {node.kind === 'age' ? (
        <div className="rule-fields">
          <TextField id={id('min')} label={t('rules.ageMin')} inputMode="numeric" value={node.min} onChange={(min) => set({ min })} error={errors[`${path}.min`]} />
          <TextField id={id('max')} label={t('rules.ageMax')} inputMode="numeric" value={node.max} onChange={(max) => set({ max })} error={errors[`${path}.max`]} />
        </div>
      ) : null}
      {node.kind === 'registered_unemployed_months' || node.kind === 'not_working_months' ? (
        <TextField id={id('moreThan')} label={t('rules.moreThanMonths')} inputMode="numeric" value={node.moreThan} onChange={(moreThan) => set({ moreThan })} error={errors[`${path}.moreThan`]} isRequired />
      ) : null}
      {node.kind === 'social_assistance' ? (
        <TextField id={id('atLeastMonths')} label={t('rules.atLeastMonths')} description={t('rules.atLeastMonthsHint')} inputMode="numeric" value={node.atLeastMonths} onChange={(atLeastMonths) => set({ atLeastMonths })} error={errors[`${path}.atLeastMonths`]} />
      ) : null}
      {node.kind === 'target_group' ? (
        <fieldset className="checkbox-group" id={id('groups')} tabIndex={-1}>
          <legend>{t('rules.groups')}</legend>
          {Object.entries(TARGET_GROUPS).map(([key, label]) => (
            <Checkbox key={key} label={label[language]} isSelected={node.groups.includes(key)}
              onChange={(on) => set({ groups: on ? [...node.groups, key] : node.groups.filter((g) => g !== key) })} />
          ))}
          {errors[`${path}.groups`] ? <p className="field-error">{errors[`${path}.groups`]}</p> : null}
        </fieldset>
      ) : null}
      {node.kind === 'municipality' ? (
        <TextField id={id('municipalities')} label={t('rules.municipalities')} description={t('rules.municipalitiesHint')} value={node.municipalities} onChange={(municipalities) => set({ municipalities })} error={errors[`${path}.municipalities`]} isRequired />
      ) : null}
      {isGroup ? (
        <>
          <p className="field-description">{describe(toRule(node) as Rule)}</p>
          {node.children.map((child, index) => (
            <NodeEditor
              key={index}
              node={child}
              path={childPath(index)}
              depth={depth + 1}
              errors={errors}
              onChange={(changed) => set({ children: node.children.map((c, i) => (i === index ? changed : c)) })}
              {...(node.kind === 'not' ? {} : { onRemove: () => set({ children: node.children.filter((_, i) => i !== index) }) })}
            />
          ))}
          {node.kind === 'not' ? null : (
            <Button variant="secondary" onPress={() => set({ children: [...node.children, blank('age')] })}>{t('rules.addCondition', { number })}</Button>
          )}
        </>
      ) : null}
      {onRemove ? <Button variant="quiet" onPress={onRemove}>{t('rules.remove', { number })}</Button> : null}
    </fieldset>
  );
}
