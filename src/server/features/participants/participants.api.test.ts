import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';
import { withCheckDigit } from './personal-code.rules.ts';

let t: TestApp;
let kazlu: string;
let utena: string;
let manager: Session;
let auditor: Session;
let volunteer: Session;
let outsider: Session;

const person = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Jonas', lastName: 'Petraitis', personalCode: '38501011239',
  registeredUnemployedSince: '2023-03-01', receivesSocialAssistance: true, socialAssistanceSince: '2023-05-01', ...overrides,
});
const fieldsOf = (response: { json(): { error: { details: { fields: { field: string; problem: string; message: string }[] } } } }) =>
  response.json().error.details.fields;

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  utena = await makeOrganisation(t.db, 'Utena');
  manager = await signIn(t.app, (await makeUser(t.db, { firstName: 'Rūta', lastName: 'Žemaitienė', roles: [[kazlu, 'case_manager']] })).email);
  auditor = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'auditor']] })).email);
  volunteer = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'volunteer']] })).email);
  outsider = await signIn(t.app, (await makeUser(t.db, { roles: [[utena, 'case_manager']] })).email);
});
afterAll(() => t.close());

describe('registering a participant', () => {
  it('answers 201 with the record; birth date and sex come from the personal code; audited', async () => {
    const response = await manager.post('/api/participants', person());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      firstName: 'Jonas', lastName: 'Petraitis', personalCode: '38501011239', birthDate: '1985-01-01', sex: 'male',
      organisationId: kazlu, organisationName: 'Kazlų Rūda', registeredUnemployedSince: '2023-03-01', notWorkingSince: null,
      receivesSocialAssistance: true, socialAssistanceSince: '2023-05-01', version: 1,
      consentWarnings: ['case_management', 'job_mediation'],
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await auditEntries(t.db, 'participant.create')).map((e) => e.entity_id)).toContain(created.id);
  });

  it('registers a person without a personal code (e.g. under temporary protection) with a birth date', async () => {
    const response = await manager.post('/api/participants', {
      firstName: 'Olena', lastName: 'Kovalenko', birthDate: '1988-04-12', sex: 'female', languages: ['uk', 'ru'], educationLevel: 6,
      labourMarketStatus: 'unemployed', targetGroups: ['temporary_protection'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ personalCode: null, birthDate: '1988-04-12', languages: ['uk', 'ru'], educationLevel: 6 });
  });

  it('says exactly what is wrong with a personal code, in the user\'s language', async () => {
    const cases: [string, string, string][] = [
      ['3850101123', 'personal_code_length', 'Asmens kodas turi būti 11 skaitmenų.'],
      ['3850101123O', 'personal_code_digits', 'Asmens kode gali būti tik skaitmenys (be tarpų ir raidžių).'],
      [withCheckDigit('7850101123'), 'personal_code_century', 'Pirmas asmens kodo skaitmuo turi būti nuo 1 iki 6 (arba 9).'],
      [withCheckDigit('3850230123'), 'personal_code_date', 'Asmens kode įrašyta gimimo data neegzistuoja arba yra ateityje.'],
      [withCheckDigit('6991231123'), 'personal_code_date', 'Asmens kode įrašyta gimimo data neegzistuoja arba yra ateityje.'],
      ['38501011238', 'personal_code_checksum', 'Kontrolinis skaitmuo neteisingas — patikrinkite, ar neapsirikote rašydami.'],
    ];
    for (const [code, problem, message] of cases) {
      const response = await manager.post('/api/participants', person({ personalCode: code, firstName: 'Klaida' }));
      expect(response.statusCode, code).toBe(400);
      expect(response.json().error.code).toBe('PARTICIPANT.INVALID_PERSONAL_CODE');
      expect(fieldsOf(response)).toEqual([{ field: 'personalCode', problem, message }]);
    }
    const english = await manager.post('/api/participants', person({ personalCode: '38501011238' }), { 'accept-language': 'en' });
    expect(fieldsOf(english)[0]!.message).toBe('The check digit is wrong — check for a typing mistake.');
    expect((await manager.get('/api/participants?q=klaida')).json().items).toEqual([]);
  });

  it('refuses a birth date or sex that contradicts the personal code, naming the field', async () => {
    const birth = await manager.post('/api/participants', person({ personalCode: '49007054569', birthDate: '1990-05-07', firstName: 'Asta' }));
    expect(birth.statusCode).toBe(400);
    expect(birth.json().error.code).toBe('VALIDATION.FAILED');
    expect(fieldsOf(birth)).toEqual([{ field: 'birthDate', problem: 'birth_date_mismatch', params: { fromCode: '1990-07-05' }, message: 'Gimimo data nesutampa su asmens kodu (1990-07-05).' }]);
    const sex = await manager.post('/api/participants', person({ personalCode: '49007054569', sex: 'male', firstName: 'Asta' }));
    expect(fieldsOf(sex)).toMatchObject([{ field: 'sex', problem: 'sex_mismatch', message: 'Lytis nesutampa su asmens kodu.' }]);
    const agreeing = await manager.post('/api/participants', person({ personalCode: '49007054569', birthDate: '1990-07-05', sex: 'female', firstName: 'Asta', lastName: 'Jankauskienė' }));
    expect(agreeing.statusCode).toBe(201);
  });

  it('refuses a birth date in the future and "since" dates before birth or in the future', async () => {
    const future = await manager.post('/api/participants', { firstName: 'Būsimas', lastName: 'Asmuo', birthDate: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(fieldsOf(future)).toMatchObject([{ field: 'birthDate', problem: 'date_in_future', message: 'Data negali būti ateityje.' }]);
    const early = await manager.post('/api/participants', person({
      personalCode: withCheckDigit('4950310123'), registeredUnemployedSince: '1994-01-01', notWorkingSince: '2999-02-01', socialAssistanceSince: '1990-01-01',
    }));
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual([
      { field: 'registeredUnemployedSince', problem: 'before_birth', params: { birthDate: '1995-03-10' }, message: 'Data negali būti ankstesnė už gimimo datą (1995-03-10).' },
      { field: 'notWorkingSince', problem: 'date_in_future', message: 'Data negali būti ateityje.' },
      { field: 'socialAssistanceSince', problem: 'before_birth', params: { birthDate: '1995-03-10' }, message: 'Data negali būti ankstesnė už gimimo datą (1995-03-10).' },
    ]);
    const badDate = await manager.post('/api/participants', person({ birthDate: '1985-02-30', personalCode: null }));
    expect(fieldsOf(badDate)).toMatchObject([{ field: 'birthDate', problem: 'date' }]);
  });

  it('keeps names with markup, quotes and emoji exactly as typed', async () => {
    const name = '<script>alert("x")</script> O\'Brien 🙂';
    const response = await manager.post('/api/participants', { firstName: name, lastName: 'Ąžuolaitė-Šmitė', birthDate: '1970-01-01' });
    expect(response.statusCode).toBe(201);
    const shown = (await manager.get(`/api/participants/${response.json().id}`)).json();
    expect(shown.firstName).toBe(name);
    expect(shown.lastName).toBe('Ąžuolaitė-Šmitė');
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it('asks which organisation when the user registers people in several, and refuses a foreign one with 404', async () => {
    const both = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'social_worker'], [utena, 'social_worker']] })).email);
    const missing = await both.post('/api/participants', person({ personalCode: null, firstName: 'Kur' }));
    expect(fieldsOf(missing)).toMatchObject([{ field: 'organisationId', problem: 'required' }]);
    expect((await manager.post('/api/participants', person({ organisationId: utena, personalCode: null }))).statusCode).toBe(404);
    expect((await auditor.post('/api/participants', person({ personalCode: null }))).statusCode).toBe(403);
  });
});

describe('duplicates', () => {
  it('refuse a personal code already registered in the organisation and point to the record', async () => {
    const existing = (await manager.get('/api/participants?q=38501011239')).json().items[0];
    const response = await manager.post('/api/participants', person({ firstName: 'Jonukas' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'PARTICIPANT.DUPLICATE_CODE', details: { existingId: existing.id } });
    // Each organisation is its own controller: the same person may be registered in another.
    expect((await outsider.post('/api/participants', person())).statusCode).toBe(201);
  });

  it('let exactly one of two simultaneous registrations with one code through; the other gets the same 409 as the pre-check', async () => {
    const code = withCheckDigit('3900315123');
    // Both pass the pre-check before either commits; the unique index decides, and the loser is told who holds the code.
    const responses = await Promise.all([
      manager.post('/api/participants', person({ personalCode: code, firstName: 'Tomas' })),
      manager.post('/api/participants', person({ personalCode: code, firstName: 'Tomas' })),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const created = responses.find((r) => r.statusCode === 201)!.json();
    const refused = responses.find((r) => r.statusCode === 409)!.json();
    expect(refused.error).toMatchObject({ code: 'PARTICIPANT.DUPLICATE_CODE', details: { existingId: created.id } });
    expect((await manager.get(`/api/participants?q=${code}`)).json().items.map((p: { id: string }) => p.id)).toEqual([created.id]);
  });

  it('warn about the same name and birth date, whatever the diacritics and case, until confirmed', async () => {
    const first = (await manager.post('/api/participants', { firstName: 'Šarūnas', lastName: 'Žukauskas', birthDate: '1979-11-02' })).json();
    const again = await manager.post('/api/participants', { firstName: 'SARUNAS', lastName: 'zukauskas', birthDate: '1979-11-02' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'PARTICIPANT.POSSIBLE_DUPLICATE',
      details: { candidates: [{ id: first.id, firstName: 'Šarūnas', lastName: 'Žukauskas', birthDate: '1979-11-02' }] },
    });
    const check = (await manager.get('/api/participants/duplicates?firstName=Sarunas&lastName=Zukauskas&birthDate=1979-11-02')).json();
    expect(check).toEqual({ sameCode: null, candidates: [expect.objectContaining({ id: first.id })] });
    const confirmed = await manager.post('/api/participants', { firstName: 'SARUNAS', lastName: 'zukauskas', birthDate: '1979-11-02', confirmNotDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
    expect((await auditEntries(t.db, 'participant.create')).at(-1)!.details).toMatchObject({ confirmedNotDuplicate: true });
  });
});

describe('the participant list', () => {
  it('finds people by name without diacritics or case, by several words, and by personal code', async () => {
    const ids = (url: string) => manager.get(url).then((r) => r.json().items.map((p: { lastName: string }) => p.lastName));
    // Kept as typed; z sorts before ž.
    expect(await ids('/api/participants?q=ZUKAUSK')).toEqual(['zukauskas', 'Žukauskas']);
    expect(await ids('/api/participants?q=petr%20jon')).toEqual(['Petraitis']);
    expect(await ids('/api/participants?q=49007054569')).toEqual(['Jankauskienė']);
    expect(await ids('/api/participants?q=100%25')).toEqual([]);
  });

  it('is in Lithuanian order, pages by cursor, and shows the personal code masked', async () => {
    for (const lastName of ['Šimkus', 'Čepas', 'Zabiela', 'Cibulskis', 'Sabonis', 'Ąžuolas', 'Yla', 'Ivanauskas']) {
      expect((await manager.post('/api/participants', { firstName: 'Tomas', lastName, birthDate: '1980-06-01', municipality: 'Vilkaviškio r. sav.' })).statusCode).toBe(201);
    }
    const first = (await manager.get('/api/participants?municipality=Vilkavi%C5%A1kio%20r.%20sav.&pageSize=3')).json();
    expect(first.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Ąžuolas', 'Cibulskis', 'Čepas']);
    expect(first).toMatchObject({ total: 8, totalCapped: false });
    const names: string[] = first.items.map((p: { lastName: string }) => p.lastName);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await manager.get(`/api/participants?municipality=Vilkavi%C5%A1kio%20r.%20sav.&pageSize=3&cursor=${cursor}`)).json();
      names.push(...page.items.map((p: { lastName: string }) => p.lastName));
      cursor = page.nextCursor;
    }
    // č after c, š after s, y with i (Yla before Ivanauskas: l before v), ą with a.
    expect(names).toEqual(['Ąžuolas', 'Cibulskis', 'Čepas', 'Yla', 'Ivanauskas', 'Sabonis', 'Šimkus', 'Zabiela']);
    const jonas = (await manager.get('/api/participants?q=petraitis')).json().items[0];
    expect(jonas.personalCodeMasked).toBe('*******1239');
    expect(JSON.stringify((await manager.get('/api/participants?pageSize=200')).json())).not.toContain('38501011239');
    expect((await manager.get('/api/participants?cursor=garbage')).statusCode).toBe(400);
  });

  it('pages search results by cursor: each match once, in Lithuanian order, for long and short words', async () => {
    const municipality = 'Paieškos r. sav.';
    const people = [['Žukauskas', '1971'], ['Zukauskaitė', '1972'], ['Čiauskas', '1973'], ['Ciauskas', '1974'], ['Yauskas', '1975'],
      ['Jankauskas', '1976'], ['Jankauskas', '1977'], ['Jankauskas', '1978'], ['Petraitis', '1979']];
    for (const [lastName, year] of people) {
      const created = await manager.post('/api/participants', { firstName: 'Ona', lastName, birthDate: `${year}-01-01`, municipality });
      expect(created.statusCode).toBe(201);
    }
    const expected = ['Ciauskas', 'Čiauskas', 'Yauskas', 'Jankauskas', 'Jankauskas', 'Jankauskas', 'Zukauskaitė', 'Žukauskas'];
    // "ausk" and "ona ausk" go through the trigram index; "au" and "o" are too short for it.
    for (const q of ['ausk', 'AUSK ona', 'au', 'o au', 'ona au']) {
      const base = `/api/participants?municipality=${encodeURIComponent(municipality)}&q=${encodeURIComponent(q)}&pageSize=2`;
      const first = (await manager.get(base)).json();
      expect(first).toMatchObject({ total: 8, totalCapped: false });
      const seen: { id: string; lastName: string }[] = [...first.items];
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await manager.get(`${base}&cursor=${cursor}`)).json();
        seen.push(...page.items);
        cursor = page.nextCursor;
      }
      expect(seen.map((p) => p.lastName), q).toEqual(expected);
      expect(new Set(seen.map((p) => p.id)).size, q).toBe(expected.length);
    }
  });

  it('filters by labour-market status and target group', async () => {
    const items = (await manager.get('/api/participants?labourMarketStatus=unemployed&targetGroup=temporary_protection')).json().items;
    expect(items.map((p: { lastName: string }) => p.lastName)).toEqual(['Kovalenko']);
  });

  it('records who saw which people, without the search words', async () => {
    const response = (await manager.get('/api/participants?q=kovalenko')).json();
    const entry = (await auditEntries(t.db, 'participant.list')).at(-1)!;
    expect(entry).toMatchObject({ actor_id: manager.userId, outcome: 'ok' });
    expect(entry.details).toMatchObject({ shown: [response.items[0].id] });
    expect(JSON.stringify(entry.details)).not.toContain('kovalenko');
  });

  it('is closed to roles without registry access', async () => {
    expect((await volunteer.get('/api/participants')).statusCode).toBe(403);
    expect((await auditor.get('/api/participants')).statusCode).toBe(200);
  });
});

describe('a participant of another organisation', () => {
  it('answers 404 like a missing one, to reading and editing, and the attempt is recorded', async () => {
    const foreign = (await outsider.get('/api/participants?q=petraitis')).json().items[0];
    const view = await manager.get(`/api/participants/${foreign.id}`);
    expect(view.statusCode).toBe(404);
    expect(view.json().error.code).toBe('RESOURCE.NOT_FOUND');
    expect((await manager.patch(`/api/participants/${foreign.id}`, { firstName: 'X', version: 1 })).statusCode).toBe(404);
    const denied = [...(await auditEntries(t.db, 'participant.view')), ...(await auditEntries(t.db, 'participant.update'))].filter((e) => e.entity_id === foreign.id);
    expect(denied.map((e) => e.outcome)).toEqual(['denied', 'denied']);
    expect((await manager.get('/api/participants?pageSize=200')).json().items.map((p: { id: string }) => p.id)).not.toContain(foreign.id);
  });
});

describe('editing a participant', () => {
  it('needs the version read; a stale version is refused and changes nothing', async () => {
    const created = (await manager.post('/api/participants', { firstName: 'Rasa', lastName: 'Vaitkutė', birthDate: '1992-08-14' })).json();
    const edited = await manager.patch(`/api/participants/${created.id}`, { phone: '+370 612 34567', notWorkingSince: '2021-01-01', version: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ phone: '+370 612 34567', notWorkingSince: '2021-01-01', version: 2 });
    const stale = await manager.patch(`/api/participants/${created.id}`, { phone: '8 600 00000', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'RECORD.CHANGED', details: { currentVersion: 2 } });
    expect((await manager.get(`/api/participants/${created.id}`)).json().phone).toBe('+370 612 34567');
    const view = (await auditEntries(t.db, 'participant.view')).filter((e) => e.entity_id === created.id);
    expect(view.map((e) => e.outcome)).toEqual(['ok']);
  });

  it('takes birth date and sex from a newly added code, and refuses a code another record holds', async () => {
    const created = (await manager.post('/api/participants', { firstName: 'Ona', lastName: 'Kazlauskienė' })).json();
    const code = withCheckDigit('4610423123');
    const edited = (await manager.patch(`/api/participants/${created.id}`, { personalCode: code, version: 1 })).json();
    expect(edited).toMatchObject({ personalCode: code, birthDate: '1961-04-23', sex: 'female', version: 2 });
    expect((await manager.get(`/api/participants?q=${code}`)).json().items.map((p: { id: string }) => p.id)).toEqual([created.id]);
    const taken = await manager.patch(`/api/participants/${created.id}`, { personalCode: '38501011239', version: 2 });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('PARTICIPANT.DUPLICATE_CODE');
    const future = await manager.patch(`/api/participants/${created.id}`, { registeredUnemployedSince: '1960-01-01', version: 2 });
    expect(fieldsOf(future)).toMatchObject([{ field: 'registeredUnemployedSince', problem: 'before_birth' }]);
  });
});
