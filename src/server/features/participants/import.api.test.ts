import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, databaseKind, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';
import { keysOf } from './participants.service.ts';
import { withCheckDigit } from './personal-code.rules.ts';

let t: TestApp;
let kazlu: string;
let utena: string;
let manager: Session;
let teacher: Session;
let auditor: Session;
let jonasId: string;

// Small files are made here, in the test, so the repository holds no binary fixtures.
const BOM = '\ufeff';
const file = (content: string | Uint8Array | Buffer, fileName = 'bedarbiai.csv') => ({
  fileName,
  contentBase64: Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content).toString('base64'),
});
const WINDOWS_1257: Record<string, number> = { ą: 0xe0, č: 0xe8, ę: 0xe6, ė: 0xeb, į: 0xe1, š: 0xf0, ų: 0xf8, ū: 0xfb, ž: 0xfe, Ą: 0xc0, Č: 0xc8, Ę: 0xc6, Ė: 0xcb, Į: 0xc1, Š: 0xd0, Ų: 0xd8, Ū: 0xdb, Ž: 0xde };
const windows1257 = (text: string) => Uint8Array.from([...text].map((char) => WINDOWS_1257[char] ?? char.charCodeAt(0)));

const countPeople = async () => Number((await t.db.selectFrom('participants').select((eb) => eb.fn.countAll().as('n')).where('organisation_id', '=', kazlu).executeTakeFirstOrThrow()).n);
const byCode = (code: string) => t.db.selectFrom('participants').selectAll().where('organisation_id', '=', kazlu).where('personal_code', '=', code).executeTakeFirst();
const importing = (session: Session, body: object, dryRun: boolean, headers?: Record<string, string>) =>
  session.post(`/api/participants/import?dryRun=${dryRun}`, body, headers);

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  utena = await makeOrganisation(t.db, 'Utena');
  manager = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'case_manager']] })).email);
  teacher = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'teacher']] })).email);
  auditor = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'auditor']] })).email);
  const jonas = await manager.post('/api/participants', {
    firstName: 'Jonas', lastName: 'Petraitis', personalCode: '38501011239', email: 'jonas@example.lt', municipality: 'Kazlų Rūdos sav.',
    registeredUnemployedSince: '2023-03-01', receivesSocialAssistance: true,
  });
  expect(jonas.statusCode).toBe(201);
  jonasId = jonas.json().id;
  const olena = await manager.post('/api/participants', { firstName: 'Olena', lastName: 'Kovalenko', birthDate: '1988-04-12' });
  expect(olena.statusCode).toBe(201);
});
afterAll(() => t.close());

// An Employment Service export as Excel in Lithuania saves it: `;`, UTF-8 with BOM.
const EXPORT = `${BOM}Vardas;Pavardė;Asmens kodas;Gimimo data;Registruotas bedarbiu nuo;Nedirba nuo;Gauna socialinę pašalpą;Pašalpa nuo;Savivaldybė;Telefonas;El. paštas
Jonas;Petraitis;38501011239;;;2024.01.15;;;;+370 600 00001;
Ona;Žemaitienė;49007054569;1990-07-05;2024-05-21 00:00:00;;taip;2024-06-01;Kazlų Rūdos sav.;;ona@example.lt
Petras;Klaida;38501011238;;;;;;;;
Rūta;Ateitis;;2090-01-01;;;;;;;
Olena;Kovalenko;;1988-04-12;;;;;;;
Ona;Žemaitienė;49007054569;;;;ne;;;;
Tomas;Jaunas;${withCheckDigit('3950505123')};;1994-01-01;;gal;;;;
`;

describe('dry run', () => {
  it('shows row by row what would be created, updated or rejected and why, and writes nothing', async () => {
    const before = await countPeople();
    const response = await importing(manager, file(EXPORT), true);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ dryRun: true, imported: false, organisationId: kazlu, format: 'csv', encoding: 'utf-8', notes: [] });
    expect(result.summary).toEqual({ rows: 7, create: 1, update: 1, unchanged: 0, reject: 5 });
    const rows = Object.fromEntries(result.rows.map((row: { row: number }) => [row.row, row]));
    expect(rows[2]).toEqual({ row: 2, action: 'update', participantId: jonasId, changes: ['phone', 'notWorkingSince'], problems: [] });
    expect(rows[3]).toMatchObject({ action: 'create', problems: [] });
    expect(rows[4]).toMatchObject({
      action: 'reject',
      problems: [{ field: 'personalCode', column: 'Asmens kodas', problem: 'personal_code_checksum', message: 'Kontrolinis skaitmuo neteisingas — patikrinkite, ar neapsirikote rašydami.' }],
    });
    expect(rows[5].problems).toMatchObject([{ field: 'birthDate', column: 'Gimimo data', problem: 'date_in_future' }]);
    expect(rows[6]).toMatchObject({ action: 'reject', problems: [{ field: 'row', column: null, problem: 'import_possible_duplicate' }] });
    expect(rows[7].problems).toMatchObject([{ field: 'personalCode', problem: 'import_same_code_in_file', params: { row: 3 }, message: 'Tas pats asmens kodas jau yra 3 eilutėje.' }]);
    expect(rows[8].problems.map((p: { problem: string }) => p.problem)).toEqual(['import_yes_no', 'before_birth']);
    expect(result.rejectedFile.fileName).toBe('bedarbiai-atmesti.csv');
    expect(await countPeople()).toBe(before);
    expect((await t.db.selectFrom('participants').select('version').where('id', '=', jonasId).executeTakeFirstOrThrow()).version).toBe(1);
    const entry = (await auditEntries(t.db, 'participant.import')).at(-1)!;
    expect(entry.details).toMatchObject({ dryRun: true, rows: 7, create: 1, update: 1, reject: 5 });
  });

  it('answers in English when asked', async () => {
    const result = (await importing(manager, file(EXPORT), true, { 'accept-language': 'en' })).json();
    expect(result.rows.find((row: { row: number }) => row.row === 4).problems[0].message).toBe('The check digit is wrong — check for a typing mistake.');
    expect(result.rejectedFile.fileName).toBe('bedarbiai-rejected.csv');
  });
});

describe('real run', () => {
  it('creates and updates the valid rows, audits each, and returns the rejected rows as a CSV to fix', async () => {
    const before = await countPeople();
    const response = await importing(manager, file(EXPORT), false);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ dryRun: false, imported: true, summary: { rows: 7, create: 1, update: 1, reject: 5 } });
    expect(await countPeople()).toBe(before + 1);

    const ona = (await byCode('49007054569'))!;
    expect(ona).toMatchObject({ first_name: 'Ona', last_name: 'Žemaitienė', birth_date: '1990-07-05', sex: 'female', registered_unemployed_since: '2024-05-21', receives_social_assistance: true, social_assistance_since: '2024-06-01', email: 'ona@example.lt' });
    expect(result.rows.find((row: { row: number }) => row.row === 3).participantId).toBe(ona.id);
    // Only the filled-in cells change; empty cells never blank out what was stored.
    const jonas = (await byCode('38501011239'))!;
    expect(jonas).toMatchObject({ id: jonasId, phone: '+370 600 00001', not_working_since: '2024-01-15', email: 'jonas@example.lt', municipality: 'Kazlų Rūdos sav.', registered_unemployed_since: '2023-03-01', receives_social_assistance: true, version: 2 });
    // The new person is found by the registry's search (keys computed like the API does).
    expect((await manager.get('/api/participants?q=zemaitiene')).json().items.map((item: { id: string }) => item.id)).toEqual([ona.id]);

    expect((await auditEntries(t.db, 'participant.create')).filter((e) => e.entity_id === ona.id)).toHaveLength(1);
    const update = (await auditEntries(t.db, 'participant.update')).filter((e) => e.entity_id === jonasId);
    expect(update.map((e) => e.details)).toMatchObject([{ via: 'import', row: 2, fields: ['phone', 'notWorkingSince'] }]);
    const summary = (await auditEntries(t.db, 'participant.import')).at(-1)!;
    expect(summary).toMatchObject({ organisation_id: kazlu, outcome: 'ok', details: { dryRun: false, create: 1, update: 1, reject: 5 } });
    expect((update[0]!.details as { importId: string }).importId).toBe(summary.entity_id);

    const rejected = Buffer.from(result.rejectedFile.contentBase64, 'base64').toString('utf8');
    const lines = rejected.split('\r\n');
    expect(rejected.startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe(`${BOM}Vardas;Pavardė;Asmens kodas;Gimimo data;Registruotas bedarbiu nuo;Nedirba nuo;Gauna socialinę pašalpą;Pašalpa nuo;Savivaldybė;Telefonas;El. paštas;Klaidos`);
    expect(lines.slice(1, -1)).toHaveLength(5);
    expect(lines[1]).toBe('Petras;Klaida;38501011238;;;;;;;;;Eilutė 4: Asmens kodas — Kontrolinis skaitmuo neteisingas — patikrinkite, ar neapsirikote rašydami.');

    // Fixed and sent back with its error column, the file is read again without complaint.
    const fixed = rejected.replace('38501011238', withCheckDigit('3850202123'));
    const again = (await importing(manager, file(fixed), true)).json();
    expect(again.summary).toMatchObject({ rows: 5, create: 1 });

    // The same export a second time changes nothing.
    const repeat = (await importing(manager, file(EXPORT), true)).json();
    expect(repeat.rows.find((row: { row: number }) => row.row === 2)).toMatchObject({ action: 'unchanged', participantId: jonasId });
    expect(repeat.rows.find((row: { row: number }) => row.row === 3)).toMatchObject({ action: 'unchanged', participantId: ona.id });
  });
});

describe('file formats', () => {
  it('reads a Windows-1257 file, names with ąčęėįšųūž intact, and says it did', async () => {
    const content = windows1257('Vardas,Pavardė,Asmens kodas,Gimimo data\r\nŽydrūnė,Ąžuolaitė-Čiurlionienė,,1979-08-30\r\nŠarūnas,Ęlėįšųūž,,1981-01-02\r\n');
    const result = (await importing(manager, file(content, 'export.csv'), false)).json();
    expect(result).toMatchObject({ encoding: 'windows-1257', summary: { create: 2, reject: 0 } });
    expect(result.notes).toEqual([{ code: 'read_as_windows_1257', message: expect.stringContaining('Windows-1257') }]);
    const names = await t.db.selectFrom('participants').select(['first_name', 'last_name']).where('birth_date', 'in', ['1979-08-30', '1981-01-02']).orderBy('birth_date').execute();
    expect(names).toEqual([{ first_name: 'Žydrūnė', last_name: 'Ąžuolaitė-Čiurlionienė' }, { first_name: 'Šarūnas', last_name: 'Ęlėįšųūž' }]);
  });

  it('reads English headers with commas and tabs', async () => {
    const comma = (await importing(manager, file('first name,LAST NAME,Personal code,Receives social assistance\nAnna,"Smith, Jr.",,yes\n'), true)).json();
    expect(comma.summary).toMatchObject({ create: 1, reject: 0 });
    const tab = (await importing(manager, file('Vardas\tPavardė\tAsmens kodas\nAnna\tSmith\t\n'), true)).json();
    expect(tab.summary).toMatchObject({ create: 1, reject: 0 });
  });

  it('reads an XLSX file: text, numbers, Excel dates and serial day numbers', async () => {
    const code = withCheckDigit('4800101123');
    const xlsx = await writeXlsxFile([
      [{ value: 'Vardas' }, { value: 'Pavardė' }, { value: 'Asmens kodas' }, { value: 'Gimimo data' }, { value: 'Registruotas bedarbiu nuo' }, { value: 'Nedirba nuo' }, { value: 'Gauna socialinę pašalpą' }],
      [{ value: 'Birutė' }, { value: 'Kazlauskienė' }, { value: Number(code) }, null, { value: new Date(Date.UTC(2022, 2, 15)), format: 'yyyy-mm-dd' }, { value: 45433 }, { value: true }],
      [{ value: 'Vytas' }, { value: 'Be kodo' }, null, { value: '2031.01.01' }, null, null, null],
    ]).toBuffer();
    const response = await importing(manager, file(xlsx, 'ES eksportas.xlsx'), false);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ format: 'xlsx', encoding: null, summary: { create: 1, reject: 1 } });
    expect(await byCode(code)).toMatchObject({ first_name: 'Birutė', birth_date: '1980-01-01', registered_unemployed_since: '2022-03-15', not_working_since: '2024-05-21', receives_social_assistance: true });
    expect(result.rows[1].problems).toMatchObject([{ field: 'birthDate', problem: 'date_in_future' }]);
    expect(Buffer.from(result.rejectedFile.contentBase64, 'base64').toString('utf8')).toContain('Vytas;Be kodo;;2031.01.01;;;;Eilutė 3: Gimimo data — Data negali būti ateityje.');
  });
});

describe('bad files', () => {
  it('wrong columns: one clear error naming the unknown and missing ones; nothing written', async () => {
    const before = await countPeople();
    const response = await importing(manager, file('Vardas;Pavarde;Amžius;Mob\nJonas;Jonaitis;40;123\n'), false);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('IMPORT.WRONG_COLUMNS');
    expect(error.message).toBe('Netinkami failo stulpeliai (1-oji eilutė). Nežinomi stulpeliai: „Amžius“, „Mob“. Trūksta stulpelių: „Asmens kodas“. Pasikartojantys: nėra. Niekas neimportuota.');
    expect(error.details).toMatchObject({ unknown: ['Amžius', 'Mob'], missing: [{ field: 'personalCode', column: 'Asmens kodas' }] });
    expect(await countPeople()).toBe(before);
  });

  it('10 MB of random bytes: unreadable, said clearly; more than 10 MB: too large', async () => {
    const garbage = randomBytes(10 * 1024 * 1024);
    garbage[0] = 0x41; // not a zip or an old Excel file by chance
    const response = await importing(manager, file(garbage, 'data.csv'), false);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'IMPORT.UNREADABLE_FILE', message: expect.stringContaining('UTF-8 ar Windows-1257') });
    const large = await importing(manager, file(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'data.csv'), false);
    expect(large.statusCode).toBe(413);
    expect(large.json().error).toMatchObject({ code: 'IMPORT.FILE_TOO_LARGE', message: 'Failas per didelis: daugiausia 10 MB. Padalykite jį į kelis failus.' });
  });

  it('an old .xls, a damaged .xlsx, an empty file and broken base64 each get their own error', async () => {
    const codeOf = async (body: object) => (await importing(manager, body, true)).json().error.code;
    expect(await codeOf(file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]), 'old.xls'))).toBe('IMPORT.OLD_EXCEL_FORMAT');
    expect(await codeOf(file(Buffer.from('PK\u0003\u0004 not really a zip'), 'x.xlsx'))).toBe('IMPORT.DAMAGED_XLSX');
    expect(await codeOf(file('Vardas;Pavardė;Asmens kodas\n\n'))).toBe('IMPORT.EMPTY_FILE');
    expect(await codeOf({ fileName: 'x.csv', contentBase64: 'not base64!' })).toBe('VALIDATION.FAILED');
  });

  it('a failure in the middle of writing leaves nothing written', async () => {
    // A row that passes every check but that the database refuses, after more rows than one statement carries.
    await sql`alter table participants add constraint test_refuses_sabotazas check (last_name <> 'Sabotažas')`.execute(t.db);
    try {
      const before = await countPeople();
      const jonasBefore = (await byCode('38501011239'))!;
      const lines = ['Vardas;Pavardė;Asmens kodas;Telefonas', 'Jonas;Petraitis;38501011239;+370 699 99999'];
      for (let i = 0; i < 2500; i++) lines.push(`Asmuo${i};Masinis;;`);
      lines.push('Paskutinis;Sabotažas;;');
      const response = await importing(manager, file(lines.join('\n')), false);
      expect(response.statusCode).toBe(500);
      expect(response.json().error.message).toContain('Niekas neišsaugota');
      expect(await countPeople()).toBe(before);
      expect(await byCode('38501011239')).toEqual(jonasBefore);
      expect((await auditEntries(t.db, 'participant.import')).filter((e) => (e.details as { rows?: number }).rows === 2502)).toEqual([]);
    } finally {
      await sql`alter table participants drop constraint test_refuses_sabotazas`.execute(t.db);
    }
  });
});

describe('someone else at the same time', () => {
  const header = 'Vardas;Pavardė;Asmens kodas;Telefonas';
  const importEntries = async (fileName: string) =>
    (await auditEntries(t.db, 'participant.import')).filter((e) => (e.details as { fileName?: string }).fileName === fileName).map((e) => (e.details as { dryRun: boolean }).dryRun);

  it('a change between the dry run and the real run is no conflict: the run plans again against the people as they are then', async () => {
    const code = withCheckDigit('3700606123');
    const body = file(`${header}\nAlgis;Vėlyvas;${code};+370 600 00077\n`, 'tarp-perziuros.csv');
    expect((await importing(manager, body, true)).json().rows[0]).toMatchObject({ action: 'create' });
    const byHand = await manager.post('/api/participants', { firstName: 'Algis', lastName: 'Vėlyvas', personalCode: code });
    expect(byHand.statusCode).toBe(201);
    const result = (await importing(manager, body, false)).json();
    expect(result.rows[0]).toMatchObject({ action: 'update', participantId: byHand.json().id, changes: ['phone'] });
    expect(await byCode(code)).toMatchObject({ id: byHand.json().id, phone: '+370 600 00077', version: 2 });
  });

  // A real race needs a second connection that holds a row while the run writes. PGlite is
  // one connection and the run's transaction keeps it from planning to commit, so nothing
  // can come in between and the conflict cannot happen there: PostgreSQL only.
  const holding = async (change: (trx: typeof t.db) => Promise<unknown>, body: object) => {
    let run!: Promise<LightMyRequestResponse>;
    await t.db.transaction().execute(async (trx) => {
      await change(trx);
      run = importing(manager, body, false);
      // Commit only once the run has planned and waits for the row this transaction holds.
      for (let waited = 0; ; waited += 20) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
        if (rows[0]!.n > 0) break;
        if (waited > 10_000) throw new Error('the import never waited for the held row');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    return run;
  };

  it.skipIf(databaseKind === 'embedded')('someone edits a person the run updates, or registers one it creates, while it writes: 409 IMPORT.CONFLICT and nothing imported', async () => {
    const edited = (await manager.post('/api/participants', { firstName: 'Rasa', lastName: 'Keičiama', personalCode: withCheckDigit('4820303123') })).json();
    const newCode = withCheckDigit('3910909123');
    const body = file(`${header}\nRasa;Keičiama;${edited.personalCode};+370 600 00088\nDainius;Naujas;${newCode};\n`, 'lenktynes.csv');
    expect((await importing(manager, body, true)).json().summary).toMatchObject({ update: 1, create: 1 });
    const before = await countPeople();

    const afterEdit = await holding((trx) => trx.updateTable('participants').set({ phone: '+370 611 11111', version: sql`version + 1` }).where('id', '=', edited.id).execute(), body);
    expect(afterEdit.statusCode, afterEdit.body).toBe(409);
    expect(afterEdit.json().error).toMatchObject({ code: 'IMPORT.CONFLICT', message: expect.stringContaining('Niekas neimportuota') });
    expect(await countPeople()).toBe(before);
    expect(await byCode(edited.personalCode)).toMatchObject({ phone: '+370 611 11111', version: 2 });

    const afterRegistration = await holding((trx) => trx.insertInto('participants').values({
      organisation_id: kazlu, first_name: 'Dainius', last_name: 'Naujas', ...keysOf('Dainius', 'Naujas', newCode), personal_code: newCode,
    }).execute(), body);
    expect(afterRegistration.statusCode, afterRegistration.body).toBe(409);
    expect(afterRegistration.json().error.code).toBe('IMPORT.CONFLICT');
    expect(await countPeople()).toBe(before + 1);
    expect(await byCode(edited.personalCode)).toMatchObject({ phone: '+370 611 11111', version: 2 });
    // Only the dry run is on record: no import, and no participant changed by it.
    expect(await importEntries('lenktynes.csv')).toEqual([true]);
    const ids = [edited.id, (await byCode(newCode))!.id];
    const byImport = [...await auditEntries(t.db, 'participant.create'), ...await auditEntries(t.db, 'participant.update')]
      .filter((e) => ids.includes(e.entity_id) && (e.details as { via?: string }).via === 'import');
    expect(byImport).toEqual([]);
  });
});

describe('access', () => {
  it('another organisation answers 404 and the attempt is recorded', async () => {
    const response = await importing(manager, { ...file(EXPORT), organisationId: utena }, true);
    expect(response.statusCode).toBe(404);
    const denied = (await auditEntries(t.db, 'participant.import')).filter((e) => e.entity_id === utena);
    expect(denied.map((e) => e.outcome)).toEqual(['denied']);
  });

  it('a teacher, or an auditor who may only read, is refused', async () => {
    expect((await importing(teacher, file(EXPORT), true)).statusCode).toBe(403);
    expect((await importing(auditor, file(EXPORT), true)).json().error.code).toBe('ACCESS.FORBIDDEN');
  });
});
