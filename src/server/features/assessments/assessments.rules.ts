import {
  ASSESSMENT_LIMITS, type AnswerValue, type Answers, type Domain, type DomainChange, type DomainLevel, type DomainScore,
  type Profile, type Question, type Questionnaire, type Trend,
} from '../../../contracts/assessments.ts';
import type { FieldError } from '../../../contracts/errors.ts';

// Pure rules of assessments (decision 0023): checking answers against the questionnaire,
// scoring domains, the profile, suggested services and the comparison of two assessments.
// No database; tested in assessments.rules.test.ts.

export type FieldIssue = Omit<FieldError, 'message'>;

/** What is stored in assessments.result when an assessment is completed. */
export interface ScoredResult {
  domains: DomainScore[];
  overall: number | null;
  profile: Profile;
  /** Service type keys in the order suggested, with the domain keys (or "profile") behind each. */
  services: { key: string; because: string[] }[];
}

export interface LocatedQuestion {
  question: Question;
  domain: Domain;
  /** "2.1": the domain's place in the form, then the question's. */
  number: string;
}

export function locateQuestion(questionnaire: Questionnaire, key: string): LocatedQuestion | undefined {
  for (const [d, domain] of questionnaire.domains.entries()) {
    const q = domain.questions.findIndex((question) => question.key === key);
    if (q >= 0) return { question: domain.questions[q]!, domain, number: `${d + 1}.${q + 1}` };
  }
  return undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The problem with one answer to one question, or null when it fits. */
function answerProblem(question: Question, value: unknown): Omit<FieldIssue, 'field'> | null {
  switch (question.type) {
    case 'scale':
    case 'number': {
      if (!isNumber(value)) return { problem: 'number' };
      if ((question.type === 'scale' || question.integer) && !Number.isInteger(value)) return { problem: 'whole_number' };
      if (value < question.min) return { problem: 'too_small', params: { min: question.min } };
      if (value > question.max) return { problem: 'too_large', params: { max: question.max } };
      return null;
    }
    case 'yes_no':
      return typeof value === 'boolean' ? null : { problem: 'yes_or_no' };
    case 'choice':
      return typeof value === 'string' && question.options.some((o) => o.value === value) ? null : { problem: 'choice' };
    case 'text':
      if (typeof value !== 'string') return { problem: 'invalid' };
      return value.length > question.maxLength ? { problem: 'too_long', params: { max: question.maxLength } } : null;
  }
}

/**
 * Checks answers (a whole set or the part being saved) against the questionnaire. Each
 * problem names its question: field `answers.<key>`, params.question its number in the
 * form. `null` clears an answer. Sensitive questions are answered only by those who may
 * see their answers.
 */
export function validateAnswers(questionnaire: Questionnaire, answers: Record<string, unknown>, options: { seesSensitive: boolean }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const field = `answers.${key}`;
    const located = locateQuestion(questionnaire, key);
    if (!located) {
      issues.push({ field, problem: 'unknown_field' });
      continue;
    }
    const params = { question: located.number };
    if (located.question.sensitive && !options.seesSensitive) {
      issues.push({ field, problem: 'sensitive_answer', params });
      continue;
    }
    if (value === null) continue;
    const problem = answerProblem(located.question, value);
    if (problem) issues.push({ field, problem: problem.problem, params: { ...params, ...problem.params } });
  }
  return issues;
}

/** The stored answers with a checked change applied: null or blank text removes an answer. */
export function mergeAnswers(current: Answers, changes: Record<string, AnswerValue | null>): Answers {
  const next: Answers = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || (typeof value === 'string' && value.trim() === '')) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Required questions without an answer, in the order of the form. */
export function missingAnswers(questionnaire: Questionnaire, answers: Answers): { key: string; number: string }[] {
  const missing: { key: string; number: string }[] = [];
  questionnaire.domains.forEach((domain, d) => domain.questions.forEach((question, q) => {
    if (question.required && !(question.key in answers)) missing.push({ key: question.key, number: `${d + 1}.${q + 1}` });
  }));
  return missing;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * How strong one answer is, 0 (most need) to 1 (no need), with the question's direction
 * applied; null for answers that are not scored (free text, unscored numbers).
 */
export function strengthOf(question: Question, value: AnswerValue): number | null {
  const turn = (x: number, direction: 'higher_is_stronger' | 'higher_is_more_need') => (direction === 'higher_is_stronger' ? x : 1 - x);
  switch (question.type) {
    case 'scale':
      return typeof value === 'number' ? turn(clamp01((value - question.min) / (question.max - question.min)), question.direction) : null;
    case 'yes_no':
      return typeof value === 'boolean' ? (value === (question.direction === 'yes_is_stronger') ? 1 : 0) : null;
    case 'choice': {
      const option = question.options.find((o) => o.value === value);
      if (!option) return null;
      const scores = question.options.map((o) => o.score);
      const low = Math.min(...scores);
      const high = Math.max(...scores);
      return turn((option.score - low) / (high - low), question.direction);
    }
    case 'number': {
      if (!question.scoring || typeof value !== 'number') return null;
      const { from, to, direction } = question.scoring;
      return turn(clamp01((value - from) / (to - from)), direction);
    }
    case 'text':
      return null;
  }
}

export const isScored = (question: Question) => question.type !== 'text' && (question.type !== 'number' || question.scoring !== undefined);

export function levelOf(questionnaire: Questionnaire, score: number): DomainLevel {
  if (score >= questionnaire.levels.noNeedFrom) return 'no_need';
  return score >= questionnaire.levels.someNeedFrom ? 'some_need' : 'high_need';
}

/** Each domain's score: the mean strength of its answered, scored questions as 0–100; null when none was answered. */
export function scoreDomains(questionnaire: Questionnaire, answers: Answers): DomainScore[] {
  return questionnaire.domains.map((domain) => {
    const scored = domain.questions.filter(isScored);
    const strengths = scored.flatMap((question) => {
      const value = answers[question.key];
      const strength = value === undefined ? null : strengthOf(question, value);
      return strength === null ? [] : [strength];
    });
    const answered = domain.questions.filter((question) => question.key in answers).length;
    if (strengths.length === 0) return { key: domain.key, score: null, level: null, answered, scored: scored.length };
    const score = Math.round((100 * strengths.reduce((sum, s) => sum + s, 0)) / strengths.length);
    return { key: domain.key, score, level: levelOf(questionnaire, score), answered, scored: scored.length };
  });
}

/** The mean of the domain scores that exist. */
export function overallOf(domains: readonly DomainScore[]): number | null {
  const scores = domains.flatMap((d) => (d.score === null ? [] : [d.score]));
  return scores.length === 0 ? null : Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
}

/** The profile, by the questionnaire's bands, in the order they are documented on `Questionnaire.profile`. */
export function profileOf(questionnaire: Questionnaire, domains: readonly DomainScore[]): Profile {
  const rules = questionnaire.profile;
  const scoreOf = (key: string) => domains.find((d) => d.key === key)?.score ?? null;
  if (rules.firstSupportDomains.some((key) => { const s = scoreOf(key); return s !== null && s < rules.firstSupportBelow; })) {
    return 'social_and_health_first';
  }
  const overall = overallOf(domains);
  if (overall === null) return 'intensive_support';
  if (overall >= rules.readyFrom && domains.every((d) => d.score === null || d.score >= rules.readyNoDomainBelow)) return 'ready_for_work';
  return overall >= rules.shortSupportFrom ? 'short_support' : 'intensive_support';
}

/** Services the domain scores and the profile suggest: each once, first reason first, every reason kept. */
export function suggestServices(questionnaire: Questionnaire, domains: readonly DomainScore[], profile: Profile): ScoredResult['services'] {
  const suggested = new Map<string, string[]>();
  const add = (key: string, because: string) => {
    const reasons = suggested.get(key) ?? [];
    if (!reasons.includes(because)) reasons.push(because);
    suggested.set(key, reasons);
  };
  for (const rule of questionnaire.services) {
    const score = domains.find((d) => d.key === rule.domain)?.score ?? null;
    if (score !== null && score < rule.below) rule.services.forEach((key) => add(key, rule.domain));
  }
  for (const key of questionnaire.profileServices[profile] ?? []) add(key, 'profile');
  return [...suggested].map(([key, because]) => ({ key, because }));
}

export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): ScoredResult {
  const domains = scoreDomains(questionnaire, answers);
  const profile = profileOf(questionnaire, domains);
  return { domains, overall: overallOf(domains), profile, services: suggestServices(questionnaire, domains, profile) };
}

export interface Scored { questionnaire: Questionnaire; result: ScoredResult }

function trendOf(change: number | null): Trend {
  if (change === null) return 'not_comparable';
  return change > 0 ? 'better' : change < 0 ? 'worse' : 'same';
}

/**
 * A later assessment against an earlier one of the same questionnaire key, domain by
 * domain — across versions too, by domain key. Every domain score points the same way
 * (higher = stronger), so a rise is better whatever the questions inside it asked. The
 * later version's domains come first in its order; domains only the earlier one had follow.
 */
export function compareResults(before: Scored, after: Scored): { profileBefore: Profile; profileAfter: Profile; domains: DomainChange[] } {
  const scoreIn = (scored: Scored, key: string) => scored.result.domains.find((d) => d.key === key)?.score ?? null;
  const afterKeys = after.questionnaire.domains.map((d) => d.key);
  const onlyBefore = before.questionnaire.domains.map((d) => d.key).filter((key) => !afterKeys.includes(key));
  const domains = [...afterKeys, ...onlyBefore].map((key) => {
    const names = (after.questionnaire.domains.find((d) => d.key === key) ?? before.questionnaire.domains.find((d) => d.key === key)!).name;
    const b = before.questionnaire.domains.some((d) => d.key === key) ? scoreIn(before, key) : null;
    const a = after.questionnaire.domains.some((d) => d.key === key) ? scoreIn(after, key) : null;
    const change = a === null || b === null ? null : a - b;
    return { key, names: { ...names }, before: b, after: a, change, trend: trendOf(change) };
  });
  return { profileBefore: before.result.profile, profileAfter: after.result.profile, domains };
}

/** The answers a user may see: sensitive ones left out (and named) for those who may not. */
export function visibleAnswers(questionnaire: Questionnaire, answers: Answers, seesSensitive: boolean): { answers: Answers; masked: string[] } {
  if (seesSensitive) return { answers, masked: [] };
  const sensitive = questionnaire.domains.flatMap((d) => d.questions).filter((q) => q.sensitive).map((q) => q.key);
  const shown = Object.fromEntries(Object.entries(answers).filter(([key]) => !sensitive.includes(key)));
  // In the order of the form (the database keeps keys in an order of its own).
  return { answers: shown, masked: sensitive.filter((key) => key in answers) };
}

// ── Checking a questionnaire (a test runs it over every built-in version) ──

const KEY = /^[a-z0-9_]+$/;

/** What is wrong with a questionnaire's data, in words for a developer; empty when nothing. */
export function checkQuestionnaire(questionnaire: Questionnaire, serviceKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const where = `${questionnaire.key} v${questionnaire.version}`;
  const say = (text: string) => problems.push(`${where}: ${text}`);
  const texts = (label: string, text: { lt: string; en: string } | undefined) => {
    if (text && (!text.lt.trim() || !text.en.trim())) say(`${label} needs both Lithuanian and English text`);
  };
  if (!KEY.test(questionnaire.key) || questionnaire.key.length > ASSESSMENT_LIMITS.keyMax) say('key must be lower-case letters, digits and _');
  if (!Number.isInteger(questionnaire.version) || questionnaire.version < 1) say('version must be a whole number from 1');
  texts('name', questionnaire.name);
  texts('description', questionnaire.description);
  if (questionnaire.domains.length === 0) say('has no domains');
  const domainKeys = new Set<string>();
  const questionKeys = new Set<string>();
  for (const domain of questionnaire.domains) {
    if (domainKeys.has(domain.key)) say(`domain ${domain.key} appears twice`);
    domainKeys.add(domain.key);
    if (!KEY.test(domain.key)) say(`domain key ${domain.key} is not a key`);
    texts(`domain ${domain.key}`, domain.name);
    texts(`domain ${domain.key} description`, domain.description);
    if (!domain.questions.some(isScored)) say(`domain ${domain.key} has no scored question`);
    for (const question of domain.questions) {
      const at = `question ${question.key}`;
      if (questionKeys.has(question.key)) say(`${at} appears twice`);
      questionKeys.add(question.key);
      if (!KEY.test(question.key) || question.key.length > ASSESSMENT_LIMITS.keyMax) say(`${at}: key is not a key`);
      texts(at, question.text);
      texts(`${at} help`, question.help);
      if (question.sensitive && question.required) say(`${at}: a sensitive question cannot be required (people may decline)`);
      switch (question.type) {
        case 'scale': {
          if (!(question.min < question.max) || !Number.isInteger(question.min) || !Number.isInteger(question.max)) say(`${at}: min and max must be whole numbers, min < max`);
          const values = question.anchors.map((a) => a.value).sort((x, y) => x - y);
          const expected = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
          if (values.join() !== expected.join()) say(`${at}: every point of the scale needs one label`);
          question.anchors.forEach((a) => texts(`${at} anchor ${a.value}`, a.label));
          break;
        }
        case 'choice': {
          const values = question.options.map((o) => o.value);
          if (values.length < 2) say(`${at}: needs at least two options`);
          if (new Set(values).size !== values.length) say(`${at}: option values repeat`);
          if (new Set(question.options.map((o) => o.score)).size < 2) say(`${at}: options need at least two different scores`);
          question.options.forEach((o) => texts(`${at} option ${o.value}`, o.label));
          break;
        }
        case 'number':
          if (!(question.min < question.max)) say(`${at}: min must be below max`);
          if (question.scoring && !(question.scoring.from < question.scoring.to)) say(`${at}: scoring from must be below to`);
          texts(`${at} unit`, question.unit);
          break;
        case 'text':
          if (question.maxLength > ASSESSMENT_LIMITS.textAnswerMax) say(`${at}: maxLength above ${ASSESSMENT_LIMITS.textAnswerMax}`);
          break;
        case 'yes_no':
          break;
      }
    }
  }
  const { levels, profile } = questionnaire;
  if (!(levels.someNeedFrom > 0 && levels.someNeedFrom < levels.noNeedFrom && levels.noNeedFrom <= 100)) say('levels must satisfy 0 < someNeedFrom < noNeedFrom ≤ 100');
  if (!(profile.shortSupportFrom < profile.readyFrom)) say('profile: shortSupportFrom must be below readyFrom');
  for (const key of profile.firstSupportDomains) if (!domainKeys.has(key)) say(`profile names unknown domain ${key}`);
  for (const rule of questionnaire.services) {
    if (!domainKeys.has(rule.domain)) say(`service rule names unknown domain ${rule.domain}`);
    for (const key of rule.services) if (!serviceKeys.has(key)) say(`service ${key} is not in the catalogue`);
  }
  for (const keys of Object.values(questionnaire.profileServices)) {
    for (const key of keys ?? []) if (!serviceKeys.has(key)) say(`service ${key} is not in the catalogue`);
  }
  return problems;
}
