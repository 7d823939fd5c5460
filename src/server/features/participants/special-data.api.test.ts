import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let kazlu: string;
let utena: string;
let caseManager: Session;
let psychologist: Session;
let auditor: Session;
let administrator: Session;
let outsider: Session;
let participantId: string;

const put = (session: Session, url: string, body: unknown) => session.request('PUT', url, body);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await testApp();
  kazlu = await makeOrganisation(t.db, 'Kazlų Rūda');
  utena = await makeOrganisation(t.db, 'Utena');
  caseManager = await signIn(t.app, (await makeUser(t.db, { firstName: 'Rūta', lastName: 'Žemaitienė', roles: [[kazlu, 'case_manager']] })).email);
  psychologist = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'psychologist']] })).email);
  auditor = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'auditor']] })).email);
  administrator = await signIn(t.app, (await makeUser(t.db, { roles: [[kazlu, 'administrator']] })).email);
  outsider = await signIn(t.app, (await makeUser(t.db, { roles: [[utena, 'case_manager']] })).email);
  participantId = (await caseManager.post('/api/participants', { firstName: 'Marija', lastName: 'Adomaitienė', personalCode: '49007054569' })).json().id;
});
afterAll(() => t.close());

describe('consent', () => {
  it('is recorded with purpose, legal basis, date, who recorded it and the signed document', async () => {
    expect((await caseManager.get(`/api/participants/${participantId}`)).json().consentWarnings).toEqual(['case_management', 'job_mediation']);
    const response = await caseManager.post(`/api/participants/${participantId}/consents`, {
      purpose: 'case_management', legalBasis: 'consent', givenOn: '2026-01-15',
      document: { fileName: 'Sutikimas – Adomaitienė.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') },
    });
    expect(response.statusCode).toBe(201);
    const consent = response.json();
    expect(consent).toMatchObject({
      purpose: 'case_management', legalBasis: 'consent', givenOn: '2026-01-15', recordedByName: 'Rūta Žemaitienė', live: true, withdrawnOn: null,
      document: { fileName: 'Sutikimas – Adomaitienė.pdf', contentType: 'application/pdf', sizeBytes: PDF.length },
    });
    expect((await caseManager.get(`/api/participants/${participantId}`)).json().consentWarnings).toEqual(['job_mediation']);

    const file = await caseManager.get(`/api/attachments/${consent.document.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Sutikimas%20%E2%80%93%20Adomaitien%C4%97.pdf");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect((await auditEntries(t.db, 'attachment.download')).map((e) => e.entity_id)).toEqual([consent.document.id]);
    const foreign = await outsider.get(`/api/attachments/${consent.document.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await auditEntries(t.db, 'attachment.download')).map((e) => e.outcome)).toEqual(['ok', 'denied']);
  });

  it('refuses a document that is not PDF, JPEG or PNG, is damaged, or a date in the future', async () => {
    const url = `/api/participants/${participantId}/consents`;
    const base = { purpose: 'job_mediation', legalBasis: 'consent', givenOn: '2026-01-15' };
    const fake = await caseManager.post(url, { ...base, document: { fileName: 'x.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('MZ executable').toString('base64') } });
    expect(fake.json().error.details.fields).toMatchObject([{ field: 'document.contentType', problem: 'file_type', message: 'Priimami tik PDF, JPEG ir PNG failai.' }]);
    const damaged = await caseManager.post(url, { ...base, document: { fileName: 'x.pdf', contentType: 'application/pdf', contentBase64: '%%%not base64' } });
    expect(damaged.json().error.details.fields).toMatchObject([{ field: 'document.contentBase64', problem: 'file_encoding' }]);
    const future = await caseManager.post(url, { ...base, givenOn: '2999-01-01' });
    expect(future.json().error.details.fields).toMatchObject([{ field: 'givenOn', problem: 'date_in_future' }]);
    expect((await caseManager.get(url)).json().map((c: { purpose: string }) => c.purpose)).toEqual(['case_management']);
  });

  it('accepts a document of a few megabytes, above the default body limit, and refuses more than 5 MB', async () => {
    const url = `/api/participants/${participantId}/consents`;
    const big = Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024, 1)]);
    const ok = await caseManager.post(url, { purpose: 'surveys', legalBasis: 'consent', givenOn: '2026-01-15', document: { fileName: 'didelis.pdf', contentType: 'application/pdf', contentBase64: big.toString('base64') } });
    expect(ok.statusCode).toBe(201);
    const huge = Buffer.concat([PDF, Buffer.alloc(8 * 1024 * 1024, 1)]);
    const refused = await caseManager.post(url, { purpose: 'surveys', legalBasis: 'consent', givenOn: '2026-01-15', document: { fileName: 'per-didelis.pdf', contentType: 'application/pdf', contentBase64: huge.toString('base64') } });
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.code).toBe('REQUEST.TOO_LARGE');
  });

  it('is withdrawn from a date not before it was given, once; the screen warns again', async () => {
    const url = `/api/participants/${participantId}/consents`;
    const consent = (await caseManager.get(url)).json().find((c: { purpose: string }) => c.purpose === 'case_management');
    const early = await caseManager.post(`${url}/${consent.id}/withdraw`, { withdrawnOn: '2026-01-14' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields).toEqual([
      { field: 'withdrawnOn', problem: 'before_given', params: { givenOn: '2026-01-15' }, message: 'Atšaukimo data negali būti ankstesnė už sutikimo datą (2026-01-15).' },
    ]);
    const withdrawn = await caseManager.post(`${url}/${consent.id}/withdraw`, { withdrawnOn: '2026-02-01' });
    expect(withdrawn.json()).toMatchObject({ withdrawnOn: '2026-02-01', withdrawnRecordedByName: 'Rūta Žemaitienė', live: false });
    const twice = await caseManager.post(`${url}/${consent.id}/withdraw`, { withdrawnOn: '2026-02-02' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CONSENT.ALREADY_WITHDRAWN');
    expect((await caseManager.get(`/api/participants/${participantId}`)).json().consentWarnings).toEqual(['case_management', 'job_mediation']);
    expect((await auditEntries(t.db, 'participant.consent.withdraw')).map((e) => e.entity_id)).toEqual([consent.id]);
  });
});

describe('special-category data', () => {
  it('cannot be recorded without a live basis for the purpose, except "declined" or "not asked"', async () => {
    const url = `/api/participants/${participantId}/special`;
    const refused = await put(caseManager, url, { disability: 'yes', version: 0 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PARTICIPANT.NO_SPECIAL_DATA_BASIS');
    const declined = await put(caseManager, url, { minority: 'declined', version: 0 });
    expect(declined.statusCode).toBe(200);
    expect(declined.json()).toMatchObject({ minority: 'declined', disability: 'not_asked', legalBasis: null, version: 1 });
  });

  it('is recorded once a basis is, by a role granted it, with optimistic locking', async () => {
    const basis = (await caseManager.post(`/api/participants/${participantId}/consents`, { purpose: 'special_category_data', legalBasis: 'consent', givenOn: '2026-01-20' })).json();
    const url = `/api/participants/${participantId}/special`;
    const saved = await put(psychologist, url, { disability: 'yes', minority: 'yes', minorityGroup: 'roma', healthLimits: 'yes', healthNotes: 'Negali kelti sunkių daiktų.', version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ disability: 'yes', minorityGroup: 'roma', migrantStatus: 'not_asked', legalBasis: { consentId: basis.id, legalBasis: 'consent' }, version: 2 });
    expect((await put(caseManager, url, { disability: 'no', version: 1 })).statusCode).toBe(409);
    const group = await put(caseManager, url, { minority: 'no', version: 2 });
    expect(group.json().error.details.fields).toMatchObject([{ field: 'minorityGroup', problem: 'only_with_minority' }]);
    const update = (await auditEntries(t.db, 'participant.special.update')).at(-1)!;
    expect(JSON.stringify(update.details)).not.toMatch(/roma|sunkių/);
  });

  it('is shown only to roles granted it; every view and every refusal audited', async () => {
    const url = `/api/participants/${participantId}/special`;
    const before = (await auditEntries(t.db, 'participant.special.view')).length;
    expect((await caseManager.get(url)).json()).toMatchObject({ disability: 'yes', minority: 'yes', minorityGroup: 'roma', healthNotes: 'Negali kelti sunkių daiktų.' });
    expect((await auditor.get(url)).statusCode).toBe(403);
    expect((await administrator.get(url)).statusCode).toBe(403);
    expect((await put(auditor, url, { disability: 'no', version: 2 })).statusCode).toBe(403);
    expect((await outsider.get(url)).statusCode).toBe(404);
    const views = (await auditEntries(t.db, 'participant.special.view')).slice(before);
    expect(views.map((e) => [e.actor_id, e.outcome])).toEqual([
      [caseManager.userId, 'ok'], [auditor.userId, 'denied'], [administrator.userId, 'denied'], [outsider.userId, 'denied'],
    ]);
  });

  it('never appears in the list or the ordinary profile', async () => {
    for (const session of [caseManager, administrator]) {
      const profile = (await session.get(`/api/participants/${participantId}`)).body;
      const list = (await session.get('/api/participants?q=adomait')).body;
      for (const body of [profile, list]) {
        expect(body).toContain('Adomaitienė');
        expect(body).not.toMatch(/disability|minority|roma|health|sunkių|migrant/i);
      }
    }
  });
});
