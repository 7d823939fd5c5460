import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { errors } from '../../http/errors.ts';
import type { Language } from '../../../contracts/roles.ts';
import type { SignedIn } from '../../http/context.ts';
import { findLiveSession, touchSession } from './sessions.queries.ts';

export const SESSION_COOKIE = 'kelias_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// No Max-Age: the cookie ends with the browser, which matters on a centre's shared
// computer. The server-side expiry is what really limits a session.
export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

function crossSiteOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

export function signedInFrom(tokenHash: string, row: LiveSession): SignedIn {
  const memberships = row.memberships;
  return {
    tokenHash,
    csrfToken: row.csrf_token,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    language: row.language as Language,
    memberships,
    actor: {
      userId: row.user_id,
      name: `${row.first_name} ${row.last_name}`,
      isSystemAdmin: row.is_system_admin,
      memberships: memberships.map(({ organisationId, role }) => ({ organisationId, role })),
    },
  };
}

export async function loadSignedIn(db: Database, token: string, idleMinutes: number): Promise<SignedIn | null> {
  const tokenHash = hashToken(token);
  const row = await findLiveSession(db, tokenHash, idleMinutes);
  return row ? signedInFrom(tokenHash, row) : null;
}

export function registerSessions(app: FastifyInstance, deps: { db: Database; config: Config }) {
  app.decorateRequest('signedIn', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe && crossSiteOrigin(request)) throw errors.csrfFailed();

    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const row = await findLiveSession(deps.db, tokenHash, deps.config.sessionIdleMinutes);
    if (!row) return;

    // Every state-changing request made with the cookie must prove it comes from our page.
    // Signing in again over a live session needs no proof: it grants nothing new.
    if (unsafe && request.url !== '/api/auth/login') {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameText(header, row.csrf_token)) throw errors.csrfFailed();
    }

    request.signedIn = signedInFrom(tokenHash, row);
    if (Date.now() - row.last_seen_at.getTime() > 60_000) await touchSession(deps.db, tokenHash);
  });
}
