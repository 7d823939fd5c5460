import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { scopeOf } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { countsFor } from './home.queries.ts';

const Counts = Type.Object({
  organisations: Type.Integer(),
  centres: Type.Integer(),
  workstations: Type.Integer(),
  activeStaff: Type.Integer(),
  auditEntriesToday: Type.Union([Type.Integer(), Type.Null()]),
});

export function homeRoutes(app: App, { db }: Deps) {
  app.get('/api/home', {
    schema: { tags: ['home'], summary: 'Counts for the home page, within the user\'s organisations', response: { 200: Counts } },
  }, async (request) => {
    const ctx = contextOf(request, db);
    return countsFor(db, scopeOf(ctx.actor, 'organisation.read'), scopeOf(ctx.actor, 'audit.read'));
  });
}
