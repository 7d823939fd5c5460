import { APPOINTMENT_LIMITS, type AppointmentStatus } from '../../../contracts/appointments.ts';
import type { FieldError } from '../../../contracts/errors.ts';
import type { Language } from '../../../contracts/roles.ts';

// Rules of appointments, pure so they are tested without a database
// (appointments.rules.test.ts). Clashes are not here: the database refuses them
// (exclusion constraints in 0004), which holds even for simultaneous bookings.

export type FieldProblem = Omit<FieldError, 'message'>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Not in the past, ending after it starts, at most 12 hours long. "The past" is before
 * the current minute: a form filled in at 10:00 for 10:00 is still on time at 10:00:40.
 * `startChanged` false leaves an appointment's own start alone when only its end moves.
 */
export function checkTimes(startsAt: Date, endsAt: Date, now: Date, startChanged = true): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const thisMinute = Math.floor(now.getTime() / MINUTE) * MINUTE;
  if (startChanged && startsAt.getTime() < thisMinute) problems.push({ field: 'startsAt', problem: 'start_in_past' });
  if (endsAt.getTime() <= startsAt.getTime()) problems.push({ field: 'endsAt', problem: 'end_not_after_start' });
  else if (endsAt.getTime() - startsAt.getTime() > APPOINTMENT_LIMITS.maxHours * HOUR) {
    problems.push({ field: 'endsAt', problem: 'appointment_too_long', params: { hours: APPOINTMENT_LIMITS.maxHours } });
  }
  return problems;
}

export type Change = { allowed: true } | { allowed: false; problem: 'not_changeable' | 'not_started_yet' };

/**
 * What may change: a planned appointment may be moved, cancelled, or recorded as held or
 * missed once it has started; held and missed may be corrected into each other; a
 * cancelled one is final (book a new one), and a held or missed one is not moved.
 */
export function checkChange(
  current: { status: AppointmentStatus; startsAt: Date },
  change: { status?: AppointmentStatus | undefined; moves: boolean },
  now: Date,
): Change {
  if (current.status === 'cancelled') return { allowed: false, problem: 'not_changeable' };
  if (change.moves && current.status !== 'planned') return { allowed: false, problem: 'not_changeable' };
  const to = change.status;
  if (to === undefined || to === current.status) return { allowed: true };
  if (current.status !== 'planned' && (to === 'planned' || to === 'cancelled')) return { allowed: false, problem: 'not_changeable' };
  if ((to === 'held' || to === 'missed') && current.startsAt.getTime() > now.getTime()) return { allowed: false, problem: 'not_started_yet' };
  return { allowed: true };
}

/** Days from `from` to `to` inclusive, both 'YYYY-MM-DD'. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A calendar window: `to` not before `from`, at most `maxDays` days. */
export function checkWindow(from: string, to: string, maxDays: number = APPOINTMENT_LIMITS.rangeDaysMax): FieldProblem[] {
  if (to < from) return [{ field: 'to', problem: 'before_start', params: { start: from } }];
  if (daysBetween(from, to) > maxDays) return [{ field: 'to', problem: 'range_too_long', params: { days: maxDays } }];
  return [];
}

/** The day after a 'YYYY-MM-DD' date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };

/** "2026-11-23 10:00–11:00" in Lithuanian time, for the clash message (24-hour clock in both languages). */
export function formatWhen(startsAt: Date, endsAt: Date, language: Language): string {
  const zone = { timeZone: 'Europe/Vilnius', hourCycle: 'h23' } as const;
  const day = new Intl.DateTimeFormat(locales[language], { ...zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const time = new Intl.DateTimeFormat(locales[language], { ...zone, hour: '2-digit', minute: '2-digit' });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay
    ? `${day.format(startsAt)} ${time.format(startsAt)}–${time.format(endsAt)}`
    : `${day.format(startsAt)} ${time.format(startsAt)} – ${day.format(endsAt)} ${time.format(endsAt)}`;
}

/** The Lithuanian date and wall-clock span of an appointment, as the timeline shows it: { date: '2026-11-23', time: '10:00–11:00' }. */
export function localSlot(startsAt: Date, endsAt: Date): { date: string; time: string } {
  const zone = { timeZone: 'Europe/Vilnius', hourCycle: 'h23' } as const;
  const time = new Intl.DateTimeFormat('lt-LT', { ...zone, hour: '2-digit', minute: '2-digit' });
  return { date: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' }).format(startsAt), time: `${time.format(startsAt)}–${time.format(endsAt)}` };
}

/** The constraint PostgreSQL names when it refuses a clash (SQLSTATE 23P01), and whose time it is. */
export function clashOf(error: unknown): 'specialist' | 'participant' | null {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== '23P01') return null;
  const constraint = (error as { constraint?: unknown }).constraint;
  if (constraint === 'appointments_specialist_clash') return 'specialist';
  if (constraint === 'appointments_participant_clash') return 'participant';
  return null;
}
