import type { ServicePlace } from '../../../contracts/cases.ts';
import type { FieldError } from '../../../contracts/errors.ts';

// Rules of delivered services, pure so they are tested without a database
// (services.rules.test.ts).

export type FieldProblem = Omit<FieldError, 'message'>;

/** Today in Lithuania, as 'YYYY-MM-DD' (the server may run in UTC). */
export function todayInLithuania(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(now);
}

/** The problems of a delivery's date and place; a group session checks `openedOn` per case. */
export function checkDelivery(
  input: { deliveredOn: string; place: ServicePlace; centreId?: string | undefined; village?: string | undefined },
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.deliveredOn > today) problems.push({ field: 'deliveredOn', problem: 'date_in_future' });
  problems.push(...checkPlace(input));
  return problems;
}

/** A centre needs its centre; the mobile team's work is scheduled and counted by village. */
export function checkPlace(input: { place: ServicePlace; centreId?: string | null | undefined; village?: string | undefined }): FieldProblem[] {
  if (input.place === 'centre' && !input.centreId) return [{ field: 'centreId', problem: 'required' }];
  if (input.place === 'mobile_team' && !input.village?.trim()) return [{ field: 'village', problem: 'required' }];
  return [];
}

/** The role a confidential note is kept for; shared with the web form, which says who will read it. */
export { confidentialRoleOf } from '../../../contracts/services.ts';

/** Who reads a confidential note's text: its author, and staff holding its role in the organisation. */
export function mayReadConfidential(note: { authorId: string | null; role: string | null }, reader: { userId: string; organisationRoles: readonly string[] }): boolean {
  if (note.authorId !== null && note.authorId === reader.userId) return true;
  return note.role !== null && reader.organisationRoles.includes(note.role);
}

export type Removal = { allowed: true } | { allowed: false; problem: 'not_allowed' | 'reason_required' };

/**
 * A wrongly logged service (decision 0027): its author removes it on the day it was logged
 * (Lithuanian time), a case manager at any time; always with a reason, which the timeline
 * shows.
 */
export function checkRemoval(
  delivery: { createdBy: string | null; loggedOn: string },
  actor: { userId: string; managesCase: boolean },
  today: string,
  reason: string | undefined,
): Removal {
  const ownToday = delivery.createdBy === actor.userId && delivery.loggedOn === today;
  if (!ownToday && !actor.managesCase) return { allowed: false, problem: 'not_allowed' };
  return reason?.trim() ? { allowed: true } : { allowed: false, problem: 'reason_required' };
}

export interface ServiceCursor { deliveredOn: string; id: string }

export function encodeCursor(row: ServiceCursor): string {
  return Buffer.from(JSON.stringify([row.deliveredOn, row.id])).toString('base64url');
}

/** The cursor back, or null when it is not one of ours (the caller answers 400). */
export function decodeCursor(cursor: string): ServiceCursor | null {
  try {
    const [deliveredOn, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof deliveredOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(deliveredOn) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
      return { deliveredOn, id };
    }
  } catch {
    // Not base64 JSON: not ours.
  }
  return null;
}

/** Days from `from` to `to` inclusive, both 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The date `days` days before `date`. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
