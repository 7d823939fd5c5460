import type { FastifyRequest } from 'fastify';
import type { Language, Role } from '../../contracts/roles.ts';
import type { Database } from '../db/connect.ts';
import type { Actor } from './access.ts';
import { errors } from './errors.ts';
import { requestLanguage } from './language.ts';

export interface SignedIn {
  tokenHash: string;
  csrfToken: string;
  actor: Actor;
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
  memberships: { organisationId: string; organisationName: string; role: Role }[];
}

declare module 'fastify' {
  interface FastifyRequest {
    signedIn: SignedIn | null;
  }
}

/** What a service needs to know about the request: who asks, from where, in which language. */
export interface Context {
  db: Database;
  actor: Actor;
  ip: string;
  language: Language;
}

export function contextOf(request: FastifyRequest, db: Database): Context {
  if (!request.signedIn) throw errors.signInRequired();
  return { db, actor: request.signedIn.actor, ip: request.ip, language: requestLanguage(request) };
}
