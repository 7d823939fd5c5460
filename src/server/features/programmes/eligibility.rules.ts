import {
  RULE_KINDS, renderExplanation,
  type EligibilityFacts, type Explanation, type FactName, type LeafRule, type Rule, type RuleResult, type ScreeningResult,
} from '../../../contracts/eligibility.ts';
import type { Language } from '../../../contracts/roles.ts';

// Eligibility is pure: rules + facts + date → result. No database, no clock.
// Dates are 'YYYY-MM-DD' strings (the database hands them over as text), so no time
// zone can shift a day. The arithmetic (docs/decisions/0017-eligibility-rules.md):
//
// - addMonths(d, n): the same day number n calendar months later; when that month is
//   shorter, its last day (2023-01-31 + 1 month = 2023-02-28; 2024-01-31 + 1 = 2024-02-29;
//   2023-02-28 + 12 = 2024-02-28, NOT the 29th: the day number is kept, not "end of month").
//   This is how the Lithuanian Civil Code counts terms in months and years, and how
//   PostgreSQL's `date + interval 'n months'` counts, so SQL and this code agree.
// - "more than N months since S" on date D ⇔ D > addMonths(S, N) (strict: exactly N
//   months is not more than N; the next day is).
// - Age on D = the greatest k with addMonths(birth, 12k) ≤ D. Born 29 February: a year
//   older on 28 February in common years (the same rule; one function for all terms).

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// Hot path of bulk screening: slicing beats a regular expression per call.
function parts(date: string): [number, number, number] {
  if (date.length !== 10 || !DATE.test(date)) throw new Error(`not a date: ${date}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Completed calendar months from `from` to `to` (0 when `to` is before `from`). */
export function completedMonths(from: string, to: string): number {
  if (to < from) return 0;
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const months = (ty - fy) * 12 + (tm - fm);
  // addMonths(from, months) falls in to's month on day min(fd, days in that month);
  // when that day is after `to`, the last month is not complete yet.
  return Math.min(fd, daysInMonth(ty, tm)) > td ? months - 1 : months;
}

/** Completed calendar months from `from` to `to`, and the days beyond them (0, 0 when `to` is before `from`). */
export function elapsed(from: string, to: string): { months: number; days: number } {
  if (to < from) return { months: 0, days: 0 };
  const months = completedMonths(from, to);
  return { months, days: dayNumber(to) - dayNumber(addMonths(from, months)) };
}

/** "More than N months from `since` to `date`": strictly after the day N months later. */
export const moreThanMonths = (since: string, months: number, date: string) => date > addMonths(since, months);

/** Age in completed years on `date` (birthday-based; see the header). */
export function ageOn(birthDate: string, date: string): number {
  return Math.floor(completedMonths(birthDate, date) / 12);
}

// ── Evaluation ─────────────────────────────────────────────────────────────────

export interface LeafOutcome {
  /** Stable name: the rule's own `name`, else its kind (suffixed with #2, #3 … when repeated). */
  rule: string;
  /** Position in the tree, e.g. "rules.1.rules.0". */
  path: string;
  kind: LeafRule['kind'];
  result: RuleResult;
  /** True when the leaf sits under an odd number of NOTs: the set needs it to fail. */
  negated: boolean;
  explanation: Explanation;
}

export interface Evaluation {
  result: ScreeningResult;
  rules: LeafOutcome[];
  /** Facts whose absence keeps the result open (empty when the result is decided). */
  missing: FactName[];
}

interface Node {
  value: RuleResult;
  missing: FactName[];
}

const NO_EXPLANATION: Explanation = { key: 'open', params: {} };

function leaf(rule: LeafRule, facts: EligibilityFacts, date: string, explaining: boolean): { value: RuleResult; explanation: Explanation; missing: FactName[] } {
  const verdict = (ok: boolean): RuleResult => (ok ? 'pass' : 'fail');
  switch (rule.kind) {
    case 'age': {
      const bound = rule.min !== undefined && rule.max !== undefined ? 'age_between' : rule.min !== undefined ? 'age_min' : 'age_max';
      const params: Record<string, number> = {
        ...(rule.min !== undefined ? { min: rule.min } : {}),
        ...(rule.max !== undefined ? { max: rule.max } : {}),
      };
      if (!facts.birthDate) return { value: 'unknown', missing: ['birthDate'], explanation: { key: `${bound}.unknown`, params } };
      const age = ageOn(facts.birthDate, date);
      const ok = (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
      return { value: verdict(ok), missing: [], explanation: { key: `${bound}.known`, params: { ...params, age } } };
    }
    case 'registered_unemployed_months':
    case 'not_working_months': {
      const fact: FactName = rule.kind === 'registered_unemployed_months' ? 'registeredUnemployedSince' : 'notWorkingSince';
      const since = facts[fact] as string | null;
      if (!since) return { value: 'unknown', missing: [fact], explanation: { key: `${rule.kind}.unknown`, params: { moreThan: rule.moreThan } } };
      const value = verdict(moreThanMonths(since, rule.moreThan, date));
      if (!explaining) return { value, missing: [], explanation: NO_EXPLANATION };
      const { months, days } = elapsed(since, date);
      return {
        value,
        missing: [],
        explanation: { key: `${rule.kind}.known`, params: { since, months, days, moreThan: rule.moreThan } },
      };
    }
    case 'social_assistance': {
      const receives = facts.receivesSocialAssistance;
      if (rule.atLeastMonths === undefined) {
        if (receives === null) return { value: 'unknown', missing: ['receivesSocialAssistance'], explanation: { key: 'social_assistance.unknown', params: {} } };
        return { value: verdict(receives), missing: [], explanation: { key: receives ? 'social_assistance.yes' : 'social_assistance.no', params: {} } };
      }
      const atLeastMonths = rule.atLeastMonths;
      if (receives === false) return { value: 'fail', missing: [], explanation: { key: 'social_assistance_months.no', params: { atLeastMonths } } };
      if (receives === null || !facts.socialAssistanceSince) {
        const missing: FactName[] = receives === null ? ['receivesSocialAssistance', 'socialAssistanceSince'] : ['socialAssistanceSince'];
        return { value: 'unknown', missing, explanation: { key: 'social_assistance_months.unknown', params: { atLeastMonths } } };
      }
      const since = facts.socialAssistanceSince;
      const { months } = elapsed(since, date);
      return {
        value: verdict(since <= date && addMonths(since, atLeastMonths) <= date),
        missing: [],
        explanation: { key: 'social_assistance_months.known', params: { since, months, atLeastMonths } },
      };
    }
    case 'target_group': {
      const required = rule.groups.join('|');
      if (facts.targetGroups === null) return { value: 'unknown', missing: ['targetGroups'], explanation: { key: 'target_group.unknown', params: { required } } };
      const ok = rule.groups.some((group) => facts.targetGroups!.includes(group));
      return { value: verdict(ok), missing: [], explanation: { key: 'target_group.known', params: { groups: facts.targetGroups.join('|'), required } } };
    }
    case 'municipality': {
      const required = rule.municipalities.join('|');
      if (!facts.municipality) return { value: 'unknown', missing: ['municipality'], explanation: { key: 'municipality.unknown', params: { required } } };
      const mine = normaliseMunicipality(facts.municipality);
      const ok = rule.municipalities.some((m) => normaliseMunicipality(m) === mine);
      return { value: verdict(ok), missing: [], explanation: { key: 'municipality.known', params: { municipality: facts.municipality, required } } };
    }
    case 'open':
      return { value: 'pass', missing: [], explanation: { key: 'open', params: {} } };
  }
}

/** Municipality names compare without case and surrounding spaces ("Kazlų Rūdos sav." = "kazlų rūdos sav."). */
const normaliseMunicipality = (name: string) => name.trim().toLocaleLowerCase('lt');

const union = (lists: FactName[][]) => [...new Set(lists.flat())];

/**
 * Three-valued (Kleene) logic: AND fails if any branch fails, else is unknown if any is
 * unknown; OR passes if any branch passes, else is unknown if any is unknown; NOT flips
 * pass and fail and keeps unknown. A decided node needs no more facts.
 */
export function evaluate(ruleSet: Rule, facts: EligibilityFacts, date: string, options: { explain?: boolean } = {}): Evaluation {
  // Bulk screening needs only the result and the missing facts: no per-rule explanations.
  const explaining = options.explain ?? true;
  const outcomes: LeafOutcome[] = [];
  const seen = new Map<string, number>();

  const visit = (rule: Rule, path: string, negated: boolean): Node => {
    switch (rule.kind) {
      case 'all':
      case 'any': {
        const children = rule.rules.map((child, i) => visit(child, `${path}${path ? '.' : ''}rules.${i}`, negated));
        const decisive: RuleResult = rule.kind === 'all' ? 'fail' : 'pass';
        if (children.some((c) => c.value === decisive)) return { value: decisive, missing: [] };
        const open = children.filter((c) => c.value === 'unknown');
        if (open.length > 0) return { value: 'unknown', missing: union(open.map((c) => c.missing)) };
        return { value: rule.kind === 'all' ? 'pass' : 'fail', missing: [] };
      }
      case 'not': {
        const child = visit(rule.rule, `${path}${path ? '.' : ''}rule`, !negated);
        return { value: child.value === 'pass' ? 'fail' : child.value === 'fail' ? 'pass' : 'unknown', missing: child.missing };
      }
      default: {
        const result = leaf(rule, facts, date, explaining);
        if (!explaining) return { value: result.value, missing: result.missing };
        const base = rule.name ?? rule.kind;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        outcomes.push({
          rule: count === 1 ? base : `${base}#${count}`,
          path: path || 'root',
          kind: rule.kind,
          result: result.value,
          negated,
          explanation: result.explanation,
        });
        return { value: result.value, missing: result.missing };
      }
    }
  };

  const root = visit(ruleSet, '', false);
  return {
    result: root.value === 'pass' ? 'eligible' : root.value === 'fail' ? 'not_eligible' : 'unknown',
    rules: outcomes,
    missing: root.value === 'unknown' ? root.missing : [],
  };
}

/** Each rule's explanation in plain words, in the order of the rule set. */
export function explain(evaluation: Pick<Evaluation, 'rules'>, language: Language): { rule: string; result: RuleResult; explanation: string }[] {
  return evaluation.rules.map((outcome) => ({
    rule: outcome.rule,
    result: outcome.result,
    explanation: renderExplanation(outcome.explanation, outcome.result, language, outcome.negated),
  }));
}

// ── Validation ─────────────────────────────────────────────────────────────────

export type RuleProblem = 'no_branches' | 'too_small' | 'min_above_max' | 'unknown_rule' | 'required' | 'invalid' | 'unknown_field' | 'too_large';

export interface RuleError {
  /** Where in the rule set, e.g. "rules.rules.1" (prefixed with the field name given). */
  field: string;
  problem: RuleProblem;
  params?: Record<string, string | number>;
}

export const RULES_MAX_DEPTH = 12;
export const RULES_MAX_NODES = 500;
const MONTHS_MAX = 1200;
const AGE_MAX = 150;
const TEXT_MAX = 200;

const ALLOWED_FIELDS: Record<string, readonly string[]> = {
  all: ['rules'], any: ['rules'], not: ['rule'],
  age: ['min', 'max'],
  registered_unemployed_months: ['moreThan'],
  not_working_months: ['moreThan'],
  social_assistance: ['atLeastMonths'],
  target_group: ['groups'],
  municipality: ['municipalities'],
  open: [],
};

/**
 * Checks a rule set sent by a client. Every problem names its path, so the rule editor
 * can mark the exact rule: an AND/OR without branches, a negative number of months,
 * min above max, an unknown kind, a missing or stray field.
 */
export function validateRuleSet(input: unknown, field = 'rules'): { ok: true; rules: Rule } | { ok: false; errors: RuleError[] } {
  const problems: RuleError[] = [];
  let nodes = 0;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

  const integer = (node: Record<string, unknown>, key: string, path: string, max: number, required: boolean) => {
    const value = node[key];
    if (value === undefined) {
      if (required) problems.push({ field: `${path}.${key}`, problem: 'required' });
      return;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ field: `${path}.${key}`, problem: 'invalid' });
    else if (value < 0) problems.push({ field: `${path}.${key}`, problem: 'too_small', params: { min: 0 } });
    else if (value > max) problems.push({ field: `${path}.${key}`, problem: 'too_large', params: { max } });
  };
  const texts = (node: Record<string, unknown>, key: string, path: string) => {
    const value = node[key];
    if (value === undefined) return problems.push({ field: `${path}.${key}`, problem: 'required' });
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '' || v.length > TEXT_MAX)) {
      return problems.push({ field: `${path}.${key}`, problem: 'invalid' });
    }
    if (value.length === 0) problems.push({ field: `${path}.${key}`, problem: 'required' });
  };

  const visit = (node: unknown, path: string, depth: number) => {
    nodes++;
    if (nodes > RULES_MAX_NODES) {
      if (nodes === RULES_MAX_NODES + 1) problems.push({ field, problem: 'too_large', params: { max: RULES_MAX_NODES } });
      return;
    }
    if (depth > RULES_MAX_DEPTH) return problems.push({ field: path, problem: 'too_large', params: { max: RULES_MAX_DEPTH } });
    if (!isObject(node)) return problems.push({ field: path, problem: 'invalid' });
    const kind = node.kind;
    if (typeof kind !== 'string' || !(RULE_KINDS as readonly string[]).includes(kind)) {
      return problems.push({ field: `${path}.kind`, problem: 'unknown_rule', params: { kind: String(kind) } });
    }
    for (const key of Object.keys(node)) {
      if (key !== 'kind' && key !== 'name' && !ALLOWED_FIELDS[kind]!.includes(key)) problems.push({ field: `${path}.${key}`, problem: 'unknown_field' });
    }
    if (node.name !== undefined && (typeof node.name !== 'string' || node.name.trim() === '' || node.name.length > TEXT_MAX)) {
      problems.push({ field: `${path}.name`, problem: 'invalid' });
    }
    switch (kind) {
      case 'all':
      case 'any': {
        if (!Array.isArray(node.rules)) return problems.push({ field: `${path}.rules`, problem: node.rules === undefined ? 'no_branches' : 'invalid' });
        if (node.rules.length === 0) return problems.push({ field: `${path}.rules`, problem: 'no_branches' });
        node.rules.forEach((child, i) => visit(child, `${path}.rules.${i}`, depth + 1));
        return;
      }
      case 'not':
        if (node.rule === undefined) return problems.push({ field: `${path}.rule`, problem: 'required' });
        return visit(node.rule, `${path}.rule`, depth + 1);
      case 'age': {
        if (node.min === undefined && node.max === undefined) return problems.push({ field: `${path}.min`, problem: 'required' });
        integer(node, 'min', path, AGE_MAX, false);
        integer(node, 'max', path, AGE_MAX, false);
        if (typeof node.min === 'number' && typeof node.max === 'number' && node.min > node.max) {
          problems.push({ field: `${path}.max`, problem: 'min_above_max', params: { min: node.min, max: node.max } });
        }
        return;
      }
      case 'registered_unemployed_months':
      case 'not_working_months':
        return integer(node, 'moreThan', path, MONTHS_MAX, true);
      case 'social_assistance':
        return integer(node, 'atLeastMonths', path, MONTHS_MAX, false);
      case 'target_group':
        return texts(node, 'groups', path);
      case 'municipality':
        return texts(node, 'municipalities', path);
      case 'open':
        return;
    }
  };

  visit(input, field, 0);
  return problems.length === 0 ? { ok: true, rules: input as Rule } : { ok: false, errors: problems };
}
