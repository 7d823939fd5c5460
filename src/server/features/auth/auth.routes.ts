import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { LoginBody, Me, PasswordChange, ProfileUpdate } from '../../../contracts/auth.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { contextOf } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { changePassword, presentMe, setLanguage, signIn, signOut, signOutEverywhere } from './auth.service.ts';
import { clearSessionCookie, loadSignedIn, setSessionCookie } from './session.plugin.ts';

const tags = ['auth'];

export function authRoutes(app: App, { db, config }: Deps) {
  app.post('/api/auth/login', {
    schema: { tags, summary: 'Sign in; sets the session cookie and returns the CSRF token', body: LoginBody, response: { 200: Me, 401: ErrorResponse, 429: ErrorResponse } },
  }, async (request, reply) => {
    const { email, password } = request.body;
    const origin = { ip: request.ip, userAgent: request.headers['user-agent'] ?? '' };
    const { token } = await signIn(db, config, email, password, origin);
    const signedIn = await loadSignedIn(db, token, config.sessionIdleMinutes);
    if (!signedIn) throw errors.invalidCredentials();
    setSessionCookie(reply, request, token);
    return presentMe(signedIn);
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out of this browser', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    if (request.signedIn) await signOut(db, request.signedIn, request.ip);
    clearSessionCookie(reply);
    return reply.status(204).send(null);
  });

  app.post('/api/auth/logout-everywhere', {
    schema: { tags, summary: 'End every session of the signed-in user', response: { 200: Type.Object({ sessionsEnded: Type.Integer() }) } },
  }, async (request, reply) => {
    contextOf(request, db);
    const sessionsEnded = await signOutEverywhere(db, request.signedIn!, request.ip);
    clearSessionCookie(reply);
    return { sessionsEnded };
  });

  app.get('/api/auth/me', {
    schema: { tags, summary: 'The signed-in user, their roles and permissions', response: { 200: Me, 401: ErrorResponse } },
  }, async (request) => {
    contextOf(request, db);
    return presentMe(request.signedIn!);
  });

  app.patch('/api/auth/me', {
    schema: { tags, summary: 'Remember the signed-in user\'s language', body: ProfileUpdate, response: { 204: Type.Null() } },
  }, async (request, reply) => {
    contextOf(request, db);
    await setLanguage(db, request.signedIn!, request.body.language);
    return reply.status(204).send(null);
  });

  app.post('/api/auth/password', {
    schema: { tags, summary: 'Change one\'s own password; other sessions end', body: PasswordChange, response: { 204: Type.Null(), 400: ErrorResponse } },
  }, async (request, reply) => {
    const ctx = contextOf(request, db);
    await changePassword(db, request.signedIn!, ctx.ip, request.body.currentPassword, request.body.newPassword);
    return reply.status(204).send(null);
  });
}
