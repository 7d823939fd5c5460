import type { App, Deps } from '../../app.ts';
import { scopeOf } from '../../http/access.ts';
import { contextOf } from '../../http/context.ts';
import { HomeCounts } from '../../../contracts/home.ts';
import { countsFor } from './home.queries.ts';

export function homeRoutes(app: App, { db }: Deps) {
  app.get('/api/home', {
    schema: { tags: ['home'], summary: 'Counts for the home page, within the user\'s organisations', response: { 200: HomeCounts } },
  }, async (request) => {
    const { actor } = contextOf(request, db);
    // Counts of people follow the registry's permission, so the installation administrator,
    // who does not read people's records, gets none of them.
    return countsFor(db, {
      organisations: scopeOf(actor, 'organisation.read'),
      audit: scopeOf(actor, 'audit.read'),
      programmes: scopeOf(actor, 'programme.read'),
      people: scopeOf(actor, 'participant.read'),
    });
  });
}
