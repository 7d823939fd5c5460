import { describe, expect, it } from 'vitest';
import { agreementCovers, checkPlan, printLanguage, withIds, type StoredGoal } from './plans.rules.ts';

const step = (id: string, values: Partial<StoredGoal['steps'][number]> = {}): StoredGoal['steps'][number] => ({
  id, text: 'Lankyti kompiuterinio raštingumo mokymus', serviceKey: 'computer_literacy', responsibleUserId: 'rūta', dueOn: '2026-12-01', status: 'planned', ...values,
});
const plan: StoredGoal[] = [{ id: 'g1', text: 'Įgyti skaitmeninių įgūdžių', steps: [step('s1'), step('s2', { serviceKey: null, responsibleUserId: null, dueOn: null })] }];
const check = { team: new Set(['rūta', 'jonas']), activeServices: new Set(['computer_literacy', 'job_mediation']), previous: [] as StoredGoal[], openedOn: '2026-01-12' };

describe('checking a plan before it is saved', () => {
  it('accepts team members, active services and dates from the case opening on', () => {
    expect(checkPlan(plan, check)).toEqual([]);
  });

  it('names the step field that is wrong', () => {
    const goals: StoredGoal[] = [{ id: 'g1', text: 'Tikslas', steps: [step('s1'), step('s2', { serviceKey: 'astrology', responsibleUserId: 'stranger', dueOn: '2025-12-31' })] }];
    expect(checkPlan(goals, check)).toEqual([
      { field: 'goals.0.steps.1.serviceKey', problem: 'unknown_service' },
      { field: 'goals.0.steps.1.responsibleUserId', problem: 'not_case_team' },
      { field: 'goals.0.steps.1.dueOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' } },
    ]);
  });

  it('keeps a withdrawn service or a former team member on a step nobody changed', () => {
    const previous: StoredGoal[] = [{ id: 'g1', text: 'Tikslas', steps: [step('s1', { serviceKey: 'old_service', responsibleUserId: 'left' })] }];
    const unchanged: StoredGoal[] = [{ id: 'g1', text: 'Tikslas pakeistas', steps: [step('s1', { serviceKey: 'old_service', responsibleUserId: 'left', status: 'done' })] }];
    expect(checkPlan(unchanged, { ...check, previous })).toEqual([]);
    // The same values on a new step are a new choice, checked as such.
    const copied: StoredGoal[] = [{ id: 'g1', text: 'Tikslas', steps: [step('s9', { serviceKey: 'old_service', responsibleUserId: 'left' })] }];
    expect(checkPlan(copied, { ...check, previous }).map((i) => i.problem)).toEqual(['unknown_service', 'not_case_team']);
  });

  it('refuses an id given twice', () => {
    const goals: StoredGoal[] = [{ id: 'g1', text: 'A', steps: [step('s1')] }, { id: 'g2', text: 'B', steps: [step('s1')] }];
    expect(checkPlan(goals, check)).toEqual([{ field: 'goals.1.steps.0.id', problem: 'invalid' }]);
  });

  it('gives new goals and steps ids and keeps the ones sent', () => {
    let n = 0;
    const goals = withIds([{ id: 'g1', text: 'A', steps: [{ text: 'x', serviceKey: null, responsibleUserId: null, dueOn: null, status: 'planned' }] }, { text: 'B', steps: [] }], () => `new-${++n}`);
    expect(goals.map((g) => [g.id, g.steps.map((s) => s.id)])).toEqual([['g1', ['new-1']], ['new-2', []]]);
  });
});

describe('whether the person\'s agreement still covers the plan', () => {
  it('still covers it when only the steps\' progress changed', () => {
    const progressed = [{ ...plan[0]!, steps: [step('s1', { status: 'done' }), { ...plan[0]!.steps[1]!, status: 'in_progress' as const }] }];
    expect(agreementCovers(plan, progressed)).toBe(true);
  });

  it('no longer covers a reworded goal, a new step, another person or date, or steps in another order', () => {
    expect(agreementCovers(plan, [{ ...plan[0]!, text: 'Kitas tikslas' }])).toBe(false);
    expect(agreementCovers(plan, [{ ...plan[0]!, steps: [...plan[0]!.steps, step('s3')] }])).toBe(false);
    expect(agreementCovers(plan, [{ ...plan[0]!, steps: [step('s1', { responsibleUserId: 'jonas' }), plan[0]!.steps[1]!] }])).toBe(false);
    expect(agreementCovers(plan, [{ ...plan[0]!, steps: [step('s1', { dueOn: '2027-01-15' }), plan[0]!.steps[1]!] }])).toBe(false);
    expect(agreementCovers(plan, [{ ...plan[0]!, steps: [...plan[0]!.steps].reverse() }])).toBe(false);
  });
});

describe('the printed plan\'s language', () => {
  it('is the first of the person\'s languages it can be printed in, else Lithuanian', () => {
    expect(printLanguage(['uk', 'en', 'lt'])).toBe('en');
    expect(printLanguage(['lt', 'en'])).toBe('lt');
    expect(printLanguage(['ru'])).toBe('lt');
    expect(printLanguage([])).toBe('lt');
  });
});
