import { describe, expect, it } from 'vitest';
import { SUPPORTED_EMPLOYMENT_STAGES } from '../../../contracts/employment.ts';
import {
  checkTransition, cleanSkills, engagementProblems, iscoPrefixes, jobAnalysisProblems, nextStage, startProblems, uniqueCodes, waitingFor,
} from './supported-employment.rules.ts';

const none = { informedChoice: false, agreement: false, targetJobs: 0, employerContacts: 0, startedPlacements: 0 };
const all = { informedChoice: true, agreement: true, targetJobs: 2, employerContacts: 3, startedPlacements: 1 };

describe('stage moves', () => {
  it('goes forward one stage at a time when everything is recorded', () => {
    for (let i = 0; i < SUPPORTED_EMPLOYMENT_STAGES.length - 1; i += 1) {
      expect(checkTransition(SUPPORTED_EMPLOYMENT_STAGES[i]!, SUPPORTED_EMPLOYMENT_STAGES[i + 1]!, all)).toEqual({ allowed: true, direction: 'forward' });
    }
  });

  it('refuses to skip a stage, even with every condition met', () => {
    expect(checkTransition('engagement', 'job_finding', all)).toEqual({ allowed: false, problem: 'skips_stages' });
    expect(checkTransition('vocational_profile', 'job_support', all)).toEqual({ allowed: false, problem: 'skips_stages' });
  });

  it('refuses the same stage', () => {
    expect(checkTransition('job_finding', 'job_finding', all)).toEqual({ allowed: false, problem: 'same_stage' });
  });

  it('vocational profile needs both the informed choice and the agreement', () => {
    expect(checkTransition('engagement', 'vocational_profile', none)).toEqual({ allowed: false, problem: 'condition_missing', condition: 'informed_choice_and_agreement' });
    expect(checkTransition('engagement', 'vocational_profile', { ...none, informedChoice: true })).toMatchObject({ allowed: false, condition: 'informed_choice_and_agreement' });
    expect(checkTransition('engagement', 'vocational_profile', { ...none, informedChoice: true, agreement: true })).toEqual({ allowed: true, direction: 'forward' });
  });

  it('job finding needs a target job in the vocational profile', () => {
    expect(checkTransition('vocational_profile', 'job_finding', { ...all, targetJobs: 0 })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'target_job' });
    expect(checkTransition('vocational_profile', 'job_finding', { ...none, targetJobs: 1 })).toEqual({ allowed: true, direction: 'forward' });
  });

  it('employer engagement needs an employer contact in the job-finding log', () => {
    expect(checkTransition('job_finding', 'employer_engagement', { ...all, employerContacts: 0 })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'employer_contact' });
    expect(checkTransition('job_finding', 'employer_engagement', { ...none, employerContacts: 1 })).toEqual({ allowed: true, direction: 'forward' });
  });

  it('job support needs a placement that has started', () => {
    expect(checkTransition('employer_engagement', 'job_support', { ...all, startedPlacements: 0 })).toEqual({ allowed: false, problem: 'condition_missing', condition: 'placement_started' });
    expect(checkTransition('employer_engagement', 'job_support', { ...none, startedPlacements: 1 })).toEqual({ allowed: true, direction: 'forward' });
  });

  it('goes back to any earlier stage with a reason, whatever the facts', () => {
    expect(checkTransition('job_support', 'engagement', none, 'Asmuo persigalvojo')).toEqual({ allowed: true, direction: 'back' });
    expect(checkTransition('employer_engagement', 'job_finding', none, 'Darbdavys atsisakė')).toEqual({ allowed: true, direction: 'back' });
  });

  it('going back without a reason (or with spaces only) is refused', () => {
    expect(checkTransition('job_finding', 'vocational_profile', all)).toEqual({ allowed: false, problem: 'reason_required' });
    expect(checkTransition('job_finding', 'vocational_profile', all, '   ')).toEqual({ allowed: false, problem: 'reason_required' });
  });

  it('offers the next stage only when it may be entered, and says what it waits for otherwise', () => {
    expect(nextStage('engagement', none)).toBeNull();
    expect(waitingFor('engagement', none)).toEqual({ stage: 'vocational_profile', condition: 'informed_choice_and_agreement' });
    expect(nextStage('engagement', all)).toBe('vocational_profile');
    expect(waitingFor('engagement', all)).toBeNull();
    expect(waitingFor('job_finding', none)).toEqual({ stage: 'employer_engagement', condition: 'employer_contact' });
    expect(nextStage('job_support', all)).toBeNull();
    expect(waitingFor('job_support', none)).toBeNull();
  });
});

describe('vocational profile', () => {
  it('trims skills, collapses spaces, drops empty ones and keeps the first of the same skill written twice', () => {
    expect(cleanSkills(['  Vairavimas ', 'vairavimas', 'Darbas  su   kompiuteriu', '', '  ', 'Šaltkalvystė', 'saltkalvyste'])).toEqual({
      skills: ['Vairavimas', 'Darbas su kompiuteriu', 'Šaltkalvystė'], problems: [],
    });
  });

  it('refuses a skill longer than 60 characters, naming its place', () => {
    const long = 'a'.repeat(61);
    expect(cleanSkills(['ok', long]).problems).toEqual([{ field: 'skills.1', problem: 'too_long', params: { max: 60 } }]);
    expect(cleanSkills([`  ${'ą'.repeat(60)}  `]).problems).toEqual([]);
  });

  it('refuses more than 30 different skills, but not 31 with a repeat', () => {
    const many = Array.from({ length: 31 }, (_, i) => `Įgūdis ${i}`);
    expect(cleanSkills(many).problems).toEqual([{ field: 'skills', problem: 'too_many', params: { max: 30 } }]);
    expect(cleanSkills([...many.slice(0, 30), 'įgūdis 0']).problems).toEqual([]);
  });

  it('keeps each code once, in the order given', () => {
    expect(uniqueCodes(['7212', '5120', '7212'])).toEqual(['7212', '5120']);
  });

  it('takes every 1- to 4-digit prefix of target and experience codes, once, sorted', () => {
    expect(iscoPrefixes(['7212'], ['7213', '5120'])).toEqual(['5', '51', '512', '5120', '7', '72', '721', '7212', '7213']);
    expect(iscoPrefixes([], [])).toEqual([]);
    expect(iscoPrefixes(['2512', '2512'])).toEqual(['2', '25', '251', '2512']);
  });
});

describe('engagement dates', () => {
  const context = { openedOn: '2026-01-12', today: '2026-11-22' };
  const base = { informedChoiceOn: null, agreementOn: null, startedOn: '2026-02-01', endedOn: null, endReason: '', hasNewDocument: false };

  it('accepts an informed choice and an agreement on the same or a later day', () => {
    expect(engagementProblems({ ...base, informedChoiceOn: '2026-02-03', agreementOn: '2026-02-03' }, context)).toEqual([]);
    expect(engagementProblems({ ...base, informedChoiceOn: '2026-02-03', agreementOn: '2026-02-10', hasNewDocument: true }, context)).toEqual([]);
  });

  it('an agreement needs the informed choice, and not before it', () => {
    expect(engagementProblems({ ...base, agreementOn: '2026-02-10' }, context)).toEqual([{ field: 'informedChoiceOn', problem: 'required' }]);
    expect(engagementProblems({ ...base, informedChoiceOn: '2026-02-10', agreementOn: '2026-02-09' }, context))
      .toEqual([{ field: 'agreementOn', problem: 'before_informed_choice', params: { informedChoiceOn: '2026-02-10' } }]);
  });

  it('dates are not in the future nor before the case was opened', () => {
    expect(engagementProblems({ ...base, informedChoiceOn: '2026-11-23' }, context)).toEqual([{ field: 'informedChoiceOn', problem: 'date_in_future' }]);
    expect(engagementProblems({ ...base, informedChoiceOn: '2025-12-31' }, context))
      .toEqual([{ field: 'informedChoiceOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' } }]);
  });

  it('a signed copy needs an agreement date', () => {
    expect(engagementProblems({ ...base, informedChoiceOn: '2026-02-03', hasNewDocument: true }, context)).toEqual([{ field: 'agreementOn', problem: 'required' }]);
  });

  it('an end needs its reason and falls between the start and today', () => {
    expect(engagementProblems({ ...base, endedOn: '2026-06-01' }, context)).toEqual([{ field: 'endReason', problem: 'reason_required' }]);
    expect(engagementProblems({ ...base, endedOn: '2026-01-20', endReason: 'Išvyko' }, context))
      .toEqual([{ field: 'endedOn', problem: 'before_start', params: { start: '2026-02-01' } }]);
    expect(engagementProblems({ ...base, endedOn: '2026-12-01', endReason: 'Išvyko' }, context)).toEqual([{ field: 'endedOn', problem: 'date_in_future' }]);
    expect(engagementProblems({ ...base, endedOn: '2026-11-22', endReason: 'Dirba' }, context)).toEqual([]);
  });

  it('the start is not in the future nor before the case was opened', () => {
    expect(startProblems('2026-11-22', context)).toEqual([]);
    expect(startProblems('2026-11-23', context)).toEqual([{ field: 'startedOn', problem: 'date_in_future' }]);
    expect(startProblems('2026-01-11', context)).toEqual([{ field: 'startedOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' } }]);
  });
});

describe('job analysis dates', () => {
  const context = { openedOn: '2026-01-12', today: '2026-11-22' };
  it('agreed not before analysed, neither in the future nor analysed before the case', () => {
    expect(jobAnalysisProblems({ analysedOn: '2026-03-01', agreedOn: '2026-03-01' }, context)).toEqual([]);
    expect(jobAnalysisProblems({ analysedOn: '2026-03-01', agreedOn: null }, context)).toEqual([]);
    expect(jobAnalysisProblems({ analysedOn: '2026-03-01', agreedOn: '2026-02-28' }, context))
      .toEqual([{ field: 'agreedOn', problem: 'before_analysed', params: { analysedOn: '2026-03-01' } }]);
    expect(jobAnalysisProblems({ analysedOn: '2026-11-23', agreedOn: null }, context)).toEqual([{ field: 'analysedOn', problem: 'date_in_future' }]);
    expect(jobAnalysisProblems({ analysedOn: '2026-01-01', agreedOn: null }, context))
      .toEqual([{ field: 'analysedOn', problem: 'before_case_opened', params: { openedOn: '2026-01-12' } }]);
    expect(jobAnalysisProblems({ analysedOn: '2026-03-01', agreedOn: '2026-12-01' }, context)).toEqual([{ field: 'agreedOn', problem: 'date_in_future' }]);
  });
});
