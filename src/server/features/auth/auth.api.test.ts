import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, makeOrganisation, makeUser, PASSWORD, signIn, testApp, type TestApp } from '../../../../tests/api.ts';

let t: TestApp;
let orgId: string;

beforeAll(async () => {
  t = await testApp({ KELIAS_SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3', KELIAS_SIGNIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  orgId = await makeOrganisation(t.db, 'Kazlų Rūdos savivaldybė');
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and returns the CSRF token and the user', async () => {
    const { email } = await makeUser(t.db, { roles: [[orgId, 'case_manager']], firstName: 'Rūta' });
    const response = await login(email, PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kelias_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const body = response.json();
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(body.user).toMatchObject({ email, firstName: 'Rūta' });
    expect(body.user.memberships).toEqual([{ organisationId: orgId, organisationName: 'Kazlų Rūdos savivaldybė', role: 'case_manager' }]);
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await testApp({ KELIAS_TRUST_PROXY: 'true' });
    try {
      const { email } = await makeUser(proxied.db);
      const response = await proxied.app.inject({
        method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.cookies.find((c) => c.name === 'kelias_session')!.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown e-mail with the same generic message', async () => {
    const { email } = await makeUser(t.db);
    const wrong = await login(email, 'not-the-password', { 'x-forwarded-for': '10.0.0.1' });
    const unknown = await login('nobody@test.kelias.lt', 'not-the-password', { 'x-forwarded-for': '10.0.0.1' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect(wrong.json().error.message).toBe('Neteisingas el. pašto adresas arba slaptažodis.');
    const english = await login(email, 'nope', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.json().error.message).toBe('Incorrect e-mail address or password.');
  });

  it('locks an account after repeated failures, even for the right password, and records the attempts', async () => {
    const { email, id } = await makeUser(t.db);
    for (let i = 0; i < 3; i++) expect((await login(email, `wrong-${i}`)).statusCode).toBe(401);
    const locked = await login(email, PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(locked.json().error.message).toContain('15');
    const failures = (await auditEntries(t.db, 'auth.sign_in')).filter((e) => e.entity_id === id && e.outcome === 'failed');
    expect(failures).toHaveLength(3);
  });

  it('throttles one address that tries many accounts', async () => {
    const ip = { 'x-forwarded-for': '10.9.9.9' };
    const throttled = await testApp({ KELIAS_TRUST_PROXY: 'true', KELIAS_SIGNIN_MAX_FAILURES_PER_ADDRESS: '4' });
    try {
      const { email } = await makeUser(throttled.db);
      for (let i = 0; i < 4; i++) {
        const r = await throttled.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `guess${i}@x.lt`, password: 'x' }, headers: ip });
        expect(r.statusCode).toBe(401);
      }
      const blocked = await throttled.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, headers: ip });
      expect(blocked.statusCode).toBe(429);
      const elsewhere = await throttled.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD }, headers: { 'x-forwarded-for': '10.1.1.1' } });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await throttled.close();
    }
  });

  it('refuses a deactivated account with the generic message', async () => {
    const { email } = await makeUser(t.db, { active: false });
    const response = await login(email, PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('AUTH.INVALID_CREDENTIALS');
  });
});

describe('a session', () => {
  it('knows who is signed in, and is gone after signing out', async () => {
    const { email, id } = await makeUser(t.db, { roles: [[orgId, 'auditor']] });
    const session = await signIn(t.app, email);
    const me = await session.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(id);
    expect(me.json().permissions.filter((p: string) => /^(organisation|centre|user|audit)\./.test(p))).toEqual(['organisation.read', 'centre.read', 'user.read', 'audit.read']);

    const out = await session.post('/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const after = await session.get('/api/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('AUTH.REQUIRED');
  });

  it('says what the user may do in each of their organisations', async () => {
    const other = await makeOrganisation(t.db, 'Utenos rajono savivaldybė');
    const { email } = await makeUser(t.db, { roles: [[orgId, 'case_manager'], [other, 'auditor']] });
    const me = (await (await signIn(t.app, email)).get('/api/auth/me')).json();
    const byOrganisation = me.organisationPermissions;
    expect(Object.keys(byOrganisation).sort()).toEqual([orgId, other].sort());
    expect(byOrganisation[orgId]).toEqual(expect.arrayContaining(['participant.manage', 'participant.import', 'participant.special.read', 'enrolment.manage']));
    expect(byOrganisation[orgId]).not.toContain('audit.read');
    expect(byOrganisation[other]).toEqual(expect.arrayContaining(['participant.read', 'audit.read', 'user.read']));
    expect(byOrganisation[other].filter((p: string) => /manage|import|special|create|update|override|run/.test(p))).toEqual([]);
    // The flat list stays the union, for menus.
    expect(me.permissions).toEqual(expect.arrayContaining(['participant.import', 'audit.read']));
    expect(me.installationPermissions).toEqual([]);
  });

  it('gives an installation administrator the installation everywhere, and people\'s data only through their roles', async () => {
    const { email } = await makeUser(t.db, { systemAdmin: true, roles: [[orgId, 'programme_manager']] });
    const me = (await (await signIn(t.app, email)).get('/api/auth/me')).json();
    expect(me.installationPermissions).toEqual(expect.arrayContaining(['organisation.create', 'organisation.update', 'user.manage', 'audit.read']));
    expect(me.installationPermissions.filter((p: string) => /^(participant|screening|enrolment)\./.test(p))).toEqual([]);
    expect(me.organisationPermissions[orgId]).toEqual(expect.arrayContaining(['user.manage', 'participant.import', 'programme.manage']));
  });

  it('refuses a state-changing request without the CSRF token, or from another site', async () => {
    const { email } = await makeUser(t.db, { systemAdmin: true });
    const session = await signIn(t.app, email);
    const noToken = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { cookie: session.cookie }, payload: { name: 'X', kind: 'ngo' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('AUTH.CSRF_FAILED');
    const forged = await session.post('/api/organisations', { name: 'X', kind: 'ngo' }, { origin: 'https://evil.example' });
    expect(forged.statusCode).toBe(403);
    const { total } = (await session.get('/api/organisations?q=X')).json();
    expect(total).toBe(0);
  });

  it('expires after the idle time and after the absolute lifetime', async () => {
    const { email } = await makeUser(t.db);
    const idle = await signIn(t.app, email);
    const absolute = await signIn(t.app, email);
    await t.db.updateTable('sessions').set({ last_seen_at: sql`now() - interval '61 minutes'` }).where('token_hash', '=', await tokenHashOf(idle.cookie)).execute();
    await t.db.updateTable('sessions').set({ expires_at: sql`now() - interval '1 second'` }).where('token_hash', '=', await tokenHashOf(absolute.cookie)).execute();
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401);
    expect((await absolute.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('signs out everywhere: every browser of the user loses its session', async () => {
    const { email } = await makeUser(t.db);
    const laptop = await signIn(t.app, email);
    const phone = await signIn(t.app, email);
    const response = await laptop.post('/api/auth/logout-everywhere');
    expect(response.json()).toEqual({ sessionsEnded: 2 });
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('changes the password: wrong current password refused, other sessions ended, new password works', async () => {
    const { email } = await makeUser(t.db);
    const here = await signIn(t.app, email);
    const there = await signIn(t.app, email);
    const wrong = await here.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a-much-better-secret' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('AUTH.WRONG_CURRENT_PASSWORD');
    const short = await here.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0]).toMatchObject({ field: 'newPassword', problem: 'too_short', params: { min: 10 } });

    const ok = await here.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'a-much-better-secret' });
    expect(ok.statusCode).toBe(204);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await there.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(email, PASSWORD)).statusCode).toBe(401);
    expect((await login(email, 'a-much-better-secret')).statusCode).toBe(200);
  });

  it('stores only a hash of the session token', async () => {
    const { email } = await makeUser(t.db);
    const session = await signIn(t.app, email);
    const token = session.cookie.split('=')[1]!;
    const rows = await t.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.some((r) => r.token_hash === tokenHashOfSync(token))).toBe(true);
  });

  it('remembers the language a user chooses', async () => {
    const { email, id } = await makeUser(t.db);
    const session = await signIn(t.app, email);
    expect((await session.patch('/api/auth/me', { language: 'en' })).statusCode).toBe(204);
    expect((await session.get('/api/auth/me')).json().user.language).toBe('en');
    const row = await t.db.selectFrom('users').select('language').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.language).toBe('en');
  });
});

import { createHash } from 'node:crypto';
function tokenHashOfSync(token: string) {
  return createHash('sha256').update(token).digest('hex');
}
async function tokenHashOf(cookie: string) {
  return tokenHashOfSync(cookie.split('=')[1]!);
}
