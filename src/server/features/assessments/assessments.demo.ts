import type { Database } from '../../db/connect.ts';
import type { Answers, Questionnaire } from '../../../contracts/assessments.ts';
import type { CaseTeamRole } from '../../../contracts/cases.ts';
import { dayOf, demoCase, member, tell, vilniusTime, type DemoStory } from '../cases/cases.demo.ts';
import { missingAnswers, scoreAssessment, validateAnswers } from './assessments.rules.ts';
import { latestQuestionnaire } from './questionnaires/index.ts';

// Demo data: the assessments of the demo cases, answered as each person would and scored
// by the real rules, so the result pages show real domain scores, profiles and suggested
// services. Every case from planning on has a completed one; Vidmantas Balčiūnas was
// assessed again four months on (the comparison shows what changed); Algis Ąžuolinis, who
// is over 50, also had the capability assessment; Irena Šukienė's is still a draft.

/** A Kazlų Rūda person out of work for a while: each person below differs from this. */
const TYPICAL: Answers = {
  motivation_want_work: 4, motivation_start_soon: 4, motivation_better_life: 4, motivation_lost_hope: 2,
  confidence_can_learn: 4, confidence_interview: 3, confidence_abilities: 3,
  digital_computer: 3, digital_email: 3, digital_online_services: 3, digital_has_internet: true,
  search_find_ads: 3, search_cv: 'out_of_date', search_applications: 2, search_know_where: 3,
  experience_years: 10, experience_last_job: '1_to_2_years', experience_qualification: true,
  health_limits_work: 1, health_hours: 'full_day', health_disability: false, health_low_mood: 2,
  caring_has_duties: false, caring_hours: 0, caring_cover: 'not_needed',
  transport_reach_work: 3, transport_means: 'public_transport', transport_costs: 2,
  housing_where: 'own_or_rented', housing_at_risk: false, housing_conditions: 4,
  debts_unpaid: false, debts_bailiff: false, debts_worries: 2,
  language_lithuanian_speak: 5, language_lithuanian_write: 4, language_other: true,
  social_support: 4, social_contact: 3, social_job_tips: true,
};

interface DemoAssessment {
  last: string;
  questionnaire: 'employability' | 'capability_50plus';
  /** Day after the case was opened. */
  day: number;
  by: CaseTeamRole;
  answers: Answers;
  /** Domains the person chose not to answer (the sensitive ones are optional). */
  declined?: string[];
  draft?: true;
}

const ASSESSMENTS: DemoAssessment[] = [
  {
    // Long out of work, debts collected by a bailiff, no computer, no CV: social help first.
    last: 'Balčiūnas', questionnaire: 'employability', day: 12, by: 'case_manager',
    answers: {
      ...TYPICAL, motivation_start_soon: 2, motivation_better_life: 3, motivation_lost_hope: 4,
      confidence_can_learn: 3, confidence_interview: 1, confidence_abilities: 2,
      digital_computer: 1, digital_email: 1, digital_online_services: 1, digital_has_internet: false,
      search_find_ads: 2, search_cv: 'none', search_applications: 0, search_know_where: 2,
      experience_years: 16, experience_last_job: '2_to_5_years',
      experience_description: 'Traktorininkas žemės ūkio bendrovėje, vėliau sandėlininkas Marijampolėje. Turi B ir C kategorijų vairuotojo pažymėjimą.',
      health_limits_work: 2, health_low_mood: 4, debts_unpaid: true, debts_bailiff: true, debts_worries: 4,
      transport_means: 'lifts', transport_costs: 3, housing_conditions: 3, social_support: 2, social_contact: 2, social_job_tips: false,
    },
  },
  {
    // Four months on: a repayment plan instead of the bailiff, computer course done, a CV, interviews.
    last: 'Balčiūnas', questionnaire: 'employability', day: 130, by: 'case_manager',
    answers: {
      ...TYPICAL, motivation_want_work: 5, motivation_better_life: 5,
      digital_online_services: 2, search_find_ads: 4, search_cv: 'up_to_date', search_applications: 3, search_know_where: 4,
      experience_years: 16, experience_last_job: '2_to_5_years',
      experience_description: 'Traktorininkas žemės ūkio bendrovėje, vėliau sandėlininkas Marijampolėje. Turi B ir C kategorijų vairuotojo pažymėjimą.',
      health_limits_work: 2, debts_unpaid: true, transport_means: 'lifts', transport_costs: 3, housing_conditions: 3, social_support: 3,
    },
  },
  {
    // An accountant whose employer went bankrupt; two children at school, no car in a village.
    last: 'Yčienė', questionnaire: 'employability', day: 40, by: 'case_manager', declined: ['health', 'debts'],
    answers: {
      ...TYPICAL, motivation_want_work: 5, motivation_better_life: 5, motivation_lost_hope: 1, confidence_abilities: 4,
      digital_computer: 4, digital_email: 4, digital_online_services: 4, search_applications: 1, search_know_where: 2,
      experience_years: 12, experience_description: 'Buhalterė žemės ūkio bendrovėje, kol ši bankrutavo.',
      caring_has_duties: true, caring_hours: 15, caring_cover: 'yes', transport_reach_work: 2, transport_means: 'lifts', transport_costs: 3,
    },
  },
  {
    // Skilled and willing, but caring for her mother thirty hours a week: care arranged first.
    last: 'Čiurlienė', questionnaire: 'employability', day: 13, by: 'case_manager',
    answers: {
      ...TYPICAL, motivation_start_soon: 3, confidence_interview: 2, experience_years: 22,
      experience_description: 'Pardavėja kasininkė, vėliau parduotuvės administratorė.',
      caring_has_duties: true, caring_hours: 30, caring_cover: 'partly', transport_reach_work: 4, transport_means: 'own_car',
    },
  },
  {
    // Sixty-one, five years out of work, a bad back, walks everywhere: intensive support.
    last: 'Ąžuolinis', questionnaire: 'employability', day: 17, by: 'case_manager',
    answers: {
      ...TYPICAL, motivation_want_work: 3, motivation_start_soon: 2, motivation_better_life: 3, motivation_lost_hope: 4,
      confidence_can_learn: 3, confidence_interview: 2, confidence_abilities: 2,
      digital_computer: 1, digital_email: 1, digital_online_services: 1, digital_has_internet: false,
      search_find_ads: 1, search_cv: 'none', search_applications: 0, search_know_where: 2,
      experience_years: 30, experience_last_job: 'over_5_years', experience_qualification: false,
      experience_description: 'Miško darbininkas, vėliau kūrikas mokykloje.',
      health_limits_work: 3, health_hours: '4_to_6', health_low_mood: 3,
      transport_reach_work: 1, transport_means: 'on_foot', transport_costs: 4, housing_conditions: 2, debts_worries: 3,
      language_lithuanian_write: 3, social_support: 3, social_contact: 2,
    },
  },
  {
    last: 'Ąžuolinis', questionnaire: 'capability_50plus', day: 24, by: 'social_worker',
    answers: {
      senior_want_work: 4, senior_work_matters: 4, senior_years_ahead: 'until_pension',
      senior_too_old: 5, senior_experience_valued: 3, senior_younger_colleagues: 3, senior_turned_down_for_age: true,
      senior_computer: 1, senior_smartphone: 2, senior_internet_forms: 1, senior_computer_access: true,
      senior_wants_to_learn: 3, senior_last_training: 'never', senior_skills_current: 2,
      senior_part_time: true, senior_seasonal: true, senior_when_available: 'weekdays',
      senior_health_limits: 3, senior_work_kind: 'light_physical', senior_adapted_workplace: true,
      senior_knows_goal: 4, senior_knows_local_jobs: 3, senior_change_occupation: false,
      senior_wished_work: 'Kiemsargio, sargo ar pagalbinio darbininko darbas netoli namų.',
      senior_community_activities: 2, senior_support: 3, senior_lonely: 4,
    },
  },
  {
    // A welder who never learnt to look for work online.
    last: 'Kučinskas', questionnaire: 'employability', day: 11, by: 'case_manager',
    answers: {
      ...TYPICAL, motivation_lost_hope: 3, confidence_interview: 2, digital_computer: 2, digital_email: 2, digital_online_services: 1,
      search_find_ads: 2, search_cv: 'none', search_applications: 1, search_know_where: 2,
      experience_years: 25, experience_last_job: '2_to_5_years', experience_description: 'Suvirintojas metalo konstrukcijų gamykloje.',
    },
  },
  {
    // Started with her; the documents from the eldership are still missing.
    last: 'Šukienė', questionnaire: 'employability', day: 34, by: 'case_manager', draft: true,
    answers: {
      motivation_want_work: 4, motivation_start_soon: 3, motivation_better_life: 4, motivation_lost_hope: 3,
      confidence_can_learn: 3, confidence_interview: 2, confidence_abilities: 3,
      digital_computer: 2, digital_email: 1, digital_online_services: 1, digital_has_internet: true,
    },
  },
];

/** The answers without the declined domains', checked against the questionnaire as the form would check them. */
function answersOf(questionnaire: Questionnaire, demo: DemoAssessment): Answers {
  const declined = new Set(questionnaire.domains.filter((d) => demo.declined?.includes(d.key)).flatMap((d) => d.questions.map((q) => q.key)));
  const answers = Object.fromEntries(Object.entries(demo.answers).filter(([key]) => !declined.has(key)));
  const problems = [
    ...validateAnswers(questionnaire, answers, { seesSensitive: true }).map((issue) => `${issue.field} ${issue.problem}`),
    ...(demo.draft ? [] : missingAnswers(questionnaire, answers).map((missing) => `${missing.key} unanswered`)),
  ];
  if (problems.length > 0) throw new Error(`demo: ${demo.last}'s ${questionnaire.key} answers: ${problems.join(', ')}`);
  return answers;
}

export async function seedDemoAssessments(trx: Database, story: DemoStory) {
  for (const demo of ASSESSMENTS) {
    const ref = demoCase(story, demo.last);
    const questionnaire = latestQuestionnaire(demo.questionnaire)!;
    const answers = answersOf(questionnaire, demo);
    const result = demo.draft ? null : scoreAssessment(questionnaire, answers);
    const on = dayOf(story, ref, demo.day);
    const assessor = member(ref, demo.by);
    const { id } = await trx.insertInto('assessments').values({
      case_id: ref.id, questionnaire_key: questionnaire.key, questionnaire_version: questionnaire.version,
      status: result ? 'completed' : 'draft', assessed_on: on, answers: JSON.stringify(answers), result: result ? JSON.stringify(result) : null,
      assessor_id: assessor, completed_at: result ? vilniusTime(on, '11:00') : null,
      created_at: vilniusTime(on, '09:30'), updated_at: vilniusTime(on, '11:00'),
    }).returning('id').executeTakeFirstOrThrow();
    const details = { assessmentId: id, questionnaireKey: questionnaire.key, questionnaireVersion: questionnaire.version };
    tell(story, ref, on, '09:30', assessor, 'assessment_started', details);
    if (result) tell(story, ref, on, '11:00', assessor, 'assessment_completed', { ...details, profile: result.profile });
  }
}
