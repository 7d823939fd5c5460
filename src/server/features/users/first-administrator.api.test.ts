import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, testApp, type TestApp } from '../../../../tests/api.ts';
import { checkFirstAdministrator, CommandError, createFirstAdministrator } from './first-administrator.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const input = {
  email: 'admin@kazluruda.lt', firstName: 'Vida', lastName: 'Jonaitienė', password: 'ilgas-slaptazodis',
  organisation: 'Kazlų Rūdos savivaldybės administracija', kind: 'municipality' as const,
};

describe('the first administrator of a real installation', () => {
  it('is created with a new organisation and can sign in and manage everything', async () => {
    const result = await createFirstAdministrator(t.db, input);
    expect(result.organisationCreated).toBe(true);
    const admin = await signIn(t.app, 'admin@kazluruda.lt', 'ilgas-slaptazodis');
    const me = (await admin.get('/api/auth/me')).json();
    expect(me.user.isSystemAdmin).toBe(true);
    expect(me.user.memberships).toEqual([{ organisationId: result.organisationId, organisationName: input.organisation, role: 'administrator' }]);
    expect((await admin.post('/api/organisations', { name: 'Partnerių NVO', kind: 'ngo' })).statusCode).toBe(201);
  });

  it('is refused for an e-mail that exists, and for bad arguments, with a clear message', async () => {
    await expect(createFirstAdministrator(t.db, { ...input, email: 'ADMIN@kazluruda.lt' })).rejects.toThrow(/already exists/);
    expect(() => checkFirstAdministrator({ ...input, email: 'nope', password: 'short', kind: 'bank' as never })).toThrow(CommandError);
    expect(() => checkFirstAdministrator({ ...input, password: 'short' })).toThrow(/at least 10 characters/);
  });
});
