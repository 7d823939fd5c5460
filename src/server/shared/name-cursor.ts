import { errors } from '../http/errors.ts';

// The keyset cursor of lists in Lithuanian name order: the last row's sort key and id,
// opaque to the client. A cursor that does not decode is a field error, never a 500.

export interface NameCursor {
  sortKey: string;
  id: string;
}

export function encodeNameCursor(row: { sort_key: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.sort_key, row.id])).toString('base64url');
}

export function decodeNameCursor(cursor: string | undefined): NameCursor | null {
  if (cursor === undefined) return null;
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { sortKey, id };
  } catch {
    // Falls through to the field error below.
  }
  throw errors.validation([{ field: 'cursor', problem: 'invalid' }]);
}
