import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../../contracts/eligibility.ts';
import { pathLabel, toNode, toRule } from './rule-editor.tsx';

const kazluRuda: Rule = {
  kind: 'all',
  rules: [
    { kind: 'age', min: 30, name: 'age_30_or_more' },
    { kind: 'any', name: 'long_term_unemployed', rules: [{ kind: 'registered_unemployed_months', moreThan: 12 }, { kind: 'not_working_months', moreThan: 24 }] },
    { kind: 'social_assistance' },
    { kind: 'not', rule: { kind: 'municipality', municipalities: ['Kazlų Rūdos sav.', 'Marijampolės sav.'] } },
    { kind: 'target_group', groups: ['roma', 'refugee'] },
  ],
};

describe('the rule editor', () => {
  it('gives back the rules it was opened with when nothing is changed', () => {
    expect(toRule(toNode(kazluRuda))).toEqual(kazluRuda);
  });

  it('sends a number typed wrong as typed, for the server to name it', () => {
    const node = toNode({ kind: 'age', min: 30 });
    expect(toRule({ ...node, min: '3O', max: ' 65 ' })).toEqual({ kind: 'age', min: '3O', max: 65 });
  });

  it('numbers conditions the way the form shows them, from the server\'s paths', () => {
    expect(pathLabel('rules')).toBe('1');
    expect(pathLabel('rules.rules.1.rules.0.min')).toBe('1.2.1');
    expect(pathLabel('rules.rules.3.rule')).toBe('1.4.1');
  });
});
