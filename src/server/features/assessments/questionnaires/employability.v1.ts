import type { Questionnaire } from '../../../../contracts/assessments.ts';
import { ABILITY, AGREE, EXTENT, FREQUENCY, scale } from './scales.ts';

// The multidimensional employability assessment of issue 4, version 1: twelve domains,
// asked with the person in plain words. Published versions never change (assessments
// keep the version they were answered with); a change is a new file, version 2.

const SENSITIVE = { required: false, sensitive: true } as const;

export const EMPLOYABILITY_V1: Questionnaire = {
  key: 'employability',
  version: 1,
  name: { lt: 'Įsidarbinimo galimybių vertinimas', en: 'Employability assessment' },
  description: {
    lt: 'Dvylika sričių – nuo motyvacijos iki socialinių ryšių. Parodo, kas padeda ir kas trukdo įsidarbinti, ir kokios paslaugos galėtų padėti.',
    en: 'Twelve areas, from motivation to social ties. Shows what helps and what gets in the way of finding work, and which services could help.',
  },
  domains: [
    {
      key: 'motivation',
      name: { lt: 'Motyvacija', en: 'Motivation' },
      questions: [
        scale('motivation_want_work', AGREE, 'higher_is_stronger', { lt: 'Noriu dirbti apmokamą darbą.', en: 'I want to have a paid job.' }),
        scale('motivation_start_soon', AGREE, 'higher_is_stronger', { lt: 'Galėčiau pradėti dirbti per artimiausią mėnesį.', en: 'I could start work within the next month.' }),
        scale('motivation_better_life', AGREE, 'higher_is_stronger', { lt: 'Tikiu, kad darbas pagerintų mano gyvenimą.', en: 'I believe a job would make my life better.' }),
        scale('motivation_lost_hope', AGREE, 'higher_is_more_need', { lt: 'Esu praradęs (-usi) viltį rasti darbą.', en: 'I have lost hope of finding a job.' }),
      ],
    },
    {
      key: 'self_confidence',
      name: { lt: 'Pasitikėjimas savimi', en: 'Self-confidence' },
      questions: [
        scale('confidence_can_learn', AGREE, 'higher_is_stronger', { lt: 'Galiu išmokti naujų dalykų.', en: 'I can learn new things.' }),
        scale('confidence_interview', AGREE, 'higher_is_stronger', { lt: 'Drąsiai kalbėčiau su darbdaviu per pokalbį dėl darbo.', en: 'I would feel confident talking to an employer at a job interview.' }),
        scale('confidence_abilities', AGREE, 'higher_is_stronger', { lt: 'Turiu gebėjimų, kurių reikia darbdaviams.', en: 'I have abilities that employers need.' }),
      ],
    },
    {
      key: 'digital_literacy',
      name: { lt: 'Kompiuterinis raštingumas', en: 'Digital literacy' },
      questions: [
        scale('digital_computer', ABILITY, 'higher_is_stronger', { lt: 'Kaip mokate naudotis kompiuteriu ar planšete?', en: 'How well can you use a computer or a tablet?' }),
        scale('digital_email', ABILITY, 'higher_is_stronger', { lt: 'Kaip mokate išsiųsti el. laišką su prisegtu dokumentu?', en: 'How well can you send an e-mail with a document attached?' }),
        scale('digital_online_services', ABILITY, 'higher_is_stronger', {
          lt: 'Kaip mokate naudotis e. paslaugomis (pvz., Užimtumo tarnybos svetaine, e. valdžios vartais)?',
          en: 'How well can you use online public services (e.g. the Employment Service website, the e-government gateway)?',
        }),
        {
          key: 'digital_has_internet', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar namie turite kompiuterį ar išmanųjį telefoną su internetu?', en: 'Do you have a computer or a smartphone with internet at home?' },
        },
      ],
    },
    {
      key: 'job_search_skills',
      name: { lt: 'Darbo paieškos įgūdžiai', en: 'Job-search skills' },
      questions: [
        scale('search_find_ads', ABILITY, 'higher_is_stronger', { lt: 'Kaip mokate rasti darbo skelbimų?', en: 'How well can you find job advertisements?' }),
        {
          key: 'search_cv', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Ar turite gyvenimo aprašymą (CV)?', en: 'Do you have a CV?' },
          options: [
            { value: 'none', score: 0, label: { lt: 'Neturiu', en: 'No' } },
            { value: 'out_of_date', score: 1, label: { lt: 'Turiu, bet jis pasenęs', en: 'Yes, but it is out of date' } },
            { value: 'up_to_date', score: 2, label: { lt: 'Turiu naują', en: 'Yes, an up-to-date one' } },
          ],
        },
        {
          key: 'search_applications', type: 'number', required: true, min: 0, max: 100, integer: true,
          text: { lt: 'Kiek kartų per pastaruosius 3 mėnesius kreipėtės į darbdavį dėl darbo?', en: 'How many times in the last 3 months did you contact an employer about a job?' },
          help: { lt: 'Jei nė karto, įrašykite 0.', en: 'If never, enter 0.' },
          unit: { lt: 'kartų', en: 'times' },
          scoring: { from: 0, to: 5, direction: 'higher_is_stronger' },
        },
        scale('search_know_where', AGREE, 'higher_is_stronger', { lt: 'Žinau, kur kreiptis pagalbos ieškant darbo.', en: 'I know where to turn for help when looking for work.' }),
      ],
    },
    {
      key: 'work_experience',
      name: { lt: 'Darbo patirtis ir įgūdžiai', en: 'Work experience and skills' },
      questions: [
        {
          key: 'experience_years', type: 'number', required: true, min: 0, max: 60, integer: true,
          text: { lt: 'Kiek metų iš viso esate dirbęs (-usi)?', en: 'How many years have you worked in total?' },
          help: { lt: 'Suskaičiuokite visus darbus kartu. Jei nedirbote, įrašykite 0.', en: 'Count all your jobs together. If you have not worked, enter 0.' },
          unit: { lt: 'metų', en: 'years' },
          scoring: { from: 0, to: 10, direction: 'higher_is_stronger' },
        },
        {
          key: 'experience_last_job', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kada paskutinį kartą dirbote?', en: 'When did you last work?' },
          options: [
            { value: 'never', score: 0, label: { lt: 'Niekada nedirbau', en: 'I have never worked' } },
            { value: 'over_5_years', score: 1, label: { lt: 'Daugiau nei prieš 5 metus', en: 'More than 5 years ago' } },
            { value: '2_to_5_years', score: 2, label: { lt: 'Prieš 2–5 metus', en: '2 to 5 years ago' } },
            { value: '1_to_2_years', score: 3, label: { lt: 'Prieš 1–2 metus', en: '1 to 2 years ago' } },
            { value: 'last_year', score: 4, label: { lt: 'Per pastaruosius 12 mėnesių', en: 'In the last 12 months' } },
          ],
        },
        {
          key: 'experience_qualification', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar turite profesinę kvalifikaciją ar pažymėjimą (pvz., virėjo, suvirintojo, vairuotojo)?', en: 'Do you have a vocational qualification or certificate (e.g. cook, welder, driver)?' },
        },
        {
          key: 'experience_description', type: 'text', required: false, maxLength: 1000,
          text: { lt: 'Kokius darbus esate dirbęs (-usi)? Ką mokate gerai?', en: 'What work have you done? What are you good at?' },
        },
      ],
    },
    {
      key: 'health',
      name: { lt: 'Sveikatos apribojimai', en: 'Health limits' },
      description: {
        lt: 'Atsakyti nebūtina. Atsakymus matys tik tie darbuotojai, kuriems jų reikia jums padėti.',
        en: 'You do not have to answer. Only the staff who need the answers to help you will see them.',
      },
      questions: [
        scale('health_limits_work', EXTENT, 'higher_is_more_need', { lt: 'Kiek sveikata riboja, kokį darbą galite dirbti?', en: 'How much does your health limit the kind of work you can do?' }, SENSITIVE),
        {
          key: 'health_hours', type: 'choice', direction: 'higher_is_stronger', ...SENSITIVE,
          text: { lt: 'Kiek valandų per dieną sveikata leistų jums dirbti?', en: 'How many hours a day would your health allow you to work?' },
          options: [
            { value: 'none', score: 0, label: { lt: 'Šiuo metu negalėčiau dirbti', en: 'I could not work at the moment' } },
            { value: 'up_to_4', score: 1, label: { lt: 'Iki 4 valandų', en: 'Up to 4 hours' } },
            { value: '4_to_6', score: 2, label: { lt: '4–6 valandas', en: '4 to 6 hours' } },
            { value: 'full_day', score: 3, label: { lt: 'Visą darbo dieną', en: 'A full working day' } },
          ],
        },
        {
          key: 'health_disability', type: 'yes_no', direction: 'yes_is_more_need', ...SENSITIVE,
          text: { lt: 'Ar jums nustatytas neįgalumas ar darbingumo lygis?', en: 'Do you have a recognised disability or an assessed level of capacity for work?' },
        },
        scale('health_low_mood', FREQUENCY, 'higher_is_more_need', { lt: 'Kaip dažnai per pastarąjį mėnesį jautėtės prislėgtas (-a) ar be jėgų?', en: 'In the past month, how often did you feel low or without energy?' }, SENSITIVE),
      ],
    },
    {
      key: 'caring_duties',
      name: { lt: 'Priežiūros pareigos', en: 'Caring duties' },
      questions: [
        {
          key: 'caring_has_duties', type: 'yes_no', required: true, direction: 'yes_is_more_need',
          text: { lt: 'Ar prižiūrite vaiką, sergantį ar senyvą šeimos narį?', en: 'Do you look after a child, or an ill or elderly family member?' },
        },
        {
          key: 'caring_hours', type: 'number', required: true, min: 0, max: 168, integer: true,
          text: { lt: 'Kiek valandų per savaitę tam skiriate?', en: 'How many hours a week do you spend on it?' },
          help: { lt: 'Jei nieko neprižiūrite, įrašykite 0.', en: 'If you do not look after anyone, enter 0.' },
          unit: { lt: 'val. per savaitę', en: 'hours a week' },
          scoring: { from: 0, to: 40, direction: 'higher_is_more_need' },
        },
        {
          key: 'caring_cover', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Jei pradėtumėte dirbti, ar kas nors galėtų jus pavaduoti?', en: 'If you started work, could someone take over your caring?' },
          options: [
            { value: 'not_needed', score: 2, label: { lt: 'Nereikia – nieko neprižiūriu', en: 'Not needed – I do not look after anyone' } },
            { value: 'yes', score: 2, label: { lt: 'Taip', en: 'Yes' } },
            { value: 'partly', score: 1, label: { lt: 'Iš dalies', en: 'Partly' } },
            { value: 'no', score: 0, label: { lt: 'Ne', en: 'No' } },
          ],
        },
      ],
    },
    {
      key: 'transport',
      name: { lt: 'Susisiekimas', en: 'Transport' },
      questions: [
        scale('transport_reach_work', AGREE, 'higher_is_stronger', { lt: 'Galiu be vargo nuvykti į darbą artimiausiame mieste.', en: 'I can easily get to work in the nearest town.' }),
        {
          key: 'transport_means', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kaip dažniausiai keliaujate?', en: 'How do you usually travel?' },
          options: [
            { value: 'own_car', score: 3, label: { lt: 'Savo automobiliu', en: 'By my own car' } },
            { value: 'public_transport', score: 2, label: { lt: 'Autobusu ar traukiniu', en: 'By bus or train' } },
            { value: 'lifts', score: 1, label: { lt: 'Mane paveža kiti', en: 'Others give me a lift' } },
            { value: 'on_foot', score: 0, label: { lt: 'Tik pėsčiomis ar dviračiu', en: 'Only on foot or by bicycle' } },
          ],
        },
        scale('transport_costs', EXTENT, 'higher_is_more_need', { lt: 'Kiek kelionės išlaidos trukdytų jums dirbti?', en: 'How much would travel costs get in the way of working?' }),
      ],
    },
    {
      key: 'housing',
      name: { lt: 'Būstas', en: 'Housing' },
      questions: [
        {
          key: 'housing_where', type: 'choice', required: true, direction: 'higher_is_stronger',
          text: { lt: 'Kur dabar gyvenate?', en: 'Where do you live now?' },
          options: [
            { value: 'own_or_rented', score: 3, label: { lt: 'Savo ar nuomojamame būste', en: 'In my own or a rented home' } },
            { value: 'with_family', score: 2, label: { lt: 'Pas artimuosius ar draugus', en: 'With relatives or friends' } },
            { value: 'social_housing', score: 2, label: { lt: 'Socialiniame būste', en: 'In social housing' } },
            { value: 'temporary', score: 1, label: { lt: 'Laikinai: nakvynės namuose ar krizių centre', en: 'Temporarily: in a shelter or a crisis centre' } },
            { value: 'nowhere', score: 0, label: { lt: 'Neturiu, kur gyventi', en: 'I have nowhere to live' } },
          ],
        },
        {
          key: 'housing_at_risk', type: 'yes_no', required: true, direction: 'yes_is_more_need',
          text: { lt: 'Ar jums gresia netekti būsto?', en: 'Are you at risk of losing your home?' },
        },
        scale('housing_conditions', AGREE, 'higher_is_stronger', {
          lt: 'Namuose turiu sąlygas pailsėti ir pasiruošti darbui (šildymą, vandenį, elektrą).',
          en: 'At home I have what I need to rest and get ready for work (heating, water, electricity).',
        }),
      ],
    },
    {
      key: 'debts',
      name: { lt: 'Skolos', en: 'Debts' },
      description: {
        lt: 'Atsakyti nebūtina. Atsakymus matys tik tie darbuotojai, kuriems jų reikia jums padėti.',
        en: 'You do not have to answer. Only the staff who need the answers to help you will see them.',
      },
      questions: [
        {
          key: 'debts_unpaid', type: 'yes_no', direction: 'yes_is_more_need', ...SENSITIVE,
          text: { lt: 'Ar turite skolų, kurių negalite laiku grąžinti?', en: 'Do you have debts you cannot pay back on time?' },
        },
        {
          key: 'debts_bailiff', type: 'yes_no', direction: 'yes_is_more_need', ...SENSITIVE,
          text: { lt: 'Ar antstolis išieško skolas iš jūsų pajamų?', en: 'Is a bailiff collecting debts from your income?' },
        },
        scale('debts_worries', EXTENT, 'higher_is_more_need', { lt: 'Kiek rūpesčiai dėl pinigų trukdo jums ieškotis darbo?', en: 'How much do money worries get in the way of looking for work?' }, SENSITIVE),
      ],
    },
    {
      key: 'language',
      name: { lt: 'Kalba', en: 'Language' },
      questions: [
        scale('language_lithuanian_speak', ABILITY, 'higher_is_stronger', { lt: 'Kaip kalbate lietuviškai?', en: 'How well do you speak Lithuanian?' }),
        scale('language_lithuanian_write', ABILITY, 'higher_is_stronger', { lt: 'Kaip skaitote ir rašote lietuviškai?', en: 'How well do you read and write Lithuanian?' }),
        {
          key: 'language_other', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar mokate kitą kalbą tiek, kad galėtumėte ja susikalbėti darbe?', en: 'Do you know another language well enough to use it at work?' },
        },
      ],
    },
    {
      key: 'social_network',
      name: { lt: 'Socialiniai ryšiai', en: 'Social network' },
      questions: [
        scale('social_support', AGREE, 'higher_is_stronger', { lt: 'Turiu žmonių, kurie man padeda, kai sunku.', en: 'I have people who help me when things are hard.' }),
        scale('social_contact', FREQUENCY, 'higher_is_stronger', { lt: 'Kaip dažnai susitinkate ar kalbatės su draugais, kaimynais ar giminėmis?', en: 'How often do you meet or talk with friends, neighbours or relatives?' }),
        {
          key: 'social_job_tips', type: 'yes_no', required: true, direction: 'yes_is_stronger',
          text: { lt: 'Ar pažįstate žmonių, kurie galėtų pranešti apie laisvą darbo vietą?', en: 'Do you know people who could tell you about a job opening?' },
        },
      ],
    },
  ],
  levels: { noNeedFrom: 70, someNeedFrom: 40 },
  profile: { firstSupportDomains: ['health', 'housing', 'debts', 'caring_duties'], firstSupportBelow: 30, readyFrom: 70, readyNoDomainBelow: 50, shortSupportFrom: 50 },
  services: [
    { domain: 'motivation', below: 60, services: ['social_and_motivation_services', 'motivation'] },
    { domain: 'self_confidence', below: 60, services: ['social_skills_training'] },
    { domain: 'self_confidence', below: 40, services: ['psychological_help'] },
    { domain: 'digital_literacy', below: 60, services: ['computer_literacy'] },
    { domain: 'job_search_skills', below: 60, services: ['career_counselling', 'job_finding'] },
    { domain: 'work_experience', below: 60, services: ['vocational_profile', 'trial_practice'] },
    { domain: 'work_experience', below: 40, services: ['training'] },
    { domain: 'health', below: 60, services: ['workplace_adaptation'] },
    { domain: 'health', below: 40, services: ['psychological_help'] },
    { domain: 'caring_duties', below: 60, services: ['flexible_work', 'consultation'] },
    { domain: 'transport', below: 60, services: ['transport'] },
    { domain: 'housing', below: 60, services: ['consultation'] },
    { domain: 'debts', below: 60, services: ['counselling'] },
    { domain: 'language', below: 60, services: ['training'] },
    { domain: 'social_network', below: 60, services: ['community_meetings'] },
  ],
  profileServices: {
    ready_for_work: ['job_mediation'],
    short_support: ['employability_training'],
    intensive_support: ['social_and_motivation_services'],
    social_and_health_first: ['consultation'],
  },
};
