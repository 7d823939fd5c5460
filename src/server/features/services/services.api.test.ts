import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeCase, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp, today, daysFromToday, staffSignIn } from '../../../../tests/api.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';

// Delivered services through their API: the catalogue, logging with every refusal (and
// nothing written), confidential notes by role, group sessions all or nothing, the case's
// list in keyset pages with totals, a specialist's own log, and removing a wrong entry.

let t: TestApp;
let kazlu: string;
let utena: string;
let kazluCentre: string;
let utenaCentre: string;
let caseManager: Session;
let psychologist: Session;
let otherPsychologist: Session;
let socialWorker: Session;
let teamlessWorker: Session;
let outsider: Session;


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
  psychologist = await user('Eglė', 'Šimkutė', [[kazlu, 'psychologist']]);
  otherPsychologist = await user('Asta', 'Čiurlytė', [[kazlu, 'psychologist']]);
  socialWorker = await user('Tomas', 'Čepaitis', [[kazlu, 'social_worker']]);
  teamlessWorker = await user('Lina', 'Petraitė', [[kazlu, 'social_worker']]);
  outsider = await user('Mindaugas', 'Stankevičius', [[utena, 'case_manager']]);
});
afterAll(() => t.close());

const teamCase = () => makeCase(t.db, kazlu, {
  caseManagerId: caseManager.userId,
  team: [[psychologist.userId, 'psychologist'], [otherPsychologist.userId, 'psychologist'], [socialWorker.userId, 'social_worker']],
});
const countRows = async (caseId: string) =>
  Number((await t.db.selectFrom('service_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()).n);
const consultation = (extra: Record<string, unknown> = {}) => ({ serviceKey: 'consultation', deliveredOn: today(), durationMinutes: 45, place: 'online', ...extra });

describe('the service catalogue', () => {
  it('is grouped by category, in the user\'s language, offered types only unless all=true', async () => {
    await t.db.updateTable('service_types').set({ is_active: false }).where('key', '=', 'flexible_work').execute();
    const groups = (await socialWorker.get('/api/service-types')).json();
    expect(groups.map((g: { category: string }) => g.category)).toEqual(['social', 'psychological', 'counselling', 'employment', 'training', 'measure', 'support']);
    expect(groups[1].types).toEqual([{ key: 'psychological_help', category: 'psychological', name: 'Psichologinė pagalba', nameLt: 'Psichologinė pagalba', nameEn: 'Psychological help', isActive: true }]);
    const keys = (list: { types: { key: string }[] }[]) => list.flatMap((g) => g.types.map((type) => type.key));
    expect(keys(groups)).not.toContain('flexible_work');
    const all = (await socialWorker.get('/api/service-types?all=true', { 'accept-language': 'en' })).json();
    expect(keys(all)).toContain('flexible_work');
    expect(all[0].types[0].name).toBe('Social and motivation services');
  });
});

describe('logging a delivered service', () => {
  it('records the provider, place and duration, with a timeline event and an audit entry', async () => {
    const { caseId } = await teamCase();
    const response = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ place: 'centre', centreId: kazluCentre, durationMinutes: 90, notes: 'Aptartas CV.' }));
    expect(response.statusCode, response.body).toBe(201);
    const logged = response.json();
    expect(logged).toMatchObject({
      caseId, serviceKey: 'consultation', serviceName: 'Konsultacija', category: 'counselling', deliveredOn: today(), durationMinutes: 90,
      place: 'centre', centreId: kazluCentre, centreName: 'Kazlų Rūdos užimtumo skatinimo centras', groupId: null, groupSize: 1,
      notes: 'Aptartas CV.', providerId: socialWorker.userId, providerName: 'Tomas Čepaitis', hasConfidentialNote: false, confidentialNote: null, canRemove: true,
    });
    const events = await t.db.selectFrom('case_events').select(['kind', 'details', 'actor_id']).where('case_id', '=', caseId).execute();
    expect(events).toContainEqual({ kind: 'service_delivered', actor_id: socialWorker.userId, details: { serviceId: logged.id, serviceKey: 'consultation', minutes: 90 } });
    expect((await auditEntries(t.db, 'service.create')).map((e) => e.entity_id)).toContain(caseId);
  });

  it('refuses a negative or zero duration, a future date, a centre of another organisation, naming the field; nothing is written', async () => {
    const { caseId } = await teamCase();
    const negative = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ durationMinutes: -30 }));
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.fields).toEqual([{ field: 'durationMinutes', problem: 'too_small', params: { min: 1 }, message: 'Mažiausia reikšmė: 1.' }]);
    expect((await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ durationMinutes: 0 }))).statusCode).toBe(400);
    expect((await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ durationMinutes: 1441 }))).json().error.details.fields[0].field).toBe('durationMinutes');

    const future = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ deliveredOn: daysFromToday(1) }), { 'accept-language': 'en' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details.fields).toEqual([{ field: 'deliveredOn', problem: 'date_in_future', message: 'The date cannot be in the future.' }]);

    const elsewhere = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ place: 'centre', centreId: utenaCentre }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details.fields).toEqual([{ field: 'centreId', problem: 'centre_other_organisation', message: 'Šis centras priklauso kitai organizacijai.' }]);

    const several = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ place: 'centre', serviceKey: 'no_such_service', deliveredOn: '2025-01-01' }));
    expect(several.json().error.details.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`))
      .toEqual(['centreId:required', 'deliveredOn:before_case_opened', 'serviceKey:unknown_service']);
    expect((await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ place: 'mobile_team' }))).json().error.details.fields[0].field).toBe('village');
    expect(await countRows(caseId)).toBe(0);
    expect(await t.db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).where('kind', '=', 'service_delivered').execute()).toEqual([]);
  });

  it('shows a confidential note to its author and the other psychologist, not to the social worker or case manager in the team', async () => {
    const { caseId } = await teamCase();
    const created = await psychologist.post(`/api/cases/${caseId}/services`, consultation({ serviceKey: 'psychological_help', confidentialNote: 'Kalbėjome apie nerimą.', notes: 'Pirmas susitikimas.' }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ hasConfidentialNote: true, confidentialNote: 'Kalbėjome apie nerimą.', confidentialRole: 'psychologist' });
    const noteAs = async (session: Session) => {
      const item = (await session.get(`/api/cases/${caseId}/services`)).json().items[0];
      return { has: item.hasConfidentialNote, text: item.confidentialNote, notes: item.notes };
    };
    expect(await noteAs(psychologist)).toEqual({ has: true, text: 'Kalbėjome apie nerimą.', notes: 'Pirmas susitikimas.' });
    expect(await noteAs(otherPsychologist)).toEqual({ has: true, text: 'Kalbėjome apie nerimą.', notes: 'Pirmas susitikimas.' });
    expect(await noteAs(socialWorker)).toEqual({ has: true, text: null, notes: 'Pirmas susitikimas.' });
    expect(await noteAs(caseManager)).toEqual({ has: true, text: null, notes: 'Pirmas susitikimas.' });
    // Neither the timeline nor the audit log keeps the text.
    const stored = JSON.stringify([
      await t.db.selectFrom('case_events').select('details').where('case_id', '=', caseId).execute(),
      (await auditEntries(t.db, 'service.create')).map((e) => e.details),
    ]);
    expect(stored).not.toContain('nerimą');
  });

  it('is refused to a user outside the case (404, audited) and to one without case.work', async () => {
    const { caseId } = await teamCase();
    expect((await outsider.post(`/api/cases/${caseId}/services`, consultation())).statusCode).toBe(404);
    expect((await teamlessWorker.post(`/api/cases/${caseId}/services`, consultation())).statusCode).toBe(404);
    expect((await teamlessWorker.get(`/api/cases/${caseId}/services`)).statusCode).toBe(404);
    const denied = [...await auditEntries(t.db, 'service.create'), ...await auditEntries(t.db, 'service.list')].filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => `${e.actor_id}:${e.entity_id}`)).toEqual(expect.arrayContaining([`${outsider.userId}:${caseId}`, `${teamlessWorker.userId}:${caseId}`]));
    const auditor = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'auditor']] })).email);
    expect((await auditor.get(`/api/cases/${caseId}/services`)).statusCode).toBe(200);
    expect((await auditor.post(`/api/cases/${caseId}/services`, consultation())).statusCode).toBe(403);
    expect(await countRows(caseId)).toBe(0);
  });
});

describe('a group session', () => {
  it('writes one row per case with one group id', async () => {
    const cases = await Promise.all([teamCase(), teamCase(), teamCase()]);
    const response = await socialWorker.post('/api/services/group', {
      serviceKey: 'social_skills_training', deliveredOn: today(), durationMinutes: 120, place: 'centre', centreId: kazluCentre, caseIds: cases.map((c) => c.caseId),
    });
    expect(response.statusCode, response.body).toBe(201);
    const { groupId, items } = response.json();
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i: { groupId: string }) => i.groupId))).toEqual(new Set([groupId]));
    expect(items.every((i: { groupSize: number }) => i.groupSize === 3)).toBe(true);
    const rows = await t.db.selectFrom('service_deliveries').select(['case_id', 'participant_id']).where('group_id', '=', groupId).execute();
    expect(rows.map((r) => r.case_id).sort()).toEqual(cases.map((c) => c.caseId).sort());
    expect(rows.map((r) => r.participant_id).sort()).toEqual(cases.map((c) => c.participantId).sort());
    for (const { caseId } of cases) expect(await t.db.selectFrom('case_events').select('kind').where('case_id', '=', caseId).execute()).toContainEqual({ kind: 'service_delivered' });
  });

  it('writes nothing when one case cannot be read, and names it', async () => {
    const readable = await Promise.all([teamCase(), teamCase()]);
    const hidden = await makeCase(t.db, kazlu, { caseManagerId: caseManager.userId });
    const caseIds = [readable[0]!.caseId, readable[1]!.caseId, hidden.caseId];
    const response = await socialWorker.post('/api/services/group', { serviceKey: 'community_meetings', deliveredOn: today(), durationMinutes: 60, place: 'online', caseIds });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.details.fields).toEqual([{ field: 'caseIds.2', problem: 'case_not_available', message: 'Šio atvejo nėra arba jame negalite registruoti paslaugų.' }]);
    for (const id of caseIds) expect(await countRows(id)).toBe(0);
    const denied = (await auditEntries(t.db, 'service.create_group')).filter((e) => e.outcome === 'denied');
    expect(denied.map((e) => e.entity_id)).toEqual([hidden.caseId]);
    // A bad field refuses the whole group too.
    const future = await socialWorker.post('/api/services/group', { serviceKey: 'community_meetings', deliveredOn: daysFromToday(2), durationMinutes: 60, place: 'online', caseIds: caseIds.slice(0, 2) });
    expect(future.statusCode).toBe(400);
    for (const id of caseIds) expect(await countRows(id)).toBe(0);
  });
});

describe('the case\'s services', () => {
  it('come newest first in keyset pages, with count and minutes per service type for the whole case', async () => {
    const { caseId } = await teamCase();
    const dates = Array.from({ length: 7 }, (_, i) => daysFromToday(-i * 3));
    for (const [i, deliveredOn] of dates.entries()) {
      const response = await socialWorker.post(`/api/cases/${caseId}/services`, consultation({ deliveredOn, serviceKey: i % 2 ? 'motivation' : 'consultation', durationMinutes: 30 + i }));
      expect(response.statusCode, response.body).toBe(201);
    }
    const first = (await caseManager.get(`/api/cases/${caseId}/services?pageSize=3`)).json();
    expect(first.items.map((i: { deliveredOn: string }) => i.deliveredOn)).toEqual(dates.slice(0, 3));
    expect(first.totals).toEqual({
      count: 7, minutes: 7 * 30 + 21,
      byType: [
        { serviceKey: 'motivation', serviceName: 'Motyvavimas', count: 3, minutes: 31 + 33 + 35 },
        { serviceKey: 'consultation', serviceName: 'Konsultacija', count: 4, minutes: 30 + 32 + 34 + 36 },
      ],
    });
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await caseManager.get(`/api/cases/${caseId}/services?pageSize=3&cursor=${cursor}`)).json();
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((i) => i.deliveredOn)).toEqual(dates);
    expect(new Set(seen.map((i) => i.id)).size).toBe(7);
    expect((await caseManager.get(`/api/cases/${caseId}/services?cursor=garbage`)).statusCode).toBe(400);
    const reads = (await auditEntries(t.db, 'service.list')).filter((e) => e.entity_id === caseId && e.actor_id === caseManager.userId);
    expect(reads.length).toBeGreaterThanOrEqual(3);
  });

  it('make a specialist\'s own log, between two dates', async () => {
    const { caseId } = await teamCase();
    const coach = await signIn(t.app, (await makeUser(t.db, { firstName: 'Gintarė', lastName: 'Jankauskienė', roles: [[kazlu, 'job_coach']] })).email);
    await t.db.insertInto('case_members').values({ case_id: caseId, user_id: coach.userId, role: 'job_coach' }).execute();
    await coach.post(`/api/cases/${caseId}/services`, consultation({ serviceKey: 'job_finding', deliveredOn: daysFromToday(-1) }));
    await coach.post(`/api/cases/${caseId}/services`, consultation({ serviceKey: 'job_coaching', deliveredOn: daysFromToday(-40) }));
    const mine = (await coach.get('/api/services?providerId=me')).json();
    expect(mine.items.map((i: { serviceKey: string; participantName: string }) => i.serviceKey)).toEqual(['job_finding']);
    expect(mine.items[0].participantName).toMatch(/^Ona Dalyvė/);
    const longer = (await coach.get(`/api/services?providerId=me&from=${daysFromToday(-60)}&to=${today()}`)).json();
    expect(longer.items.map((i: { serviceKey: string }) => i.serviceKey)).toEqual(['job_finding', 'job_coaching']);
    expect((await coach.get(`/api/services?providerId=${socialWorker.userId}`)).statusCode).toBe(403);
    expect((await coach.get(`/api/services?from=2024-01-01&to=${today()}`)).statusCode).toBe(400);
    expect((await auditEntries(t.db, 'service.list_mine')).map((e) => e.actor_id)).toContain(coach.userId);
  });
});

describe('removing a wrongly logged service', () => {
  it('is its author\'s on the same day, later a case manager\'s; always with a reason, which the timeline keeps', async () => {
    const { caseId } = await teamCase();
    const first = (await socialWorker.post(`/api/cases/${caseId}/services`, consultation())).json();
    const noReason = await socialWorker.request('DELETE', `/api/services/${first.id}`);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.fields).toEqual([{ field: 'reason', problem: 'required', message: 'Užpildykite šį lauką.' }]);
    expect((await psychologist.request('DELETE', `/api/services/${first.id}`, { reason: 'Ne mano' })).statusCode).toBe(409);
    const removed = await socialWorker.request('DELETE', `/api/services/${first.id}`, { reason: 'Įrašiau ne tą paslaugą.' });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await countRows(caseId)).toBe(0);
    expect((await socialWorker.request('DELETE', `/api/services/${first.id}`, { reason: 'Dar kartą' })).statusCode).toBe(404);

    const second = (await socialWorker.post(`/api/cases/${caseId}/services`, consultation())).json();
    await t.db.updateTable('service_deliveries').set({ created_at: new Date(Date.now() - 3 * 86_400_000) }).where('id', '=', second.id).execute();
    expect((await socialWorker.get(`/api/cases/${caseId}/services`)).json().items[0].canRemove).toBe(false);
    const late = await socialWorker.request('DELETE', `/api/services/${second.id}`, { reason: 'Klaida' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('SERVICE.REMOVAL_NOT_ALLOWED');
    expect((await outsider.request('DELETE', `/api/services/${second.id}`, { reason: 'Klaida' })).statusCode).toBe(404);
    expect((await caseManager.get(`/api/cases/${caseId}/services`)).json().items[0].canRemove).toBe(true);
    expect((await caseManager.request('DELETE', `/api/services/${second.id}`, { reason: 'Įrašyta ne tam asmeniui.' })).statusCode).toBe(204);
    const events = await t.db.selectFrom('case_events').select(['kind', 'details']).where('case_id', '=', caseId).where('kind', '=', 'service_removed').orderBy('id').execute();
    expect(events.map((e) => (e.details as { reason: string }).reason)).toEqual(['Įrašiau ne tą paslaugą.', 'Įrašyta ne tam asmeniui.']);
    expect(events[1]!.details).toMatchObject({ serviceKey: 'consultation', minutes: 45 });
    const removals = (await auditEntries(t.db, 'service.delete')).filter((e) => e.entity_id === caseId);
    expect(removals.map((e) => e.outcome)).toEqual(['ok', 'denied', 'ok']);
  });
});
