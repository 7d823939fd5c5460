import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { Meta } from '../../../contracts/auth.ts';
import { ErrorResponse } from '../../../contracts/common.ts';
import { AppError } from '../../http/errors.ts';
import { DEMO_ACCOUNT } from '../../demo/demo-account.ts';

export function healthRoutes(app: App, { db, databaseKind, config, version }: Deps) {
  app.get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Answers 200 when Kelias can query its database, 503 when it cannot',
      response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }), 503: ErrorResponse },
    },
  }, async () => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      throw new AppError('SERVICE.UNAVAILABLE', 503);
    }
    return { status: 'ok' as const, database: databaseKind };
  });

  app.get('/api/meta', {
    schema: { tags: ['system'], summary: 'Public facts the sign-in page needs: demo mode and version', response: { 200: Meta } },
  }, async () => ({ demo: config.demo, version, ...(config.demo ? { demoAccount: DEMO_ACCOUNT } : {}) }));
}
