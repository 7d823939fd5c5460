import type { Config } from '../../config.ts';
import type { Database } from '../../db/connect.ts';
import { installationPermissionsOf, organisationPermissionsOf, permissionsOf } from '../../http/access.ts';
import type { SignedIn } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { decoyHash, hashPassword, verifyPassword } from '../../shared/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Me } from '../../../contracts/auth.ts';
import * as q from './sessions.queries.ts';
import { hashToken, newToken } from './session.plugin.ts';

interface Origin {
  ip: string;
  userAgent: string;
}

/** Signs in with e-mail and password. Every failure looks the same to the caller. */
export async function signIn(db: Database, config: Config, email: string, password: string, origin: Origin) {
  const emailKey = email.trim().toLowerCase();
  const window = config.signInWindowMinutes;
  const [byAccount, byAddress] = await Promise.all([
    q.countRecentFailures(db, 'email_key', emailKey, window),
    q.countRecentFailures(db, 'ip', origin.ip, window),
  ]);
  if (byAccount >= config.signInMaxFailuresPerAccount || byAddress >= config.signInMaxFailuresPerAddress) {
    await recordAudit(db, { actor: null, ip: origin.ip }, {
      action: 'auth.sign_in', entityType: 'user', outcome: 'denied', details: { email: emailKey, reason: 'throttled' },
    });
    throw errors.tooManyAttempts(window);
  }

  const user = await q.findUserForSignIn(db, emailKey);
  const valid = user
    ? (await verifyPassword(user.password_hash, password)) && user.is_active
    : (await verifyPassword(await decoyHash(), password), false);

  if (!user || !valid) {
    await db.transaction().execute(async (trx) => {
      await q.insertFailure(trx, emailKey, origin.ip);
      await recordAudit(trx, { actor: null, ip: origin.ip }, {
        action: 'auth.sign_in', entityType: 'user', entityId: user?.id, outcome: 'failed', details: { email: emailKey },
      });
    });
    throw errors.invalidCredentials();
  }

  const token = newToken();
  const csrfToken = newToken();
  await db.transaction().execute(async (trx) => {
    await q.clearFailures(trx, emailKey);
    await q.deleteExpiredSessions(trx, user.id, config.sessionIdleMinutes);
    await q.insertSession(trx, {
      tokenHash: hashToken(token), userId: user.id, csrfToken, maxHours: config.sessionMaxHours, ...origin,
    });
    await trx.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', user.id).execute();
    await recordAudit(trx, { actor: { userId: user.id, name: `${user.first_name} ${user.last_name}` }, ip: origin.ip }, {
      action: 'auth.sign_in', entityType: 'user', entityId: user.id,
    });
  });
  return { token, csrfToken };
}

export async function signOut(db: Database, signedIn: SignedIn, ip: string) {
  await db.transaction().execute(async (trx) => {
    await q.deleteSession(trx, signedIn.tokenHash);
    await recordAudit(trx, { actor: signedIn.actor, ip }, { action: 'auth.sign_out', entityType: 'user', entityId: signedIn.actor.userId });
  });
}

export async function signOutEverywhere(db: Database, signedIn: SignedIn, ip: string) {
  return db.transaction().execute(async (trx) => {
    const ended = await q.deleteSessionsOf(trx, signedIn.actor.userId);
    await recordAudit(trx, { actor: signedIn.actor, ip }, {
      action: 'auth.sign_out_everywhere', entityType: 'user', entityId: signedIn.actor.userId, details: { sessionsEnded: ended },
    });
    return ended;
  });
}

/** Changes one's own password and ends every other session, in case the old one leaked. */
export async function changePassword(db: Database, signedIn: SignedIn, ip: string, current: string, next: string) {
  const user = await db.selectFrom('users').select(['password_hash']).where('id', '=', signedIn.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) throw errors.wrongCurrentPassword();
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set((eb) => ({ password_hash: passwordHash, password_changed_at: new Date(), updated_at: new Date(), version: eb('version', '+', 1) }))
      .where('id', '=', signedIn.actor.userId)
      .execute();
    await q.deleteSessionsOf(trx, signedIn.actor.userId, signedIn.tokenHash);
    await recordAudit(trx, { actor: signedIn.actor, ip }, { action: 'user.change_password', entityType: 'user', entityId: signedIn.actor.userId });
  });
}

export async function setLanguage(db: Database, signedIn: SignedIn, language: 'lt' | 'en') {
  await db.updateTable('users').set({ language }).where('id', '=', signedIn.actor.userId).execute();
}

export function presentMe(signedIn: SignedIn): Me {
  return {
    user: {
      id: signedIn.actor.userId,
      email: signedIn.email,
      firstName: signedIn.firstName,
      lastName: signedIn.lastName,
      language: signedIn.language,
      isSystemAdmin: signedIn.actor.isSystemAdmin,
      memberships: signedIn.memberships,
    },
    permissions: permissionsOf(signedIn.actor),
    organisationPermissions: organisationPermissionsOf(signedIn.actor),
    installationPermissions: installationPermissionsOf(signedIn.actor),
    csrfToken: signedIn.csrfToken,
  };
}
