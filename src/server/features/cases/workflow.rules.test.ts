import { describe, expect, it } from 'vitest';
import { CASE_STAGES, type CaseStage } from '../../../contracts/cases.ts';
import { checkTransition, nextStages, waitingFor, type CaseFacts } from './workflow.rules.ts';

const nothing: CaseFacts = { completedAssessments: 0, planAgreed: false, deliveredServices: 0, startedPlacements: 0, outcomeRecorded: false };
const everything: CaseFacts = { completedAssessments: 1, planAgreed: true, deliveredServices: 3, startedPlacements: 1, outcomeRecorded: true };

describe('case workflow', () => {
  it('moves forward one stage at a time when each condition holds', () => {
    for (let i = 0; i < CASE_STAGES.length - 1; i++) {
      expect(checkTransition(CASE_STAGES[i]!, CASE_STAGES[i + 1]!, everything)).toEqual({ allowed: true, direction: 'forward' });
    }
  });

  it('names the condition a forward move is missing', () => {
    expect(checkTransition('assessment', 'planning', nothing)).toEqual({ allowed: false, problem: 'condition_missing', condition: 'completed_assessment' });
    expect(checkTransition('planning', 'in_services', { ...everything, planAgreed: false })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'agreed_plan' });
    expect(checkTransition('in_services', 'placement', { ...everything, startedPlacements: 0 })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'placement_started' });
    // Services alone do not make a placement (decision 0034).
    expect(checkTransition('in_services', 'placement', { ...nothing, deliveredServices: 5 })).toMatchObject({ condition: 'placement_started' });
    expect(checkTransition('follow_up', 'closed', { ...everything, outcomeRecorded: false })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'outcome' });
  });

  it('has no conditions for intake → assessment and placement → follow-up', () => {
    expect(checkTransition('intake', 'assessment', nothing).allowed).toBe(true);
    expect(checkTransition('placement', 'follow_up', nothing).allowed).toBe(true);
  });

  it('refuses skipping stages, except closing from any stage with an outcome', () => {
    expect(checkTransition('intake', 'planning', everything)).toEqual({ allowed: false, problem: 'skips_stages' });
    expect(checkTransition('assessment', 'in_services', everything)).toEqual({ allowed: false, problem: 'skips_stages' });
    for (const from of CASE_STAGES.filter((s) => s !== 'closed')) {
      expect(checkTransition(from, 'closed', { ...nothing, outcomeRecorded: true }).allowed).toBe(true);
      expect(checkTransition(from, 'closed', nothing)).toMatchObject({ condition: 'outcome' });
    }
  });

  it('goes back to any earlier stage only with a reason', () => {
    expect(checkTransition('in_services', 'assessment', everything)).toEqual({ allowed: false, problem: 'reason_required' });
    expect(checkTransition('in_services', 'assessment', everything, '   ')).toEqual({ allowed: false, problem: 'reason_required' });
    expect(checkTransition('in_services', 'assessment', nothing, 'Sveikatos pokyčiai: reikia naujo vertinimo')).toEqual({ allowed: true, direction: 'back' });
    expect(checkTransition('closed', 'follow_up', nothing, 'Uždaryta per klaidą')).toEqual({ allowed: true, direction: 'back' });
  });

  it('refuses a move to the same stage', () => {
    expect(checkTransition('planning', 'planning', everything)).toEqual({ allowed: false, problem: 'same_stage' });
  });

  it('offers the next stage and closing, as far as the facts allow', () => {
    expect(nextStages('intake', nothing)).toEqual(['assessment']);
    expect(nextStages('assessment', nothing)).toEqual([]);
    expect(nextStages('assessment', { ...nothing, completedAssessments: 1, outcomeRecorded: true })).toEqual(['planning', 'closed']);
    expect(nextStages('closed' as CaseStage, everything)).toEqual([]);
  });

  it('says which condition the next stage still lacks, leaving closing to its own form', () => {
    expect(waitingFor('intake', nothing)).toBeNull();
    expect(waitingFor('assessment', nothing)).toEqual({ stage: 'planning', condition: 'completed_assessment' });
    expect(waitingFor('planning', { ...nothing, completedAssessments: 1 })).toEqual({ stage: 'in_services', condition: 'agreed_plan' });
    expect(waitingFor('in_services', { ...everything, startedPlacements: 0 })).toEqual({ stage: 'placement', condition: 'placement_started' });
    expect(waitingFor('in_services', everything)).toBeNull();
    expect(waitingFor('follow_up', nothing)).toBeNull();
    expect(waitingFor('closed', nothing)).toBeNull();
  });
});
