import type { Database } from '../../db/connect.ts';
import type { Disclosure, EmployerContactKind, HoursKind, SupportedEmploymentStage } from '../../../contracts/employment.ts';
import { SUPPORTED_EMPLOYMENT_STAGES } from '../../../contracts/employment.ts';
import type { SupportedEmploymentFacts } from '../../../contracts/supported-employment.ts';
import { addDays, dayOf, demoCase, member, tell, vilniusTime, type DemoEvent, type DemoStory } from '../cases/cases.demo.ts';
import type { DemoEmployerKey, DemoEmployers } from '../employers/employers.demo.ts';
import { checkTransition, iscoPrefixes } from './supported-employment.rules.ts';

// Demo data: the job coach takes four Kazlų Rūda people through supported employment, as
// their plans and placements tell it. Vidmantas Balčiūnas is finding a job (a warehouse or
// helper's job in town); Laima Čiurlienė's and Algis Ąžuolinis's coach supports them at work;
// Rimantas Kučinskas's process ended when his case closed with a job. Each person consents to
// job mediation, so matching can rank them; Vilma Yčienė has a profile and consent but no
// process yet. The stage moves are checked against the process rules in story order
// (checkDemoSupportedEmployment), as the page would have checked them.

interface DemoProcess {
  last: string;
  /** Days after the case was opened. */
  started: number;
  agreed: number;
  disclosure: Disclosure;
  profile: {
    day: number; targets: string[]; experience: string[]; skills: string[]; hours: HoursKind[]; maxCommuteKm: number;
    licence: boolean; ownTransport: boolean; adaptations: string[]; interests: string; strengths: string; supportNeeds: string;
  };
  /** The day of each move forward after engagement, in stage order. */
  moves: number[];
  contacts: { day: number; employer: DemoEmployerKey; kind: EmployerContactKind; notes: string; vacancy?: string }[];
  analysis?: { day: number; agreed: number; employer: DemoEmployerKey; tasks: string; requirements: string; naturalSupports: string; supportPlan: string };
  ended?: { day: number; reason: string };
}

const PROCESSES: DemoProcess[] = [
  {
    last: 'Balčiūnas', started: 30, agreed: 34, disclosure: 'partial',
    profile: {
      day: 45, targets: ['4321', '9329'], experience: ['7522', '8322'], skills: ['sandėlio darbai', 'vairavimas', 'medienos apdirbimas'], hours: ['full_time'],
      maxCommuteKm: 30, licence: true, ownTransport: false, adaptations: [],
      interests: 'Nori dirbti sandėlyje ar gamyboje, kur aišku, ką daryti.', strengths: 'Kruopštus, patikimas, turi vairuotojo pažymėjimą.', supportNeeds: 'Pirmosiomis savaitėmis reikia padrąsinimo; skolų grąžinimo grafikas sutartas.',
    },
    moves: [34, 46],
    contacts: [
      { day: 62, employer: 'rudupis', kind: 'call', notes: 'Teiravomės, ar numatoma sandėlininko vieta.' },
      { day: 140, employer: 'rudupis', kind: 'visit', notes: 'Pristatėme Vidmanto kandidatūrą personalo vadovei.' },
      { day: 148, employer: 'medis', kind: 'call', notes: 'Aptarėme pagalbinio darbuotojo vietą, darbdavys kviečia susitikti.', vacancy: 'Pagalbinis darbuotojas medienos ceche' },
    ],
  },
  {
    last: 'Čiurlienė', started: 20, agreed: 22, disclosure: 'full',
    profile: {
      day: 30, targets: ['5223', '4110'], experience: ['5223'], skills: ['klientų aptarnavimas', 'kasos aparatas', 'kompiuteris'], hours: ['part_time', 'flexible'],
      maxCommuteKm: 20, licence: false, ownTransport: false, adaptations: ['flexible_schedule'],
      interests: 'Prekyba arba administravimas arti namų.', strengths: 'Bendraujanti, dirbusi parduotuvėje 10 metų.', supportNeeds: 'Darbo laikas turi derėti su mamos dienos globa.',
    },
    moves: [22, 31, 101, 121],
    contacts: [
      { day: 95, employer: 'prekyba', kind: 'visit', notes: 'Vedėjas sutinka priimti bandomajai praktikai.' },
      { day: 100, employer: 'prekyba', kind: 'meeting', notes: 'Su Laima ir vedėju aptarėme darbo laiką po pietų.' },
    ],
    analysis: {
      day: 105, agreed: 110, employer: 'prekyba', tasks: 'Pirkėjų aptarnavimas prie kasos, prekių priėmimas, lentynų tvarka.',
      requirements: 'Darbas po pietų, 4 val. per dieną; kasos aparato mokymas vietoje.', naturalSupports: 'Vyresnioji pardavėja moko pirmąsias dvi savaites.',
      supportPlan: 'Darbo asistentė lankosi kas savaitę pirmą mėnesį, vėliau kas mėnesį.',
    },
  },
  {
    last: 'Ąžuolinis', started: 45, agreed: 50, disclosure: 'full',
    profile: {
      day: 60, targets: ['9214', '6113'], experience: ['9214'], skills: ['sodininkystė', 'fizinis darbas'], hours: ['part_time', 'flexible'],
      maxCommuteKm: 15, licence: false, ownTransport: false, adaptations: ['reduced_hours', 'transport_provided'],
      interests: 'Darbas lauke, prie augalų.', strengths: 'Darbštus, moka prižiūrėti sodą.', supportNeeds: 'Sveikata leidžia tik lengvą darbą su pertraukomis; reikia transporto.',
    },
    moves: [50, 61, 171, 196],
    contacts: [
      { day: 150, employer: 'miskai', kind: 'visit', notes: 'Medelynui sezonui reikia darbininkų.' },
      { day: 170, employer: 'miskai', kind: 'meeting', notes: 'Susitikome su Algiu medelyne, aptarėme darbo sąlygas.' },
    ],
    analysis: {
      day: 180, agreed: 185, employer: 'miskai', tasks: 'Sodinukų persodinimas, laistymas, ravėjimas.', requirements: 'Be sunkių krovinių; 6 val. per dieną.',
      naturalSupports: 'Brigadininkas paskiria darbus ir pertraukas.', supportPlan: 'Darbo asistentė pirmąsias savaites darbo vietoje, pagalba mažinama pagal planą.',
    },
  },
  {
    last: 'Kučinskas', started: 15, agreed: 18, disclosure: 'none',
    profile: {
      day: 20, targets: ['7212', '9329'], experience: ['7212', '8322'], skills: ['suvirinimas', 'medienos apdirbimas'], hours: ['full_time'],
      maxCommuteKm: 40, licence: true, ownTransport: true, adaptations: [],
      interests: 'Suvirintojo ar pagalbinio darbuotojo darbas.', strengths: 'Patyręs suvirintojas.', supportNeeds: 'Atnaujinti įgūdžius.',
    },
    moves: [18, 21, 171, 179],
    contacts: [
      { day: 150, employer: 'medis', kind: 'visit', notes: 'Įmonė ieško pagalbinių darbuotojų, siūlo bandomąją praktiką.' },
      { day: 170, employer: 'medis', kind: 'meeting', notes: 'Aptarėme praktikos pradžią.' },
    ],
    analysis: {
      day: 172, agreed: 175, employer: 'medis', tasks: 'Medienos ruošinių pjovimas ir rūšiavimas, pagalba staliams.', requirements: 'Pilna darbo diena, saugos instruktažas.',
      naturalSupports: 'Gamybos vadovas moko darbo vietoje.', supportPlan: 'Stebėsena telefonu kas dvi savaites.',
    },
    ended: { day: 300, reason: 'Įsidarbino neterminuotai; atvejis uždarytas.' },
  },
];

/** People who consent to job mediation, with the day (after their case opened) they gave it. */
const CONSENTS: { last: string; day: number }[] = [
  { last: 'Balčiūnas', day: 30 }, { last: 'Čiurlienė', day: 20 }, { last: 'Ąžuolinis', day: 45 }, { last: 'Kučinskas', day: 15 }, { last: 'Yčienė', day: 42 },
];

/** The job coach's contacts with employers for no one person, in the week the demo is loaded (days before today). */
const RELATIONSHIP_CONTACTS: { daysAgo: number; employer: DemoEmployerKey; kind: EmployerContactKind; notes: string }[] = [
  { daysAgo: 1, employer: 'sodai', kind: 'visit', notes: 'Pristatėme remiamo įdarbinimo paslaugas; sezonui reikės 3–4 darbuotojų.' },
  { daysAgo: 3, employer: 'globa', kind: 'call', notes: 'Aptarėme socialinio darbuotojo padėjėjo vietą ir lankstų grafiką.' },
];

export async function seedDemoSupportedEmployment(trx: Database, story: DemoStory, demo: DemoEmployers) {
  const coach = demo.jobCoachId;
  const coachRow = await trx.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', coach).executeTakeFirstOrThrow();
  const coachName = `${coachRow.first_name} ${coachRow.last_name}`;
  const employerNames = new Map<string, string>();
  for (const [key, id] of demo.employers) {
    const { name } = await trx.selectFrom('employers').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    employerNames.set(key, name);
  }

  for (const consent of CONSENTS) {
    const ref = demoCase(story, consent.last);
    await trx.insertInto('consents').values({
      participant_id: ref.participantId, purpose: 'job_mediation', legal_basis: 'consent', given_on: dayOf(story, ref, consent.day), recorded_by: member(ref, 'case_manager'),
    }).execute();
  }

  // Vilma Yčienė's profile was written at planning; her process has not started.
  const ycience = demoCase(story, 'Yčienė');
  await saveProfile(trx, story, ycience, member(ycience, 'case_manager'), {
    day: 45, targets: ['5322', '9112'], experience: ['9112'], skills: ['buities darbai', 'empatija'], hours: ['part_time', 'flexible'], maxCommuteKm: 15,
    licence: false, ownTransport: false, adaptations: ['flexible_schedule'], interests: 'Padėti senyviems žmonėms.', strengths: 'Kantri, rūpestinga.', supportNeeds: 'Lankstus darbo laikas.',
  });

  for (const process of PROCESSES) {
    const ref = demoCase(story, process.last);
    const startedOn = dayOf(story, ref, process.started);
    const manager = member(ref, 'case_manager');
    await trx.insertInto('case_members').values({ case_id: ref.id, user_id: coach, role: 'job_coach', added_on: startedOn }).execute();
    ref.members.set('job_coach', coach);
    const stage = SUPPORTED_EMPLOYMENT_STAGES[process.moves.length] as SupportedEmploymentStage;
    const agreementOn = dayOf(story, ref, process.agreed);
    const endedOn = process.ended ? dayOf(story, ref, process.ended.day) : null;
    await trx.insertInto('supported_employment').values({
      case_id: ref.id, organisation_id: ref.organisationId, stage, coach_id: coach, started_on: startedOn, informed_choice_on: startedOn, agreement_on: agreementOn,
      disclosure: process.disclosure, ended_on: endedOn, end_reason: process.ended?.reason ?? '',
      created_at: vilniusTime(startedOn, '11:00'), updated_at: vilniusTime(endedOn ?? startedOn, '11:00'),
    }).execute();
    tell(story, ref, startedOn, '11:00', manager, 'supported_employment_started', { startedOn, coachId: coach, coachName, addedToTeam: true });
    tell(story, ref, agreementOn, '11:30', coach, 'supported_employment_agreed', { agreementOn, documentId: null });
    process.moves.forEach((day, index) => tell(story, ref, dayOf(story, ref, day), '15:45', coach, 'supported_employment_stage_changed', {
      from: SUPPORTED_EMPLOYMENT_STAGES[index], to: SUPPORTED_EMPLOYMENT_STAGES[index + 1], direction: 'forward',
    }));
    await saveProfile(trx, story, ref, coach, process.profile);
    for (const contact of process.contacts) {
      const contactedOn = dayOf(story, ref, contact.day);
      const employerId = demo.employers.get(contact.employer)!;
      const { id } = await trx.insertInto('employer_contacts').values({
        organisation_id: ref.organisationId, employer_id: employerId, contacted_on: contactedOn, kind: contact.kind, staff_id: coach, case_id: ref.id,
        vacancy_id: contact.vacancy ? demo.vacancies.get(contact.vacancy)! : null, notes: contact.notes, created_by: coach, created_at: vilniusTime(contactedOn, '13:00'),
      }).returning('id').executeTakeFirstOrThrow();
      tell(story, ref, contactedOn, '13:00', coach, 'employer_contacted', { employerId, employerName: employerNames.get(contact.employer), kind: contact.kind, contactedOn, contactId: id });
    }
    if (process.analysis) {
      const analysedOn = dayOf(story, ref, process.analysis.day);
      const agreedOn = dayOf(story, ref, process.analysis.agreed);
      const employerId = demo.employers.get(process.analysis.employer)!;
      const { id } = await trx.insertInto('job_analyses').values({
        organisation_id: ref.organisationId, case_id: ref.id, employer_id: employerId, analysed_on: analysedOn, tasks: process.analysis.tasks,
        requirements: process.analysis.requirements, natural_supports: process.analysis.naturalSupports, support_plan: process.analysis.supportPlan,
        agreed_on: agreedOn, created_by: coach, created_at: vilniusTime(analysedOn, '14:30'),
      }).returning('id').executeTakeFirstOrThrow();
      tell(story, ref, analysedOn, '14:30', coach, 'job_analysis_recorded', { jobAnalysisId: id, employerId, employerName: employerNames.get(process.analysis.employer), analysedOn, agreedOn });
    }
    if (process.ended && endedOn) {
      tell(story, ref, endedOn, '16:45', coach, 'supported_employment_ended', { endedOn, stage, reason: process.ended.reason });
    }
  }

  for (const contact of RELATIONSHIP_CONTACTS) {
    const contactedOn = addDays(story.today, -contact.daysAgo);
    await trx.insertInto('employer_contacts').values({
      organisation_id: story.organisationId, employer_id: demo.employers.get(contact.employer)!, contacted_on: contactedOn, kind: contact.kind,
      staff_id: coach, notes: contact.notes, created_by: coach, created_at: vilniusTime(contactedOn, '10:00'),
    }).execute();
  }
}

async function saveProfile(trx: Database, story: DemoStory, ref: ReturnType<typeof demoCase>, authorId: string, profile: DemoProcess['profile']) {
  const savedOn = dayOf(story, ref, profile.day);
  await trx.insertInto('vocational_profiles').values({
    case_id: ref.id, organisation_id: ref.organisationId, participant_id: ref.participantId, interests: profile.interests, strengths: profile.strengths,
    support_needs: profile.supportNeeds, skills: profile.skills, target_isco: profile.targets, experience_isco: profile.experience,
    isco_prefixes: iscoPrefixes(profile.targets, profile.experience), hours: profile.hours, max_commute_km: profile.maxCommuteKm,
    has_driving_licence: profile.licence, own_transport: profile.ownTransport, adaptations_needed: profile.adaptations, updated_by: authorId,
    created_at: vilniusTime(savedOn, '12:00'), updated_at: vilniusTime(savedOn, '12:00'),
  }).execute();
  tell(story, ref, savedOn, '12:00', authorId, 'vocational_profile_saved', { version: 1, targetIsco: profile.targets });
}

/** Walks the story in order and refuses a process move the rules would have refused on its day. */
export function checkDemoSupportedEmployment(story: DemoStory) {
  const names = new Map([...story.cases.values()].map((ref) => [ref.id, ref.name]));
  const events: DemoEvent[] = [...story.events].sort((a, b) => (`${a.on} ${a.time}` < `${b.on} ${b.time}` ? -1 : `${a.on} ${a.time}` > `${b.on} ${b.time}` ? 1 : 0));
  const processes = new Map<string, SupportedEmploymentFacts & { stage: SupportedEmploymentStage; placementStarts: string[] }>();
  const of = (caseId: string) => {
    const found = processes.get(caseId) ?? { stage: 'engagement' as SupportedEmploymentStage, informedChoice: false, agreement: false, targetJobs: 0, employerContacts: 0, startedPlacements: 0, placementStarts: [] };
    processes.set(caseId, found);
    return found;
  };
  for (const event of events) {
    const facts = of(event.caseId);
    if (event.kind === 'supported_employment_agreed') { facts.informedChoice = true; facts.agreement = true; }
    if (event.kind === 'vocational_profile_saved') facts.targetJobs = (event.details.targetIsco as string[]).length;
    if (event.kind === 'employer_contacted') facts.employerContacts += 1;
    if (event.kind === 'placement_recorded') facts.placementStarts.push(event.details.startsOn as string);
    if (event.kind !== 'supported_employment_stage_changed') continue;
    const to = event.details.to as SupportedEmploymentStage;
    const check = checkTransition(facts.stage, to, { ...facts, startedPlacements: facts.placementStarts.filter((on) => on <= event.on).length });
    if (!check.allowed) {
      const why = check.problem === 'condition_missing' ? check.condition : check.problem;
      throw new Error(`demo: ${names.get(event.caseId)}'s supported employment cannot move ${facts.stage} → ${to} on ${event.on}: ${why}`);
    }
    facts.stage = to;
  }
}
