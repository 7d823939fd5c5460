import { SUPPORTED_EMPLOYMENT_STAGES, type SupportedEmploymentStage } from '../../../contracts/employment.ts';
import type { SeCondition, SupportedEmploymentFacts } from '../../../contracts/supported-employment.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import { searchKey } from '../../shared/text.ts';

// The supported-employment process (EUSE, decision 0031), explicit and pure: which stage may
// follow which and what each forward move needs, the vocational profile's clean-up and the
// ISCO prefixes matching prefilters on, and the date rules of the engagement record.

export type FieldProblem = Omit<FieldError, 'message'>;

/** The condition each stage needs before the process may move forward into it. */
const NEEDS: Partial<Record<SupportedEmploymentStage, { condition: SeCondition; holds: (facts: SupportedEmploymentFacts) => boolean }>> = {
  vocational_profile: { condition: 'informed_choice_and_agreement', holds: (f) => f.informedChoice && f.agreement },
  job_finding: { condition: 'target_job', holds: (f) => f.targetJobs > 0 },
  employer_engagement: { condition: 'employer_contact', holds: (f) => f.employerContacts > 0 },
  job_support: { condition: 'placement_started', holds: (f) => f.startedPlacements > 0 },
};

export type SeTransitionCheck =
  | { allowed: true; direction: 'forward' | 'back' }
  | { allowed: false; problem: 'same_stage' | 'skips_stages' | 'reason_required' }
  | { allowed: false; problem: 'condition_missing'; condition: SeCondition };

const order = (stage: SupportedEmploymentStage) => SUPPORTED_EMPLOYMENT_STAGES.indexOf(stage);

/** Forward one stage at a time when its condition holds; back to any earlier stage with a reason. */
export function checkTransition(from: SupportedEmploymentStage, to: SupportedEmploymentStage, facts: SupportedEmploymentFacts, reason = ''): SeTransitionCheck {
  if (from === to) return { allowed: false, problem: 'same_stage' };
  if (order(to) < order(from)) {
    return reason.trim() ? { allowed: true, direction: 'back' } : { allowed: false, problem: 'reason_required' };
  }
  if (order(to) !== order(from) + 1) return { allowed: false, problem: 'skips_stages' };
  const need = NEEDS[to];
  if (need && !need.holds(facts)) return { allowed: false, problem: 'condition_missing', condition: need.condition };
  return { allowed: true, direction: 'forward' };
}

/** The next stage in order, if the process may enter it now. */
export function nextStage(from: SupportedEmploymentStage, facts: SupportedEmploymentFacts): SupportedEmploymentStage | null {
  const next = SUPPORTED_EMPLOYMENT_STAGES[order(from) + 1];
  return next !== undefined && checkTransition(from, next, facts).allowed ? next : null;
}

/** The next stage in order and the condition it still lacks, so the page can say it before anyone tries. */
export function waitingFor(from: SupportedEmploymentStage, facts: SupportedEmploymentFacts): { stage: SupportedEmploymentStage; condition: SeCondition } | null {
  const next = SUPPORTED_EMPLOYMENT_STAGES[order(from) + 1];
  if (next === undefined) return null;
  const check = checkTransition(from, next, facts);
  return !check.allowed && check.problem === 'condition_missing' ? { stage: next, condition: check.condition } : null;
}

// ── Vocational profile ────────────────────────────────────────────────────────

export const SKILLS_MAX = 30;
export const SKILL_LENGTH_MAX = 60;

/**
 * Skills as matching compares them: spaces trimmed and collapsed, empty ones dropped, the
 * same skill written twice ("Vairavimas", "vairavimas ") kept once, as first written.
 */
export function cleanSkills(skills: readonly string[]): { skills: string[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const kept: string[] = [];
  skills.forEach((raw, index) => {
    const skill = raw.replace(/\s+/g, ' ').trim();
    if (!skill) return;
    if ([...skill].length > SKILL_LENGTH_MAX) {
      problems.push({ field: `skills.${index}`, problem: 'too_long', params: { max: SKILL_LENGTH_MAX } });
      return;
    }
    const key = searchKey(skill);
    if (seen.has(key)) return;
    seen.add(key);
    kept.push(skill);
  });
  if (kept.length > SKILLS_MAX) problems.push({ field: 'skills', problem: 'too_many', params: { max: SKILLS_MAX } });
  return { skills: kept, problems };
}

/** Codes in the order given, each once. */
export function uniqueCodes(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

/**
 * Every 1-, 2-, 3- and 4-digit prefix of the target and experience codes, each once and
 * sorted: a vacancy coded 7212 is found through "7212", "721", "72" or "7".
 */
export function iscoPrefixes(...lists: readonly (readonly string[])[]): string[] {
  const prefixes = new Set<string>();
  for (const code of lists.flat()) {
    for (let length = 1; length <= Math.min(code.length, 4); length += 1) prefixes.add(code.slice(0, length));
  }
  return [...prefixes].sort();
}

// ── Engagement and its dates ──────────────────────────────────────────────────

export interface EngagementDates {
  informedChoiceOn: string | null;
  agreementOn: string | null;
  startedOn: string;
  endedOn: string | null;
  endReason: string;
  hasNewDocument: boolean;
}

/**
 * What is wrong with the engagement record as it would stand after the change: dates not in
 * the future nor before the case was opened; the agreement after the informed choice; a
 * signed copy only with an agreement date; an end with its reason, not before the start.
 */
export function engagementProblems(values: EngagementDates, context: { openedOn: string; today: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const checkDate = (field: string, value: string | null) => {
    if (value === null) return true;
    if (value > context.today) problems.push({ field, problem: 'date_in_future' });
    else if (value < context.openedOn) problems.push({ field, problem: 'before_case_opened', params: { openedOn: context.openedOn } });
    else return true;
    return false;
  };
  checkDate('informedChoiceOn', values.informedChoiceOn);
  if (checkDate('agreementOn', values.agreementOn) && values.agreementOn !== null) {
    if (values.informedChoiceOn === null) problems.push({ field: 'informedChoiceOn', problem: 'required' });
    else if (values.agreementOn < values.informedChoiceOn) {
      problems.push({ field: 'agreementOn', problem: 'before_informed_choice', params: { informedChoiceOn: values.informedChoiceOn } });
    }
  }
  if (values.hasNewDocument && values.agreementOn === null) problems.push({ field: 'agreementOn', problem: 'required' });
  if (values.endedOn !== null) {
    if (values.endedOn > context.today) problems.push({ field: 'endedOn', problem: 'date_in_future' });
    else if (values.endedOn < values.startedOn) problems.push({ field: 'endedOn', problem: 'before_start', params: { start: values.startedOn } });
    if (!values.endReason.trim()) problems.push({ field: 'endReason', problem: 'reason_required' });
  }
  return problems;
}

/** The start of the process: not in the future, not before the case was opened. */
export function startProblems(startedOn: string, context: { openedOn: string; today: string }): FieldProblem[] {
  if (startedOn > context.today) return [{ field: 'startedOn', problem: 'date_in_future' }];
  if (startedOn < context.openedOn) return [{ field: 'startedOn', problem: 'before_case_opened', params: { openedOn: context.openedOn } }];
  return [];
}

/** A job analysis: analysed not in the future nor before the case opened; agreed not before it was analysed, nor in the future. */
export function jobAnalysisProblems(values: { analysedOn: string; agreedOn: string | null }, context: { openedOn: string; today: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.analysedOn > context.today) problems.push({ field: 'analysedOn', problem: 'date_in_future' });
  else if (values.analysedOn < context.openedOn) problems.push({ field: 'analysedOn', problem: 'before_case_opened', params: { openedOn: context.openedOn } });
  if (values.agreedOn !== null) {
    if (values.agreedOn > context.today) problems.push({ field: 'agreedOn', problem: 'date_in_future' });
    else if (values.agreedOn < values.analysedOn) problems.push({ field: 'agreedOn', problem: 'before_analysed', params: { analysedOn: values.analysedOn } });
  }
  return problems;
}
