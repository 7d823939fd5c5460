import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrganisation, makeUser, signIn, testApp, type Session, type TestApp } from '../../../../tests/api.ts';

// The occupation picker's API: ISCO-08 searched by code or folded name in either language,
// unit groups by default, in code order; one occupation with the groups above it.

let t: TestApp;
let coach: Session;

beforeAll(async () => {
  t = await testApp();
  const organisation = await makeOrganisation(t.db, 'Kazlų Rūdos sav. administracija');
  coach = await signIn(t.app, (await makeUser(t.db, { roles: [[organisation, 'job_coach']] })).email);
});
afterAll(() => t.close());

const codes = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);

describe('searching occupations', () => {
  it('finds software developers by an everyday word, by their code, and welders by a folded word', async () => {
    expect(codes((await coach.get('/api/occupations?q=programuot')).json())).toContain('2512');
    const byCode = (await coach.get('/api/occupations?q=2512')).json();
    expect(byCode.items).toEqual([{ code: '2512', level: 4, parentCode: '251', name: 'Programinės įrangos kūrėjai', nameLt: 'Programinės įrangos kūrėjai', nameEn: 'Software developers' }]);
    expect(codes((await coach.get('/api/occupations?q=suvirint')).json())).toEqual(['7212']);
    expect(codes((await coach.get(`/api/occupations?q=${encodeURIComponent('SUVIRINTOJAI')}`)).json())).toEqual(['7212']);
    expect(codes((await coach.get('/api/occupations?q=welders')).json())).toEqual(['7212']);
  });

  it('gives unit groups in code order by default, other levels on request, and the name in the user\'s language', async () => {
    const page = (await coach.get('/api/occupations?q=72&limit=100')).json();
    expect(codes(page)).toEqual([...codes(page)].sort());
    expect(page.items.every((item: { level: number }) => item.level === 4)).toBe(true);
    expect(codes(page)).toContain('7212');
    expect(codes((await coach.get('/api/occupations?level=1&limit=100')).json())).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const english = (await coach.get('/api/occupations?q=7212', { 'accept-language': 'en' })).json();
    expect(english.items[0].name).toBe('Welders and flamecutters');
    expect((await coach.get('/api/occupations')).json().items).toHaveLength(20);
    expect((await coach.get('/api/occupations?q=zzzzqqq')).json().items).toEqual([]);
  });

  it('refuses a level that does not exist and needs a signed-in user', async () => {
    expect((await coach.get('/api/occupations?level=5')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/occupations?q=7212' })).statusCode).toBe(401);
  });
});

describe('one occupation', () => {
  it('comes with its major, sub-major and minor groups', async () => {
    const response = await coach.get('/api/occupations/7212');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ code: '7212', level: 4, parentCode: '721', name: 'Suvirintojai' });
    expect(body.ancestors.map((item: { code: string }) => item.code)).toEqual(['7', '72', '721']);
  });

  it('answers 404 for a code that is not in ISCO-08', async () => {
    expect((await coach.get('/api/occupations/9999')).statusCode).toBe(404);
    expect((await coach.get('/api/occupations/12345')).statusCode).toBe(400);
  });
});
