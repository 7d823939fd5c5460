import type { UpdateResult } from 'kysely';
import { errors } from '../http/errors.ts';

// Every edit names the version it was based on (optimistic locking); an update that
// matched no row means someone else saved first, and nothing of this edit is kept.
export function expectUpdated(result: UpdateResult, currentVersion: number): void {
  if (Number(result.numUpdatedRows) === 0) throw errors.recordChanged(currentVersion);
}
