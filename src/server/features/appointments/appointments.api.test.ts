import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, testApp, type Session, type TestApp, staffSignIn } from '../../../../tests/api.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// Appointments through their API: booking with every refusal, clashes for the specialist
// and for the participant (also when booked at the same moment), rescheduling and
// cancelling, and calendars that show others' cases as busy.

let t: TestApp;
let kazlu: string;
let utena: string;
let kazluCentre: string;
let utenaCentre: string;
let caseManager: Session;
let jobCoach: Session;
let psychologist: Session;
let teamlessWorker: Session;
let outsider: Session;

/** A day `days` ahead, Lithuanian date, and an instant on it (10:00 Lithuanian time is 08:00Z in winter, 07:00Z in summer). */
const day = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
};
const at = (days: number, hour: number, minute = 0) => {
  // Noon UTC of that date lies in it in Lithuania; then set the Lithuanian wall-clock hour.
  const noon = new Date(`${day(days)}T12:00:00Z`);
  const offset = Number(noon.toLocaleString('en-GB', { timeZone: 'Europe/Vilnius', hour: '2-digit', hourCycle: 'h23' })) - 12;
  return new Date(Date.UTC(noon.getUTCFullYear(), noon.getUTCMonth(), noon.getUTCDate(), hour - offset, minute)).toISOString();
};

async function centre(organisationId: string, name: string) {
  const { id } = await t.db.insertInto('centres').values({
    organisation_id: organisationId, name, address: 'Atgimimo g. 16', sort_key: lithuanianSortKey(name), search_key: searchKey(name),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  utena = await makeOrganisation(t.db, 'Utenos asociacija', 'ngo');
  kazluCentre = await centre(kazlu, 'Kazlų Rūdos užimtumo skatinimo centras');
  utenaCentre = await centre(utena, 'Anykščių konsultavimo ir mokymo centras');
  const user = staffSignIn(t);
  caseManager = await user('Rūta', 'Žemaitienė', [[kazlu, 'case_manager']]);
  jobCoach = await user('Gintarė', 'Jankauskienė', [[kazlu, 'job_coach']]);
  psychologist = await user('Eglė', 'Šimkutė', [[kazlu, 'psychologist']]);
  teamlessWorker = await user('Lina', 'Petraitė', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
});
afterAll(() => t.close());

const teamCase = (firstName = 'Ona') => makeCase(t.db, kazlu, {
  caseManagerId: caseManager.userId, firstName, team: [[jobCoach.userId, 'job_coach'], [psychologist.userId, 'psychologist']],
});
const countFor = async (caseId: string) =>
  Number((await t.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()).n);
const atCentre = (caseId: string | undefined, days: number, from: number, to: number, extra: Record<string, unknown> = {}) => ({
  ...(caseId ? { caseId } : {}), place: 'centre', centreId: kazluCentre, startsAt: at(days, from), endsAt: at(days, to), purpose: 'CV peržiūra', ...extra,
});

describe('booking an appointment', () => {
  it('for a case at a centre: the participant comes from the case, with a timeline event and an audit entry', async () => {
    const { caseId, participantId } = await teamCase();
    const response = await jobCoach.post('/api/appointments', atCentre(caseId, 10, 10, 11));
    expect(response.statusCode, response.body).toBe(201);
    const booked = response.json();
    expect(booked).toMatchObject({
      specialistId: jobCoach.userId, specialistName: 'Gintarė Jankauskienė', busy: false, caseId, participantId, participantName: expect.stringMatching(/^Ona Dalyvė/),
      place: 'centre', centreId: kazluCentre, centreName: 'Kazlų Rūdos užimtumo skatinimo centras', startsAt: at(10, 10), endsAt: at(10, 11),
      purpose: 'CV peržiūra', status: 'planned', canChange: true, version: 1,
    });
    const events = await t.db.selectFrom('case_events').select(['kind', 'details']).where('case_id', '=', caseId).execute();
    expect(events).toContainEqual({
      kind: 'appointment_booked',
      details: { appointmentId: booked.id, specialistId: jobCoach.userId, specialistName: 'Gintarė Jankauskienė', startsAt: at(10, 10), endsAt: at(10, 11), date: day(10), time: '10:00–11:00' },
    });
    expect((await auditEntries(t.db, 'appointment.create')).map((e) => e.entity_id)).toContain(caseId);
  });

  it('refuses the past, an end before the start, more than 12 hours and a centre elsewhere, naming the field; nothing is written', async () => {
    const { caseId } = await teamCase();
    const past = await jobCoach.post('/api/appointments', atCentre(caseId, -1, 10, 11));
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details.fields).toEqual([{ field: 'startsAt', problem: 'start_in_past', message: 'Pradžia negali būti praeityje.' }]);
    const backwards = await jobCoach.post('/api/appointments', atCentre(caseId, 3, 11, 10), { 'accept-language': 'en' });
    expect(backwards.json().error.details.fields).toEqual([{ field: 'endsAt', problem: 'end_not_after_start', message: 'The end must be after the start.' }]);
    const long = await jobCoach.post('/api/appointments', atCentre(caseId, 3, 6, 19));
    expect(long.json().error.details.fields).toEqual([{ field: 'endsAt', problem: 'appointment_too_long', params: { hours: 12 }, message: 'Susitikimas negali būti ilgesnis nei 12 val.' }]);
    const elsewhere = await jobCoach.post('/api/appointments', atCentre(caseId, 3, 10, 11, { centreId: utenaCentre }));
    expect(elsewhere.json().error.details.fields).toEqual([{ field: 'centreId', problem: 'centre_other_organisation', message: 'Šis centras priklauso kitai organizacijai.' }]);
    expect((await jobCoach.post('/api/appointments', atCentre(caseId, 3, 10, 11, { place: 'mobile_team', centreId: undefined }))).json().error.details.fields[0].field).toBe('village');
    expect(await countFor(caseId)).toBe(0);
  });

  it('refuses a clash with the specialist\'s other appointment, naming whose time and when', async () => {
    const first = await teamCase();
    const second = await teamCase();
    expect((await jobCoach.post('/api/appointments', atCentre(first.caseId, 11, 10, 11))).statusCode).toBe(201);
    const clash = await jobCoach.post('/api/appointments', atCentre(second.caseId, 11, 10, 12));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'APPOINTMENT.CLASH',
      message: `Laikas užimtas: Gintarė Jankauskienė jau turi kitą susitikimą ${day(11)} 10:00–11:00. Pasirinkite kitą laiką.`,
      details: { whose: 'specialist', clash: { startsAt: at(11, 10), endsAt: at(11, 11) }, fields: [{ field: 'startsAt', problem: 'time_taken', message: 'Šis laikas užimtas.' }] },
    });
    // Back to back is not a clash.
    expect((await jobCoach.post('/api/appointments', atCentre(second.caseId, 11, 11, 12))).statusCode).toBe(201);
    expect(await countFor(second.caseId)).toBe(1);
  });

  it('refuses a clash with the participant\'s other appointment, with another specialist', async () => {
    const { caseId } = await teamCase('Irena');
    expect((await jobCoach.post('/api/appointments', atCentre(caseId, 12, 9, 10))).statusCode).toBe(201);
    const clash = await psychologist.post('/api/appointments', { caseId, place: 'online', startsAt: at(12, 9, 30), endsAt: at(12, 10, 30) }, { 'accept-language': 'en' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.details.whose).toBe('participant');
    expect(clash.json().error.message).toMatch(/^That time is taken: Irena Dalyvė\S+ already has another appointment \d\d\/\d\d\/\d{4} 09:00–10:00\. Choose another time\.$/);
    expect(await countFor(caseId)).toBe(1);
  });

  it('lets exactly one of simultaneous clashing bookings through', async () => {
    const cases = await Promise.all([teamCase(), teamCase(), teamCase(), teamCase()]);
    const responses = await Promise.all(cases.map(({ caseId }) => jobCoach.post('/api/appointments', atCentre(caseId, 13, 14, 15))));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect(responses.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'APPOINTMENT.CLASH')).toBe(true);
    const rows = await t.db.selectFrom('appointments').select('id').where('specialist_id', '=', jobCoach.userId)
      .where('starts_at', '=', new Date(at(13, 14))).execute();
    expect(rows).toHaveLength(1);
  });

  it('for a team member is a case manager\'s; a specialist books only for themselves', async () => {
    const { caseId } = await teamCase();
    const forCoach = await caseManager.post('/api/appointments', atCentre(caseId, 14, 10, 11, { specialistId: jobCoach.userId }));
    expect(forCoach.statusCode, forCoach.body).toBe(201);
    expect(forCoach.json().specialistName).toBe('Gintarė Jankauskienė');
    expect((await caseManager.post('/api/appointments', atCentre(caseId, 14, 12, 13, { specialistId: teamlessWorker.userId }))).json().error.details.fields)
      .toEqual([{ field: 'specialistId', problem: 'not_case_team', message: 'Šis naudotojas nėra atvejo komandos narys.' }]);
    expect((await jobCoach.post('/api/appointments', atCentre(caseId, 14, 12, 13, { specialistId: psychologist.userId }))).statusCode).toBe(403);
  });

  it('without a case: a mobile-team visit in a village', async () => {
    const visit = await teamlessWorker.post('/api/appointments', { place: 'mobile_team', village: 'Jankai', startsAt: at(15, 9), endsAt: at(15, 12), purpose: 'Mobilios komandos išvyka' });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json()).toMatchObject({ organisationId: kazlu, caseId: null, participantName: null, busy: false, village: 'Jankai' });
  });

  it('for a case outside what the user may see is 404, audited', async () => {
    const { caseId } = await teamCase();
    expect((await outsider.post('/api/appointments', atCentre(caseId, 16, 10, 11))).statusCode).toBe(404);
    expect((await teamlessWorker.post('/api/appointments', atCentre(caseId, 16, 10, 11))).statusCode).toBe(404);
    expect((await outsider.get(`/api/appointments?caseId=${caseId}&from=${day(0)}&to=${day(20)}`)).statusCode).toBe(404);
    const denied = [...await auditEntries(t.db, 'appointment.create'), ...await auditEntries(t.db, 'appointment.list')].filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => `${e.actor_id}:${e.entity_id}`)).toEqual(expect.arrayContaining([`${outsider.userId}:${caseId}`, `${teamlessWorker.userId}:${caseId}`]));
    expect(await countFor(caseId)).toBe(0);
  });
});

describe('changing an appointment', () => {
  it('reschedules with the version read; a stale version is refused', async () => {
    const { caseId } = await teamCase();
    const booked = (await jobCoach.post('/api/appointments', atCentre(caseId, 17, 10, 11))).json();
    const moved = await jobCoach.patch(`/api/appointments/${booked.id}`, { startsAt: at(17, 13), endsAt: at(17, 14), version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ startsAt: at(17, 13), endsAt: at(17, 14), version: 2 });
    expect((await jobCoach.patch(`/api/appointments/${booked.id}`, { startsAt: at(17, 15), endsAt: at(17, 16), version: 1 })).json().error.code).toBe('RECORD.CHANGED');
    expect((await jobCoach.patch(`/api/appointments/${booked.id}`, { status: 'held', version: 2 })).json().error.details.fields[0]).toMatchObject({ field: 'status', problem: 'not_started_yet' });
    expect((await teamlessWorker.patch(`/api/appointments/${booked.id}`, { status: 'cancelled', version: 2 })).statusCode).toBe(404);
    const kinds = (await t.db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).execute()).map((e) => e.kind);
    expect(kinds).toEqual(['appointment_booked', 'appointment_rescheduled']);
  });

  it('a cancelled appointment frees the slot and stays cancelled', async () => {
    const first = await teamCase();
    const second = await teamCase();
    const booked = (await jobCoach.post('/api/appointments', atCentre(first.caseId, 18, 10, 11))).json();
    expect((await jobCoach.post('/api/appointments', atCentre(second.caseId, 18, 10, 11))).statusCode).toBe(409);
    const cancelled = await jobCoach.patch(`/api/appointments/${booked.id}`, { status: 'cancelled', version: 1 });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', canChange: false });
    expect((await jobCoach.post('/api/appointments', atCentre(second.caseId, 18, 10, 11))).statusCode).toBe(201);
    expect((await jobCoach.patch(`/api/appointments/${booked.id}`, { status: 'planned', version: 2 })).json().error.code).toBe('APPOINTMENT.NOT_CHANGEABLE');
    expect((await t.db.selectFrom('case_events').select('kind').where('case_id', '=', first.caseId).execute()).map((e) => e.kind)).toContain('appointment_cancelled');
  });

  it('records a past appointment as held', async () => {
    const { caseId, participantId } = await teamCase();
    const { id } = await t.db.insertInto('appointments').values({
      organisation_id: kazlu, specialist_id: jobCoach.userId, case_id: caseId, participant_id: participantId, place: 'online',
      starts_at: new Date(Date.now() - 3 * 3_600_000), ends_at: new Date(Date.now() - 2 * 3_600_000),
    }).returning('id').executeTakeFirstOrThrow();
    const held = await jobCoach.patch(`/api/appointments/${id}`, { status: 'held', version: 1 });
    expect(held.json()).toMatchObject({ status: 'held', version: 2 });
    expect((await jobCoach.patch(`/api/appointments/${id}`, { startsAt: at(20, 10), endsAt: at(20, 11), version: 2 })).json().error.code).toBe('APPOINTMENT.NOT_CHANGEABLE');
  });
});

describe('calendars', () => {
  it('of a centre for a week: others\' cases show as busy, without the person', async () => {
    const { caseId } = await teamCase('Vilma');
    await jobCoach.post('/api/appointments', atCentre(caseId, 21, 10, 11));
    await jobCoach.post('/api/appointments', atCentre(undefined, 22, 8, 9, { purpose: 'Centro budėjimas' }));
    const url = `/api/appointments?centreId=${kazluCentre}&from=${day(21)}&to=${day(27)}`;
    const asCoach = (await jobCoach.get(url)).json();
    expect(asCoach.items.map((a: { participantName: string | null; busy: boolean }) => [a.busy, a.participantName?.slice(0, 5) ?? null])).toEqual([[false, 'Vilma'], [false, null]]);
    const asOther = (await teamlessWorker.get(url)).json();
    expect(asOther.items[0]).toMatchObject({ busy: true, caseId: null, participantId: null, participantName: null, purpose: '', specialistName: 'Gintarė Jankauskienė', startsAt: at(21, 10) });
    expect(asOther.items[1]).toMatchObject({ busy: false, purpose: 'Centro budėjimas' });
    expect((await outsider.get(url)).statusCode).toBe(404);
    const reads = await auditEntries(t.db, 'appointment.list');
    expect(reads.filter((e) => e.actor_id === teamlessWorker.userId && e.outcome === 'ok').at(-1)!.details).toMatchObject({ shown: [asOther.items[1].id] });
  });

  it('of a specialist (me by default), of a case, and the mobile team\'s by place', async () => {
    const { caseId } = await teamCase();
    await psychologist.post('/api/appointments', { caseId, place: 'online', startsAt: at(23, 15), endsAt: at(23, 16) });
    const mine = (await psychologist.get(`/api/appointments?from=${day(23)}&to=${day(23)}`)).json();
    expect(mine.items.map((a: { caseId: string }) => a.caseId)).toEqual([caseId]);
    const theirs = (await caseManager.get(`/api/appointments?specialistId=${psychologist.userId}&from=${day(23)}&to=${day(23)}`)).json();
    expect(theirs.items).toHaveLength(1);
    expect((await jobCoach.get(`/api/appointments?caseId=${caseId}&from=${day(23)}&to=${day(23)}`)).json().items).toHaveLength(1);
    // A case has few appointments: its past and upcoming ones come in one window of up to a year.
    expect((await jobCoach.get(`/api/appointments?caseId=${caseId}&from=${day(-180)}&to=${day(180)}`)).json().items).toHaveLength(1);
    await teamlessWorker.post('/api/appointments', { place: 'mobile_team', village: 'Antanavas', startsAt: at(24, 9), endsAt: at(24, 11) });
    const mobile = (await caseManager.get(`/api/appointments?place=mobile_team&from=${day(24)}&to=${day(24)}`)).json();
    expect(mobile.items.map((a: { village: string }) => a.village)).toEqual(['Antanavas']);
    expect((await caseManager.get(`/api/appointments?from=${day(0)}&to=${day(31)}`)).statusCode).toBe(400);
    expect((await caseManager.get(`/api/appointments?from=${day(5)}&to=${day(4)}`)).statusCode).toBe(400);
  });

  it('list the staff whose calendars the user may open', async () => {
    const staff = (await jobCoach.get('/api/appointments/specialists')).json();
    expect(staff.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Gintarė Jankauskienė', 'Eglė Šimkutė', 'Rūta Žemaitienė']));
    expect(staff.map((s: { name: string }) => s.name)).not.toContain('Mindaugas Stankevičius');
  });
});
