import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, daysFromToday, makeCase, makeOrganisation, staffSignIn, testApp, today, type Session, type TestApp } from '../../../../tests/api.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { weekOf } from './fidelity.rules.ts';

// The fidelity figures through their API on a small world whose figures are worked out by
// hand below (D(n) is n days from today; the period asked is D(-27)…D(0), 28 days = 4 weeks).
//
// Programme P (Kazlų Rūda), supported-employment processes:
//   Asta:    A1 enrolled D(-20), contacts D(-17), D(-10)  → 3 days; placement open market 40 h 1 500 € (competitive)
//            A2 enrolled D(-25), contact D(-19)           → 6 days; placement open market 20 h 500 € (1 000 € full-time: not)
//            A3 enrolled D(-60), no contact               → not in the period's cohort; active; overdue on the dashboard
//            A4 enrolled D(-15), no contact               → "not yet", 15 days
//            A5 closed case, A6 process ended             → not in the caseload
//   Bronius: B1 enrolled D(-27), contact D(-1)            → 26 days; placement trial practice (not competitive)
//            B2 enrolled D(-10), contact D(-9)            → 1 day
//   nobody:  U1 enrolled D(-5), no contact                → "not yet", 5 days
//   Cecilija: in P's team as job coach, nothing yet.
// Programme Q: Asta's A7 enrolled D(-200), active, Asta not in its case team.
// Contacts without a case: Asta D(-5), D(-3), D(0) and D(-40) (outside the period).
//
// Asta: caseload 5 (A1–A4, A7; 4 in P), contacts 6 in 4 weeks = 1.5/week, median (3+6)/2 = 4.5,
//   2 of 2 decided within 30 days, 1 not yet; competitive 1 of 2 = 0.5.
// Bronius: caseload 2, contacts 2 = 0.5/week, median (26+1)/2 = 13.5; competitive 0 of 1.
// P in total: largest caseload 5; contacts (6+2+0)/4 weeks/3 coaches = 0.67 → 0.7; median of
//   3, 6, 26, 1 = 4.5; not yet 2 (A4, U1), longest 15 days; competitive 1 of 3 = 0.3333; active processes 7.

let t: TestApp;
let kazlu: string;
let utena: string;
let asta: Session;
let bronius: Session;
let cecilija: Session;
let manager: Session;
let socialWorker: Session;
let outsider: Session;
let programmeId: string;
let employerId: string;
const cases: Record<string, { caseId: string; participantId: string }> = {};
const D = daysFromToday;
const FROM = D(-27);
const TO = today();

async function seCase(
  key: string, coach: Session | null, enrolledOn: string,
  options: { programme?: string; inTeam?: boolean; stage?: string; closed?: boolean; ended?: boolean; lastName?: string } = {},
) {
  const made = await makeCase(t.db, kazlu, {
    openedOn: enrolledOn, firstName: key, lastName: options.lastName ?? `Dalyvis${key}`,
    team: coach && options.inTeam !== false ? [[coach.userId, 'job_coach']] : [],
  });
  const target = options.programme ?? programmeId;
  if (target) {
    await t.db.updateTable('cases').set({ programme_id: target }).where('id', '=', made.caseId).execute();
    await t.db.updateTable('enrolments').set({ programme_id: target }).where('id', '=', made.enrolmentId).execute();
  }
  if (options.closed) {
    await t.db.updateTable('cases').set({ stage: 'closed', closed_on: D(-1), outcome: 'other' }).where('id', '=', made.caseId).execute();
  }
  await t.db.insertInto('supported_employment').values({
    case_id: made.caseId, organisation_id: kazlu, coach_id: coach?.userId ?? null, started_on: enrolledOn,
    stage: options.stage ?? 'job_finding', ...(options.ended ? { ended_on: D(-2), end_reason: 'moved' } : {}),
  }).execute();
  cases[key] = made;
  return made;
}

async function contact(staff: Session, on: string, caseKey?: string) {
  await t.db.insertInto('employer_contacts').values({
    organisation_id: kazlu, employer_id: employerId, contacted_on: on, kind: 'visit', staff_id: staff.userId, case_id: caseKey ? cases[caseKey]!.caseId : null,
  }).execute();
}

async function placement(caseKey: string, kind: string, startsOn: string, hoursPerWeek: number, wageMonthlyCents: number | null) {
  const { id } = await t.db.insertInto('placements').values({
    organisation_id: kazlu, case_id: cases[caseKey]!.caseId, participant_id: cases[caseKey]!.participantId, employer_id: employerId,
    kind, isco_code: '9112', job_title: 'Valytoja', starts_on: startsOn, hours_per_week: hoursPerWeek, wage_monthly_cents: wageMonthlyCents,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

async function followUpTask(caseKey: string, placementId: string, assignee: Session, months: number, dueOn: string, status = 'open') {
  const { id } = await t.db.insertInto('tasks').values({
    organisation_id: kazlu, case_id: cases[caseKey]!.caseId, title: `Stebėsena po ${months} mėn.`, kind: 'placement_follow_up',
    assignee_id: assignee.userId, due_on: dueOn, status,
  }).returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('placement_follow_ups').values({ placement_id: placementId, months, due_on: dueOn, task_id: id }).execute();
  return id;
}

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  const user = staffSignIn(t);
  asta = await user('Asta', 'Jonaitė', [[kazlu, 'job_coach']]);
  bronius = await user('Bronius', 'Kazlauskas', [[kazlu, 'job_coach']]);
  cecilija = await user('Cecilija', 'Lukšienė', [[kazlu, 'job_coach']]);
  manager = await user('Rasa', 'Vadovė', [[kazlu, 'programme_manager']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'programme_manager']]);

  ({ id: employerId } = await t.db.insertInto('employers').values({
    organisation_id: kazlu, name: 'UAB Švara', sort_key: lithuanianSortKey('UAB Švara'), search_key: searchKey('UAB Švara'),
  }).returning('id').executeTakeFirstOrThrow());

  programmeId = '';
  const first = await seCase('A1', asta, D(-20), { lastName: 'Petraitienė' });
  programmeId = (await t.db.selectFrom('cases').select('programme_id').where('id', '=', first.caseId).executeTakeFirstOrThrow()).programme_id;
  await t.db.insertInto('programme_team').values({ programme_id: programmeId, user_id: cecilija.userId, role: 'job_coach' }).execute();
  await seCase('A2', asta, D(-25), { lastName: 'Ąžuolienė', stage: 'employer_engagement' });
  await seCase('A3', asta, D(-60), { lastName: 'Zabielienė', stage: 'vocational_profile' });
  await seCase('A4', asta, D(-15), { lastName: 'Šimkienė', stage: 'engagement' });
  await seCase('A5', asta, D(-100), { closed: true });
  await seCase('A6', asta, D(-90), { ended: true });
  await seCase('B1', bronius, D(-27));
  await seCase('B2', bronius, D(-10));
  await seCase('U1', null, D(-5));
  const otherProgramme = await makeCase(t.db, kazlu, { openedOn: D(-300) });
  await seCase('A7', asta, D(-200), { programme: otherProgramme.programmeId, inTeam: false });

  await contact(asta, D(-17), 'A1');
  await contact(asta, D(-10), 'A1');
  await contact(asta, D(-19), 'A2');
  await contact(asta, D(-5));
  await contact(asta, D(-3));
  await contact(asta, D(0));
  await contact(asta, D(-40));
  await contact(bronius, D(-1), 'B1');
  await contact(bronius, D(-9), 'B2');

  const pA1 = await placement('A1', 'open_market', D(-8), 40, 1500_00);
  await placement('A2', 'open_market', D(-7), 20, 500_00);
  const pB1 = await placement('B1', 'trial_practice', D(-3), 40, null);
  await placement('A3', 'open_market', D(-40), 40, 1500_00); // before the period

  await followUpTask('A1', pA1, asta, 3, D(80));
  await followUpTask('A1', pA1, asta, 6, D(170), 'done');
  await followUpTask('B1', pB1, bronius, 3, D(85));
});
afterAll(() => t.close());

const programmeFigures = (session: Session, query = `&from=${FROM}&to=${TO}`) => session.get(`/api/fidelity?programmeId=${programmeId}${query}`);

describe('GET /api/fidelity: a programme per job coach', () => {
  it('lists P\'s three coaches by name with figures worked out by hand (Asta: caseload 5, 4 in P; 1.5 contacts a week; median 4.5 days; 1 of 2 competitive)', async () => {
    const response = await programmeFigures(manager);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.period).toEqual({ from: FROM, to: TO, days: 28, weeks: 4 });
    expect(body.minimumMonthlyWageCents).toBe(1153_00);
    expect(body.coaches.map((c: { coach: { name: string } }) => c.coach.name)).toEqual(['Asta Jonaitė', 'Bronius Kazlauskas', 'Cecilija Lukšienė']);
    const [a, b, c] = body.coaches;
    expect(a).toMatchObject({
      caseloadInProgramme: 4,
      caseload: { value: 5, verdict: 'meets', anchor: { comparison: 'at_most', value: 20, verified: true } },
      contactsPerWeek: { contacts: 6, weeks: 4, value: 1.5, verdict: 'below', anchor: { comparison: 'at_least', value: 6, verified: false } },
      firstContact: {
        participants: 3, contacted: 2, medianDays: { value: 4.5, verdict: 'meets' },
        shareWithin30Days: { value: 1, within: 2, decided: 2, verdict: 'meets' }, notYet: { count: 1, overdue: 0, longestDays: 15 },
      },
      competitive: { placements: 2, competitive: 1, wageUnknown: 0, value: 0.5, verdict: 'below' },
    });
    expect(b).toMatchObject({
      caseloadInProgramme: 2, caseload: { value: 2 }, contactsPerWeek: { contacts: 2, value: 0.5 },
      firstContact: { participants: 2, contacted: 2, medianDays: { value: 13.5 }, notYet: { count: 0 } },
      competitive: { placements: 1, competitive: 0, value: 0 },
    });
    expect(c).toMatchObject({
      caseloadInProgramme: 0, caseload: { value: 0, verdict: 'meets' }, contactsPerWeek: { contacts: 0, value: 0, verdict: 'below' },
      firstContact: { participants: 0, medianDays: { value: null, verdict: 'no_data' } }, competitive: { placements: 0, verdict: 'no_data' },
    });
  });

  it('totals P: largest caseload 5, (6+2+0)/4/3 = 0.7 contacts a week, median 4.5 of everyone incl. without coach, 2 not yet, 1 of 3 competitive, 7 active', async () => {
    const { totals } = (await programmeFigures(manager)).json();
    expect(totals).toMatchObject({
      coaches: 3, activeProcesses: 7,
      caseload: { value: 5, verdict: 'meets' },
      contactsPerWeek: { contacts: 8, weeks: 4, value: 0.7, verdict: 'below' },
      firstContact: {
        participants: 6, contacted: 4, medianDays: { value: 4.5, verdict: 'meets' },
        shareWithin30Days: { value: 1, within: 4, decided: 4 }, notYet: { count: 2, overdue: 0, longestDays: 15 },
      },
      competitive: { placements: 3, competitive: 1, value: 0.3333, verdict: 'below' },
    });
  });

  it('defaults to the 12 weeks ending today', async () => {
    const response = await programmeFigures(manager, '');
    expect(response.statusCode).toBe(200);
    expect(response.json().period).toEqual({ from: D(-83), to: TO, days: 84, weeks: 12 });
  });

  it('refuses an end before the start and an end in the future, naming the field', async () => {
    const backwards = await programmeFigures(manager, `&from=${D(-1)}&to=${D(-5)}`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.fields).toEqual([expect.objectContaining({ field: 'to', problem: 'before_start' })]);
    const future = await programmeFigures(manager, `&to=${D(1)}`);
    expect(future.json().error.details.fields).toEqual([expect.objectContaining({ field: 'to', problem: 'date_in_future' })]);
  });

  it('is read by a job coach of the organisation too, and audited with the period and the coaches shown', async () => {
    expect((await programmeFigures(bronius)).statusCode).toBe(200);
    const entry = (await auditEntries(t.db, 'fidelity.programme')).filter((e) => e.actor_id === bronius.userId).at(-1)!;
    expect(entry).toMatchObject({ entity_type: 'programme', entity_id: programmeId, organisation_id: kazlu, outcome: 'ok' });
    expect(entry.details).toMatchObject({ from: FROM, to: TO, coaches: [asta.userId, bronius.userId, cecilija.userId] });
  });

  it('answers 404 for another organisation\'s programme (audited as denied), as the programme page does; 403 without fidelity.read', async () => {
    const response = await programmeFigures(outsider);
    expect(response.statusCode).toBe(404);
    expect((await outsider.get(`/api/programmes/${programmeId}`)).statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'fidelity.programme')).filter((e) => e.actor_id === outsider.userId);
    expect(denied).toEqual([expect.objectContaining({ outcome: 'denied', entity_id: programmeId })]);
    expect((await programmeFigures(socialWorker)).statusCode).toBe(403);
    expect((await manager.get('/api/fidelity?programmeId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('GET /api/fidelity/me: the job coach\'s dashboard', () => {
  it('gives Asta her own figures across her programmes (caseload 5, 1.5 a week, median 4.5, 1 of 2 competitive)', async () => {
    const response = await asta.get(`/api/fidelity/me?from=${FROM}&to=${TO}`);
    expect(response.statusCode, response.body).toBe(200);
    const { figures } = response.json();
    expect(figures).toMatchObject({
      caseload: { value: 5, verdict: 'meets' },
      contactsPerWeek: { contacts: 6, value: 1.5 },
      firstContact: { participants: 3, contacted: 2, medianDays: { value: 4.5 }, notYet: { count: 1, longestDays: 15 } },
      competitive: { placements: 2, competitive: 1, value: 0.5 },
    });
  });

  it('lists her active participants whose case she may read, the overdue first contact (A3, 60 days) first, then by name; A7 counted but not shown', async () => {
    const body = (await asta.get('/api/fidelity/me')).json();
    expect(body.participants.map((p: { participantName: string }) => p.participantName)).toEqual([
      'A3 Zabielienė', 'A2 Ąžuolienė', 'A1 Petraitienė', 'A4 Šimkienė',
    ]);
    expect(body.participants[0]).toEqual({
      caseId: cases.A3!.caseId, participantId: cases.A3!.participantId, participantName: 'A3 Zabielienė', stage: 'vocational_profile',
      enrolledOn: D(-60), daysSinceEnrolment: 60, firstContactOn: null, firstContactOverdue: true,
    });
    expect(body.participants[2]).toMatchObject({ stage: 'job_finding', firstContactOn: D(-17), firstContactOverdue: false, daysSinceEnrolment: 20 });
    expect(body.participants[3]).toMatchObject({ firstContactOn: null, firstContactOverdue: false, daysSinceEnrolment: 15 });
    expect(body.participantsNotShown).toBe(1);
  });

  it('counts and lists her employer contacts this week (Monday to Sunday), and her open placement follow-ups only', async () => {
    const body = (await asta.get('/api/fidelity/me')).json();
    const week = weekOf(TO);
    const mine = [D(-17), D(-10), D(-19), D(-5), D(-3), D(0), D(-40)].filter((d) => d >= week.from && d <= week.to);
    expect(body.week).toMatchObject({ from: week.from, to: week.to, count: mine.length });
    expect(body.week.contacts.map((c: { contactedOn: string }) => c.contactedOn)).toEqual([...mine].sort().reverse());
    expect(body.week.contacts[0]).toMatchObject({ employerId, employerName: 'UAB Švara', kind: 'visit' });
    expect(body.followUps).toEqual([{
      taskId: expect.any(String), title: 'Stebėsena po 3 mėn.', dueOn: D(80), overdue: false, months: 3, placementId: expect.any(String),
      caseId: cases.A1!.caseId, participantName: 'A1 Petraitienė', employerName: 'UAB Švara', jobTitle: 'Valytoja',
    }]);
  });

  it('shows Bronius only his own: his two participants and his follow-up, nothing of Asta\'s', async () => {
    const body = (await bronius.get('/api/fidelity/me')).json();
    expect(body.participants.map((p: { caseId: string }) => p.caseId).sort()).toEqual([cases.B1!.caseId, cases.B2!.caseId].sort());
    expect(body.followUps.map((f: { caseId: string }) => f.caseId)).toEqual([cases.B1!.caseId]);
    expect(body.figures.caseload.value).toBe(2);
  });

  it('audits the read with the cases, contacts and follow-ups shown', async () => {
    await asta.get('/api/fidelity/me');
    const entry = (await auditEntries(t.db, 'fidelity.mine')).filter((e) => e.actor_id === asta.userId).at(-1)!;
    const details = entry.details as { shown: string[]; followUps: string[] };
    expect(entry.outcome).toBe('ok');
    expect(details.shown.sort()).toEqual(['A1', 'A2', 'A3', 'A4'].map((k) => cases[k]!.caseId).sort());
    expect(details.followUps).toHaveLength(1);
  });

  it('is refused (403) to staff without fidelity.read', async () => {
    expect((await socialWorker.get('/api/fidelity/me')).statusCode).toBe(403);
  });
});
