import type { FieldError } from '../../../contracts/errors.ts';
import { PLAN_PRINT_LANGUAGES, type PlanGoal, type PlanGoalInput } from '../../../contracts/plans.ts';

// The individual action plan's rules, pure so they are tested without a database
// (plans.rules.test.ts). Decision 0025.

export type FieldIssue = Omit<FieldError, 'message'>;

/** A goal as stored in `plans.goals` and `plan_revisions.goals`: ids, no names. */
export type StoredGoal = Omit<PlanGoal, 'steps'> & { steps: Omit<PlanGoal['steps'][number], 'responsibleName'>[] };

/** Gives every new goal and step an id; the ids sent keep theirs (a repeated id is refused by `checkPlan`). */
export function withIds(goals: readonly PlanGoalInput[], newId: () => string): StoredGoal[] {
  return goals.map((goal) => ({
    id: goal.id ?? newId(),
    text: goal.text,
    steps: goal.steps.map((step) => ({
      id: step.id ?? newId(),
      text: step.text,
      serviceKey: step.serviceKey,
      responsibleUserId: step.responsibleUserId,
      dueOn: step.dueOn,
      status: step.status,
    })),
  }));
}

export interface PlanCheck {
  /** Users in the case team now. */
  team: ReadonlySet<string>;
  /** Service keys active in the catalogue now. */
  activeServices: ReadonlySet<string>;
  /** The plan as it is saved now: its steps' values stay acceptable even if no longer valid. */
  previous: readonly StoredGoal[];
  openedOn: string;
}

/**
 * What is wrong with the goals to be saved, each problem on its field. A save checks what
 * it changes: a step keeps a service later withdrawn from the catalogue, or a responsible
 * person who has since left the team, until someone changes that step's value.
 */
export function checkPlan(goals: readonly StoredGoal[], check: PlanCheck): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const before = new Map(check.previous.flatMap((goal) => goal.steps).map((step) => [step.id, step]));
  const seen = new Set<string>();
  const once = (id: string, field: string) => {
    if (seen.has(id)) issues.push({ field, problem: 'invalid' });
    seen.add(id);
  };
  goals.forEach((goal, g) => {
    once(goal.id, `goals.${g}.id`);
    goal.steps.forEach((step, s) => {
      const field = (name: string) => `goals.${g}.steps.${s}.${name}`;
      const old = before.get(step.id);
      once(step.id, field('id'));
      if (step.serviceKey !== null && !check.activeServices.has(step.serviceKey) && old?.serviceKey !== step.serviceKey) {
        issues.push({ field: field('serviceKey'), problem: 'unknown_service' });
      }
      if (step.responsibleUserId !== null && !check.team.has(step.responsibleUserId) && old?.responsibleUserId !== step.responsibleUserId) {
        issues.push({ field: field('responsibleUserId'), problem: 'not_case_team' });
      }
      if (step.dueOn !== null && step.dueOn < check.openedOn) {
        issues.push({ field: field('dueOn'), problem: 'before_case_opened', params: { openedOn: check.openedOn } });
      }
    });
  });
  return issues;
}

/** The plan as the person agreed to it: everything but the steps' progress. */
const agreedText = (goals: readonly StoredGoal[]) =>
  JSON.stringify(goals.map((goal) => [goal.id, goal.text, goal.steps.map((s) => [s.id, s.text, s.serviceKey, s.responsibleUserId, s.dueOn])]));

/**
 * Whether an agreement given for `before` still covers `after`. Marking steps in progress,
 * done or dropped is following the plan, not changing it; any other change (a goal or
 * step added, removed, reworded, moved, or given another service, person or date) is a
 * new plan the person has not agreed to.
 */
export function agreementCovers(before: readonly StoredGoal[], after: readonly StoredGoal[]): boolean {
  return agreedText(before) === agreedText(after);
}

type PrintLanguage = (typeof PLAN_PRINT_LANGUAGES)[number];

/** The printed plan's language: the first of the person's languages it can be printed in, else Lithuanian. */
export function printLanguage(languages: readonly string[]): PrintLanguage {
  return (languages.find((l) => (PLAN_PRINT_LANGUAGES as readonly string[]).includes(l)) as PrintLanguage | undefined) ?? 'lt';
}

/** Goals and steps, counted for the list of revisions. */
export function countSteps(goals: readonly StoredGoal[]): number {
  return goals.reduce((sum, goal) => sum + goal.steps.length, 0);
}
