import { CASE_STAGES, type CaseStage, type StageCondition } from '../../../contracts/cases.ts';

// The case workflow, explicit: which stage may follow which, and what each forward move
// needs. Pure, so every path is tested without a database (workflow.rules.test.ts).

/** What is true of the case now, as far as the stage conditions are concerned. */
export interface CaseFacts {
  completedAssessments: number;
  planAgreed: boolean;
  deliveredServices: number;
  /** Placements that have started (starts_on today or earlier). */
  startedPlacements: number;
  outcomeRecorded: boolean;
}

/** The condition each stage needs before a case may move forward into it. */
const NEEDS: Partial<Record<CaseStage, { condition: StageCondition; holds: (facts: CaseFacts) => boolean }>> = {
  planning: { condition: 'completed_assessment', holds: (f) => f.completedAssessments > 0 },
  in_services: { condition: 'agreed_plan', holds: (f) => f.planAgreed },
  placement: { condition: 'placement_started', holds: (f) => f.startedPlacements > 0 },
  closed: { condition: 'outcome', holds: (f) => f.outcomeRecorded },
};

export type TransitionCheck =
  | { allowed: true; direction: 'forward' | 'back' }
  | { allowed: false; problem: 'same_stage' | 'skips_stages' | 'reason_required' }
  | { allowed: false; problem: 'condition_missing'; condition: StageCondition };

const order = (stage: CaseStage) => CASE_STAGES.indexOf(stage);

/**
 * Forward one stage at a time, or straight to closed from any stage (people leave early);
 * back to any earlier stage with a reason, closed included (a case closed by mistake).
 */
export function checkTransition(from: CaseStage, to: CaseStage, facts: CaseFacts, reason = ''): TransitionCheck {
  if (from === to) return { allowed: false, problem: 'same_stage' };
  if (order(to) < order(from)) {
    return reason.trim() ? { allowed: true, direction: 'back' } : { allowed: false, problem: 'reason_required' };
  }
  if (to !== 'closed' && order(to) !== order(from) + 1) return { allowed: false, problem: 'skips_stages' };
  const need = NEEDS[to];
  if (need && !need.holds(facts)) return { allowed: false, problem: 'condition_missing', condition: need.condition };
  return { allowed: true, direction: 'forward' };
}

/** The stages a case in `from` may move to next with these facts: what the screen offers. */
export function nextStages(from: CaseStage, facts: CaseFacts): CaseStage[] {
  return CASE_STAGES.filter((to) => order(to) > order(from) && checkTransition(from, to, facts).allowed);
}

/**
 * The next stage in order and the condition it still lacks, so the screen can say what is
 * missing before anyone tries. Closing is left out: it has its own form, and the outcome
 * it needs is given there.
 */
export function waitingFor(from: CaseStage, facts: CaseFacts): { stage: CaseStage; condition: StageCondition } | null {
  const next = CASE_STAGES[order(from) + 1];
  if (next === undefined || next === 'closed') return null;
  const check = checkTransition(from, next, facts);
  return !check.allowed && check.problem === 'condition_missing' ? { stage: next, condition: check.condition } : null;
}
