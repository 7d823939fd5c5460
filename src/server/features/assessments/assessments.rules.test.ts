import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers, Questionnaire } from '../../../contracts/assessments.ts';
import {
  checkQuestionnaire, compareResults, locateQuestion, mergeAnswers, missingAnswers, profileOf, scoreAssessment, scoreDomains,
  strengthOf, suggestServices, validateAnswers, visibleAnswers,
} from './assessments.rules.ts';
import { QUESTIONNAIRES, latestQuestionnaire, latestQuestionnaires, questionnaireOf } from './questionnaires/index.ts';
import { EMPLOYABILITY_V1 } from './questionnaires/employability.v1.ts';
import { CAPABILITY_50PLUS_V1 } from './questionnaires/capability-50plus.v1.ts';
import { AGREE, EXTENT } from './questionnaires/scales.ts';

const t = (lt: string) => ({ lt, en: lt });

/** A small questionnaire whose numbers are easy to follow by hand. */
const SMALL: Questionnaire = {
  key: 'small', version: 1, name: t('Mažas'), description: t('Bandymams'),
  domains: [
    {
      key: 'motivation', name: t('Motyvacija'),
      questions: [
        { key: 'want', type: 'scale', required: true, min: 1, max: 5, anchors: AGREE, direction: 'higher_is_stronger', text: t('Noriu dirbti') },
        { key: 'hopeless', type: 'scale', required: true, min: 1, max: 5, anchors: AGREE, direction: 'higher_is_more_need', text: t('Praradau viltį') },
        { key: 'notes', type: 'text', required: false, maxLength: 20, text: t('Pastabos') },
      ],
    },
    {
      key: 'health', name: t('Sveikata'),
      questions: [
        { key: 'limits', type: 'scale', required: false, sensitive: true, min: 1, max: 5, anchors: EXTENT, direction: 'higher_is_more_need', text: t('Ribojimai') },
        { key: 'disability', type: 'yes_no', required: false, sensitive: true, direction: 'yes_is_more_need', text: t('Neįgalumas') },
      ],
    },
    {
      key: 'experience', name: t('Patirtis'),
      questions: [
        { key: 'years', type: 'number', required: true, min: 0, max: 60, integer: true, text: t('Metai'), scoring: { from: 0, to: 10, direction: 'higher_is_stronger' } },
        { key: 'children', type: 'number', required: false, min: 0, max: 20, integer: true, text: t('Vaikai') },
        {
          key: 'cv', type: 'choice', required: true, direction: 'higher_is_stronger', text: t('CV'),
          options: [{ value: 'none', score: 0, label: t('Nėra') }, { value: 'old', score: 1, label: t('Senas') }, { value: 'new', score: 2, label: t('Naujas') }],
        },
      ],
    },
  ],
  levels: { noNeedFrom: 70, someNeedFrom: 40 },
  profile: { firstSupportDomains: ['health'], firstSupportBelow: 30, readyFrom: 70, readyNoDomainBelow: 50, shortSupportFrom: 50 },
  services: [
    { domain: 'motivation', below: 60, services: ['motivation'] },
    { domain: 'health', below: 60, services: ['workplace_adaptation'] },
    { domain: 'health', below: 40, services: ['psychological_help'] },
    { domain: 'experience', below: 60, services: ['trial_practice', 'motivation'] },
  ],
  profileServices: { ready_for_work: ['job_mediation'] },
};

const strong: Answers = { want: 5, hopeless: 1, limits: 1, disability: false, years: 12, cv: 'new' };

/** The service catalogue as migration 0004 creates it. */
function catalogue(): Set<string> {
  const sql = readFileSync(new URL('../../db/migrations/0004_cases.sql', import.meta.url), 'utf8');
  const rows = sql.slice(sql.indexOf('insert into service_types'));
  return new Set([...rows.slice(0, rows.indexOf(';')).matchAll(/\('([a-z0-9_]+)', '/g)].map((m) => m[1]!));
}

describe('questionnaires', () => {
  it('are well formed, name only services of the catalogue and keep every question key unique', () => {
    const services = catalogue();
    expect(services.has('computer_literacy')).toBe(true);
    for (const questionnaire of QUESTIONNAIRES) expect(checkQuestionnaire(questionnaire, services)).toEqual([]);
    expect(checkQuestionnaire(SMALL, services)).toEqual([]);
  });

  it('has the twelve domains of the issue in the employability assessment, and a 50+ assessment with its own', () => {
    expect(EMPLOYABILITY_V1.domains.map((d) => d.key)).toEqual([
      'motivation', 'self_confidence', 'digital_literacy', 'job_search_skills', 'work_experience', 'health',
      'caring_duties', 'transport', 'housing', 'debts', 'language', 'social_network',
    ]);
    for (const domain of EMPLOYABILITY_V1.domains) expect(domain.questions.length).toBeGreaterThanOrEqual(3);
    expect(CAPABILITY_50PLUS_V1.domains.map((d) => d.key)).toEqual([
      'motivation', 'age_confidence', 'digital_literacy', 'skills_update', 'flexible_work', 'health', 'career_direction', 'community',
    ]);
    // Health and debts answers are sensitive, and never required.
    const sensitive = QUESTIONNAIRES.flatMap((q) => q.domains.filter((d) => d.questions.some((x) => x.sensitive)).map((d) => `${q.key}.${d.key}`));
    expect(sensitive).toEqual(['employability.health', 'employability.debts', 'capability_50plus.health']);
  });

  it('are kept by key and version: old versions stay readable, new assessments take the latest', () => {
    const ids = QUESTIONNAIRES.map((q) => `${q.key}@${q.version}`);
    expect(new Set(ids).size).toBe(ids.length);
    const v2 = { ...EMPLOYABILITY_V1, version: 2 };
    const all = [EMPLOYABILITY_V1, v2, CAPABILITY_50PLUS_V1];
    expect(latestQuestionnaire('employability', all)).toBe(v2);
    expect(questionnaireOf('employability', 1, all)).toBe(EMPLOYABILITY_V1);
    expect(latestQuestionnaires(all).map((q) => `${q.key}@${q.version}`)).toEqual(['employability@2', 'capability_50plus@1']);
    expect(latestQuestionnaire('unknown', all)).toBeUndefined();
    expect(questionnaireOf('employability', 3, all)).toBeUndefined();
  });

  it('finds a question with its number in the form', () => {
    expect(locateQuestion(SMALL, 'years')?.number).toBe('3.1');
    expect(locateQuestion(EMPLOYABILITY_V1, 'digital_email')).toMatchObject({ number: '3.2', domain: { key: 'digital_literacy' } });
  });

  it('names what is wrong with a badly made questionnaire', () => {
    const bad: Questionnaire = {
      ...SMALL,
      domains: [
        { key: 'a', name: t('A'), questions: [{ key: 'q', type: 'scale', required: true, sensitive: true, min: 1, max: 5, anchors: AGREE.slice(0, 4), direction: 'higher_is_stronger', text: t('Q') }] },
        { key: 'a', name: t('B'), questions: [{ key: 'q', type: 'text', required: false, maxLength: 10, text: { lt: 'Q', en: '' } }] },
      ],
      services: [{ domain: 'nope', below: 50, services: ['teleportation'] }],
    };
    expect(checkQuestionnaire(bad, catalogue())).toEqual([
      'small v1: question q: a sensitive question cannot be required (people may decline)',
      'small v1: question q: every point of the scale needs one label',
      'small v1: domain a appears twice',
      'small v1: domain a has no scored question',
      'small v1: question q appears twice',
      'small v1: question q needs both Lithuanian and English text',
      'small v1: profile names unknown domain health',
      'small v1: service rule names unknown domain nope',
      'small v1: service teleportation is not in the catalogue',
    ]);
  });
});

describe('answers', () => {
  const check = (answers: Record<string, unknown>, seesSensitive = true) => validateAnswers(SMALL, answers, { seesSensitive });

  it('accept what fits each question, and null to clear one', () => {
    expect(check({ ...strong, notes: 'Dirbo virėja', children: 2 })).toEqual([]);
    expect(check({ want: null, cv: null })).toEqual([]);
  });

  it('refuse an answer out of range, of the wrong type or not offered, naming the question', () => {
    expect(check({ want: 6, hopeless: 0, years: 61 })).toEqual([
      { field: 'answers.want', problem: 'too_large', params: { question: '1.1', max: 5 } },
      { field: 'answers.hopeless', problem: 'too_small', params: { question: '1.2', min: 1 } },
      { field: 'answers.years', problem: 'too_large', params: { question: '3.1', max: 60 } },
    ]);
    expect(check({ want: '5', hopeless: 2.5, years: 1.5, disability: 'taip', cv: 'maybe', notes: 42 })).toEqual([
      { field: 'answers.want', problem: 'number', params: { question: '1.1' } },
      { field: 'answers.hopeless', problem: 'whole_number', params: { question: '1.2' } },
      { field: 'answers.years', problem: 'whole_number', params: { question: '3.1' } },
      { field: 'answers.disability', problem: 'yes_or_no', params: { question: '2.2' } },
      { field: 'answers.cv', problem: 'choice', params: { question: '3.3' } },
      { field: 'answers.notes', problem: 'invalid', params: { question: '1.3' } },
    ]);
    expect(check({ notes: 'x'.repeat(21) })).toEqual([{ field: 'answers.notes', problem: 'too_long', params: { question: '1.3', max: 20 } }]);
  });

  it('refuse a question the questionnaire does not have', () => {
    expect(check({ shoe_size: 42 })).toEqual([{ field: 'answers.shoe_size', problem: 'unknown_field' }]);
  });

  it('refuse sensitive answers from those who may not see them, even clearing one', () => {
    expect(check({ want: 4, limits: 2, disability: null }, false)).toEqual([
      { field: 'answers.limits', problem: 'sensitive_answer', params: { question: '2.1' } },
      { field: 'answers.disability', problem: 'sensitive_answer', params: { question: '2.2' } },
    ]);
  });

  it('merge a partial save into what is stored; null and blank text remove an answer', () => {
    expect(mergeAnswers({ want: 3, notes: 'a', cv: 'old' }, { want: 4, notes: '  ', cv: null, years: 2 })).toEqual({ want: 4, years: 2 });
  });

  it('list the required questions still unanswered, in the order of the form, never the sensitive ones', () => {
    expect(missingAnswers(SMALL, {})).toEqual([{ key: 'want', number: '1.1' }, { key: 'hopeless', number: '1.2' }, { key: 'years', number: '3.1' }, { key: 'cv', number: '3.3' }]);
    expect(missingAnswers(SMALL, { want: 1, hopeless: 1, cv: 'none' })).toEqual([{ key: 'years', number: '3.1' }]);
    expect(missingAnswers(SMALL, strong)).toEqual([]);
  });

  it('show a user without the right to sensitive data every answer but those', () => {
    expect(visibleAnswers(SMALL, strong, true)).toEqual({ answers: strong, masked: [] });
    expect(visibleAnswers(SMALL, strong, false)).toEqual({ answers: { want: 5, hopeless: 1, years: 12, cv: 'new' }, masked: ['limits', 'disability'] });
  });
});

describe('scoring', () => {
  const question = (key: string) => locateQuestion(SMALL, key)!.question;

  it('turns each answer into strength 0–1 with the question\'s direction', () => {
    expect([1, 3, 5].map((v) => strengthOf(question('want'), v))).toEqual([0, 0.5, 1]);
    expect([1, 3, 5].map((v) => strengthOf(question('hopeless'), v))).toEqual([1, 0.5, 0]);
    expect([true, false].map((v) => strengthOf(question('disability'), v))).toEqual([0, 1]);
    expect(['none', 'old', 'new'].map((v) => strengthOf(question('cv'), v))).toEqual([0, 0.5, 1]);
    // Numbers count between scoring.from and .to; beyond, as the nearer end.
    expect([0, 5, 10, 40].map((v) => strengthOf(question('years'), v))).toEqual([0, 0.5, 1, 1]);
    expect(strengthOf(question('children'), 3)).toBeNull();
    expect(strengthOf(question('notes'), 'anything')).toBeNull();
  });

  it('scores a domain as the mean of its answered, scored questions, 0–100, with its level', () => {
    const domains = scoreDomains(SMALL, { want: 4, hopeless: 2, notes: 'x', years: 3, cv: 'old' });
    expect(domains).toEqual([
      { key: 'motivation', score: 75, level: 'no_need', answered: 3, scored: 2 },
      { key: 'health', score: null, level: null, answered: 0, scored: 2 },
      // years 3 of 10 → 0.3; cv "old" → 0.5; the unscored number does not count.
      { key: 'experience', score: 40, level: 'some_need', answered: 2, scored: 2 },
    ]);
    expect(scoreDomains(SMALL, { want: 2, hopeless: 4 })[0]).toMatchObject({ score: 25, level: 'high_need' });
  });

  const profileFor = (answers: Answers) => profileOf(SMALL, scoreDomains(SMALL, answers));

  it('gives a profile by the documented bands', () => {
    expect(profileFor(strong)).toBe('ready_for_work');
    // Mean 70 or more but one domain below 50: short support, not ready.
    expect(profileFor({ ...strong, years: 0, cv: 'old' })).toBe('short_support');
    expect(profileFor({ want: 3, hopeless: 3, years: 5, cv: 'old' })).toBe('short_support');
    expect(profileFor({ want: 2, hopeless: 4, years: 1, cv: 'none' })).toBe('intensive_support');
    // A first-support domain below 30 comes first, however strong the rest.
    expect(profileFor({ ...strong, limits: 5, disability: true })).toBe('social_and_health_first');
    // Declined health questions do not count against the person.
    expect(profileFor({ want: 5, hopeless: 1, years: 12, cv: 'new' })).toBe('ready_for_work');
  });

  it('suggests services from low domains, each once, with every reason, then the profile\'s', () => {
    const domains = scoreDomains(SMALL, { want: 2, hopeless: 4, limits: 4, disability: true, years: 1, cv: 'none' });
    expect(suggestServices(SMALL, domains, 'intensive_support')).toEqual([
      { key: 'motivation', because: ['motivation', 'experience'] },
      { key: 'workplace_adaptation', because: ['health'] },
      { key: 'psychological_help', because: ['health'] },
      { key: 'trial_practice', because: ['experience'] },
    ]);
    expect(scoreAssessment(SMALL, strong)).toEqual({
      domains: [
        { key: 'motivation', score: 100, level: 'no_need', answered: 2, scored: 2 },
        { key: 'health', score: 100, level: 'no_need', answered: 2, scored: 2 },
        { key: 'experience', score: 100, level: 'no_need', answered: 2, scored: 2 },
      ],
      overall: 100,
      profile: 'ready_for_work',
      services: [{ key: 'job_mediation', because: ['profile'] }],
    });
  });

  it('suggests computer literacy for low digital literacy, transport for transport, in the employability assessment', () => {
    const answers: Answers = Object.fromEntries(EMPLOYABILITY_V1.domains.flatMap((d) => d.questions.map((q) => {
      if (q.type === 'scale') return [q.key, q.direction === 'higher_is_stronger' ? 5 : 1];
      if (q.type === 'yes_no') return [q.key, q.direction === 'yes_is_stronger'];
      if (q.type === 'choice') return [q.key, [...q.options].sort((a, b) => b.score - a.score)[0]!.value];
      if (q.type === 'number') return [q.key, q.scoring?.direction === 'higher_is_more_need' ? q.min : q.max];
      return [q.key, 'Tekstas'];
    })));
    expect(scoreAssessment(EMPLOYABILITY_V1, answers)).toMatchObject({ overall: 100, profile: 'ready_for_work', services: [{ key: 'job_mediation' }] });
    const weak = { ...answers, digital_computer: 1, digital_email: 1, digital_online_services: 2, digital_has_internet: false, transport_reach_work: 1, transport_means: 'on_foot', transport_costs: 5 };
    const result = scoreAssessment(EMPLOYABILITY_V1, weak);
    expect(result.domains.find((d) => d.key === 'digital_literacy')).toMatchObject({ score: 6, level: 'high_need' });
    expect(result.services.map((s) => s.key)).toEqual(['computer_literacy', 'transport', 'employability_training']);
    expect(result.profile).toBe('short_support');
  });
});

describe('comparison', () => {
  const scored = (answers: Answers, questionnaire = SMALL) => ({ questionnaire, result: scoreAssessment(questionnaire, answers) });

  it('shows per domain before, after, change and whether it got better, worse or stayed the same', () => {
    const before = scored({ want: 2, hopeless: 4, limits: 2, years: 5, cv: 'old' });
    const after = scored({ want: 4, hopeless: 2, limits: 4, years: 5, cv: 'old' });
    expect(compareResults(before, after)).toEqual({
      // Mean 50 before; health below 30 after puts social and health support first.
      profileBefore: 'short_support',
      profileAfter: 'social_and_health_first',
      domains: [
        { key: 'motivation', names: t('Motyvacija'), before: 25, after: 75, change: 50, trend: 'better' },
        // Health limits went up from 2 to 4: the score went down, which is worse.
        { key: 'health', names: t('Sveikata'), before: 75, after: 25, change: -50, trend: 'worse' },
        { key: 'experience', names: t('Patirtis'), before: 50, after: 50, change: 0, trend: 'same' },
      ],
    });
  });

  it('reads "less need" as better where a higher answer meant more need', () => {
    const before = scored({ want: 3, hopeless: 5, years: 0, cv: 'none' });
    const after = scored({ want: 3, hopeless: 2, years: 0, cv: 'none' });
    expect(compareResults(before, after).domains[0]).toMatchObject({ key: 'motivation', before: 25, after: 63, trend: 'better' });
  });

  it('compares across versions by domain key; a domain only one version has is not comparable', () => {
    const v2: Questionnaire = {
      ...SMALL, version: 2,
      domains: [
        SMALL.domains[0]!,
        { key: 'transport', name: t('Transportas'), questions: [{ key: 'car', type: 'yes_no', required: true, direction: 'yes_is_stronger', text: t('Automobilis') }] },
        SMALL.domains[2]!,
      ],
    };
    const before = scored({ want: 2, hopeless: 4, limits: 1, years: 5, cv: 'old' });
    const after = scored({ want: 2, hopeless: 4, car: true, years: 10, cv: 'new' }, v2);
    expect(compareResults(before, after).domains.map(({ key, before: b, after: a, trend }) => [key, b, a, trend])).toEqual([
      ['motivation', 25, 25, 'same'],
      ['transport', null, 100, 'not_comparable'],
      ['experience', 50, 100, 'better'],
      ['health', 100, null, 'not_comparable'],
    ]);
  });

  it('cannot compare a domain left unanswered (declined) either time', () => {
    const before = scored({ want: 2, hopeless: 4, years: 5, cv: 'old' });
    const after = scored({ want: 2, hopeless: 4, limits: 3, years: 5, cv: 'old' });
    expect(compareResults(before, after).domains[1]).toMatchObject({ key: 'health', before: null, after: 50, change: null, trend: 'not_comparable' });
  });
});
