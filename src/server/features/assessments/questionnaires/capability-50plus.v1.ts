import type { Questionnaire } from '../../../../contracts/assessments.ts';
import { ABILITY, AGREE, EXTENT, FREQUENCY, scale } from './scales.ts';

// The capability assessment for people over 50, version 1, after seed 001 (Rokiškis,
// 2009–2012: "active ageing and flexible work" for men and women older than 50). Its
// domains follow what that programme worked on: motivation and self-confidence against
// age stereotypes, computer literacy at the village centres, updating skills, flexible
// work, health, career counselling, and the ageing communities people live in.

const SENSITIVE = { required: false, sensitive: true } as const;

export const CAPABILITY_50PLUS_V1: Questionnaire = {
  key: 'capability_50plus',
  version: 1,
  name: { lt: 'Vyresnių nei 50 metų asmenų galimybių vertinimas', en: 'Capability assessment for people over 50' },
  description: {
    lt: 'Aštuonios sritys, svarbios vyresniems žmonėms grįžtant į darbą: noras dirbti, amžiaus stereotipai, kompiuteris, mokymasis, lankstus darbas, sveikata, karjeros kryptis ir bendruomenė.',
    en: 'Eight areas that matter to older people returning to work: wish to work, age stereotypes, computers, learning, flexible work, health, career direction and community.',
  },
  domains: [
    {
      key: 'motivation',
      name: { lt: 'Noras dirbti', en: 'Wish to work' },
      questions: [
        scale('senior_want_work', AGREE, 'higher_is_stronger', { lt: 'Noriu vėl dirbti.', en: 'I want to work again.' }),
        scale('senior_work_matters', AGREE, 'higher_is_stronger', {
          lt: 'Darbas man svarbus ne tik dėl pinigų, bet ir dėl bendravimo su žmonėmis.',
          en: 'Work matters to me not only for the money but also for being with other people.',
        }),
        {
          key: 'senior_years_ahead', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kiek metų dar norėtumėte dirbti?', en: 'For how many more years would you like to work?' },
          options: [
            { value: 'none', score: 0, label: { lt: 'Nenoriu dirbti', en: 'I do not want to work' } },
            { value: 'up_to_2', score: 1, label: { lt: 'Iki 2 metų', en: 'Up to 2 years' } },
            { value: '2_to_5', score: 2, label: { lt: '2–5 metus', en: '2 to 5 years' } },
            { value: 'until_pension', score: 3, label: { lt: 'Iki pensijos ar ilgiau', en: 'Until retirement or longer' } },
          ],
        },
      ],
    },
    {
      key: 'age_confidence',
      name: { lt: 'Amžius ir pasitikėjimas savimi', en: 'Age and self-confidence' },
      questions: [
        scale('senior_too_old', AGREE, 'higher_is_more_need', { lt: 'Manau, kad esu per senas (-a), kad mane priimtų į darbą.', en: 'I think I am too old for anyone to hire me.' }),
        scale('senior_experience_valued', AGREE, 'higher_is_stronger', { lt: 'Mano gyvenimo ir darbo patirtis naudinga darbdaviui.', en: 'My life and work experience is of use to an employer.' }),
        scale('senior_younger_colleagues', AGREE, 'higher_is_stronger', { lt: 'Gerai jausčiausi dirbdamas (-a) su jaunesniais kolegomis.', en: 'I would feel at ease working with younger colleagues.' }),
        {
          key: 'senior_turned_down_for_age', type: 'yes_no', required: true, direction: 'yes_is_more_need',
          text: { lt: 'Ar per pastaruosius dvejus metus jūsų nepriėmė į darbą dėl amžiaus?', en: 'In the last two years, has an employer turned you down because of your age?' },
        },
      ],
    },
    {
      key: 'digital_literacy',
      name: { lt: 'Kompiuterinis raštingumas', en: 'Digital literacy' },
      questions: [
        scale('senior_computer', ABILITY, 'higher_is_stronger', { lt: 'Kaip mokate naudotis kompiuteriu?', en: 'How well can you use a computer?' }),
        scale('senior_smartphone', ABILITY, 'higher_is_stronger', {
          lt: 'Kaip mokate naudotis išmaniuoju telefonu (vaizdo skambučiai, žinutės, programėlės)?',
          en: 'How well can you use a smartphone (video calls, messages, apps)?',
        }),
        scale('senior_internet_forms', ABILITY, 'higher_is_stronger', { lt: 'Kaip mokate internete rasti informacijos ir užpildyti formą?', en: 'How well can you find information online and fill in a form?' }),
        {
          key: 'senior_computer_access', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar galite nueiti į artimiausią centrą ar biblioteką, kur galima naudotis kompiuteriu?', en: 'Can you get to the nearest centre or library where you can use a computer?' },
        },
      ],
    },
    {
      key: 'skills_update',
      name: { lt: 'Žinių ir įgūdžių atnaujinimas', en: 'Updating knowledge and skills' },
      questions: [
        scale('senior_wants_to_learn', AGREE, 'higher_is_stronger', { lt: 'Norėčiau išmokti naują profesiją ar atnaujinti žinias.', en: 'I would like to learn a new trade or update my knowledge.' }),
        {
          key: 'senior_last_training', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kada paskutinį kartą mokėtės kursuose ar mokymuose?', en: 'When did you last attend a course or training?' },
          options: [
            { value: 'never', score: 0, label: { lt: 'Niekada', en: 'Never' } },
            { value: 'over_10_years', score: 1, label: { lt: 'Daugiau nei prieš 10 metų', en: 'More than 10 years ago' } },
            { value: '3_to_10_years', score: 2, label: { lt: 'Prieš 3–10 metų', en: '3 to 10 years ago' } },
            { value: 'last_3_years', score: 3, label: { lt: 'Per pastaruosius 3 metus', en: 'In the last 3 years' } },
          ],
        },
        scale('senior_skills_current', AGREE, 'higher_is_stronger', { lt: 'Mano profesinės žinios atitinka šiandienos darbo reikalavimus.', en: 'My work knowledge matches what jobs require today.' }),
      ],
    },
    {
      key: 'flexible_work',
      name: { lt: 'Lankstus darbas', en: 'Flexible work' },
      questions: [
        {
          key: 'senior_part_time', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar sutiktumėte dirbti ne visą darbo dieną?', en: 'Would you take a part-time job?' },
        },
        {
          key: 'senior_seasonal', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar sutiktumėte dirbti sezoninį ar laikiną darbą?', en: 'Would you take seasonal or temporary work?' },
        },
        {
          key: 'senior_when_available', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kada galėtumėte dirbti?', en: 'When could you work?' },
          options: [
            { value: 'any_time', score: 3, label: { lt: 'Bet kada, taip pat savaitgaliais', en: 'At any time, weekends too' } },
            { value: 'weekdays', score: 2, label: { lt: 'Darbo dienomis', en: 'On weekdays' } },
            { value: 'few_hours', score: 1, label: { lt: 'Tik kelias valandas per dieną', en: 'Only a few hours a day' } },
            { value: 'not_now', score: 0, label: { lt: 'Šiuo metu negalėčiau', en: 'I could not at the moment' } },
          ],
        },
      ],
    },
    {
      key: 'health',
      name: { lt: 'Sveikata ir darbingumas', en: 'Health and capacity for work' },
      description: {
        lt: 'Atsakyti nebūtina. Atsakymus matys tik tie darbuotojai, kuriems jų reikia jums padėti.',
        en: 'You do not have to answer. Only the staff who need the answers to help you will see them.',
      },
      questions: [
        scale('senior_health_limits', EXTENT, 'higher_is_more_need', { lt: 'Kiek sveikata riboja, kokį darbą galite dirbti?', en: 'How much does your health limit the kind of work you can do?' }, SENSITIVE),
        {
          key: 'senior_work_kind', type: 'choice', direction: 'higher_is_stronger', ...SENSITIVE,
          text: { lt: 'Kokį darbą jums leidžia dirbti sveikata?', en: 'What kind of work does your health allow?' },
          options: [
            { value: 'any', score: 3, label: { lt: 'Ir fizinį, ir sėdimą', en: 'Both physical and desk work' } },
            { value: 'light_physical', score: 2, label: { lt: 'Tik lengvą fizinį', en: 'Only light physical work' } },
            { value: 'seated', score: 1, label: { lt: 'Tik sėdimą', en: 'Only seated work' } },
            { value: 'none', score: 0, label: { lt: 'Šiuo metu jokio', en: 'None at the moment' } },
          ],
        },
        {
          key: 'senior_adapted_workplace', type: 'yes_no', direction: 'yes_is_more_need', ...SENSITIVE,
          text: { lt: 'Ar jums reikėtų pritaikytos darbo vietos (pvz., kėdės, įrankių, darbo laiko)?', en: 'Would you need an adapted workplace (e.g. chair, tools, working hours)?' },
        },
      ],
    },
    {
      key: 'career_direction',
      name: { lt: 'Karjeros kryptis', en: 'Career direction' },
      questions: [
        scale('senior_knows_goal', AGREE, 'higher_is_stronger', { lt: 'Žinau, kokį darbą norėčiau dirbti.', en: 'I know what kind of work I would like to do.' }),
        scale('senior_knows_local_jobs', AGREE, 'higher_is_stronger', { lt: 'Žinau, kokių darbų yra mano apylinkėse.', en: 'I know what jobs there are where I live.' }),
        {
          key: 'senior_change_occupation', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar būtumėte pasirengęs (-usi) keisti profesiją?', en: 'Would you be ready to change your occupation?' },
        },
        {
          key: 'senior_wished_work', type: 'text', required: false, maxLength: 1000,
          text: { lt: 'Kokį darbą norėtumėte dirbti?', en: 'What work would you like to do?' },
        },
      ],
    },
    {
      key: 'community',
      name: { lt: 'Bendruomenė ir ryšiai', en: 'Community and social ties' },
      questions: [
        scale('senior_community_activities', FREQUENCY, 'higher_is_stronger', {
          lt: 'Kaip dažnai dalyvaujate bendruomenės, seniūnijos ar parapijos veiklose?',
          en: 'How often do you take part in community, eldership or parish activities?',
        }),
        scale('senior_support', AGREE, 'higher_is_stronger', { lt: 'Turiu žmonių, kurie man padeda, kai sunku.', en: 'I have people who help me when things are hard.' }),
        scale('senior_lonely', FREQUENCY, 'higher_is_more_need', { lt: 'Kaip dažnai jaučiatės vienišas (-a)?', en: 'How often do you feel lonely?' }),
      ],
    },
  ],
  levels: { noNeedFrom: 70, someNeedFrom: 40 },
  profile: { firstSupportDomains: ['health'], firstSupportBelow: 30, readyFrom: 70, readyNoDomainBelow: 50, shortSupportFrom: 50 },
  services: [
    { domain: 'motivation', below: 60, services: ['social_and_motivation_services'] },
    { domain: 'age_confidence', below: 60, services: ['motivation', 'social_skills_training'] },
    { domain: 'age_confidence', below: 40, services: ['psychological_help'] },
    { domain: 'digital_literacy', below: 60, services: ['computer_literacy'] },
    { domain: 'skills_update', below: 60, services: ['training', 'vocational_information'] },
    { domain: 'flexible_work', below: 60, services: ['career_counselling'] },
    { domain: 'health', below: 60, services: ['workplace_adaptation', 'flexible_work'] },
    { domain: 'health', below: 40, services: ['psychological_help'] },
    { domain: 'career_direction', below: 60, services: ['career_counselling', 'vocational_profile'] },
    { domain: 'community', below: 60, services: ['community_meetings'] },
  ],
  profileServices: {
    ready_for_work: ['job_mediation', 'flexible_work'],
    short_support: ['career_counselling'],
    intensive_support: ['social_and_motivation_services'],
    social_and_health_first: ['consultation'],
  },
};
