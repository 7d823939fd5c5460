import { sql, type RawBuilder } from 'kysely';
import type { Scope } from '../http/access.ts';

/** SQL condition "this organisation column lies within the scope" for a WHERE clause. */
export function withinScope(scope: Scope, column: string): RawBuilder<boolean> {
  if (scope === 'all') return sql<boolean>`true`;
  if (scope.length === 0) return sql<boolean>`false`;
  return sql<boolean>`${sql.ref(column)} in (${sql.join(scope)})`;
}
