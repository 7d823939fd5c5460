import { describe, expect, it } from 'vitest';
import { checkChange, checkTimes, checkWindow, clashOf, formatWhen, localSlot, nextDay } from './appointments.rules.ts';

const at = (text: string) => new Date(text);
const now = at('2026-11-23T08:00:40Z');

describe('appointment times', () => {
  it('refuse a start in the past, but not earlier in the current minute', () => {
    expect(checkTimes(at('2026-11-23T07:59:00Z'), at('2026-11-23T09:00:00Z'), now)).toEqual([{ field: 'startsAt', problem: 'start_in_past' }]);
    expect(checkTimes(at('2026-11-23T08:00:00Z'), at('2026-11-23T09:00:00Z'), now)).toEqual([]);
  });

  it('leave an unchanged start alone when only the end moves', () => {
    expect(checkTimes(at('2026-11-23T07:00:00Z'), at('2026-11-23T09:00:00Z'), now, false)).toEqual([]);
  });

  it('refuse an end not after the start, and more than 12 hours', () => {
    expect(checkTimes(at('2026-11-24T10:00:00Z'), at('2026-11-24T10:00:00Z'), now)).toEqual([{ field: 'endsAt', problem: 'end_not_after_start' }]);
    expect(checkTimes(at('2026-11-24T10:00:00Z'), at('2026-11-24T09:00:00Z'), now)).toEqual([{ field: 'endsAt', problem: 'end_not_after_start' }]);
    expect(checkTimes(at('2026-11-24T06:00:00Z'), at('2026-11-24T18:00:00Z'), now)).toEqual([]);
    expect(checkTimes(at('2026-11-24T06:00:00Z'), at('2026-11-24T18:01:00Z'), now)).toEqual([{ field: 'endsAt', problem: 'appointment_too_long', params: { hours: 12 } }]);
  });
});

describe('changing an appointment', () => {
  const planned = { status: 'planned' as const, startsAt: at('2026-11-24T10:00:00Z') };
  const past = { status: 'planned' as const, startsAt: at('2026-11-20T10:00:00Z') };

  it('moves or cancels a planned one', () => {
    expect(checkChange(planned, { moves: true }, now)).toEqual({ allowed: true });
    expect(checkChange(planned, { status: 'cancelled', moves: false }, now)).toEqual({ allowed: true });
  });

  it('records held or missed only once it has started', () => {
    expect(checkChange(planned, { status: 'held', moves: false }, now)).toEqual({ allowed: false, problem: 'not_started_yet' });
    expect(checkChange(past, { status: 'held', moves: false }, now)).toEqual({ allowed: true });
    expect(checkChange({ ...past, status: 'held' }, { status: 'missed', moves: false }, now)).toEqual({ allowed: true });
  });

  it('keeps a cancelled one final and a held one where it was', () => {
    expect(checkChange({ ...planned, status: 'cancelled' }, { status: 'planned', moves: false }, now)).toEqual({ allowed: false, problem: 'not_changeable' });
    expect(checkChange({ ...planned, status: 'cancelled' }, { moves: true }, now)).toEqual({ allowed: false, problem: 'not_changeable' });
    expect(checkChange({ ...past, status: 'held' }, { moves: true }, now)).toEqual({ allowed: false, problem: 'not_changeable' });
    expect(checkChange({ ...past, status: 'missed' }, { status: 'cancelled', moves: false }, now)).toEqual({ allowed: false, problem: 'not_changeable' });
  });
});

describe('calendar windows', () => {
  it('run forwards and for at most 31 days', () => {
    expect(checkWindow('2026-11-23', '2026-11-29')).toEqual([]);
    expect(checkWindow('2026-11-01', '2026-12-01')).toEqual([]);
    expect(checkWindow('2026-11-01', '2026-12-02')).toEqual([{ field: 'to', problem: 'range_too_long', params: { days: 31 } }]);
    expect(checkWindow('2026-11-23', '2026-11-22')).toEqual([{ field: 'to', problem: 'before_start', params: { start: '2026-11-23' } }]);
    expect(checkWindow('2026-06-01', '2027-06-01', 366)).toEqual([]);
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('the clash message', () => {
  it('says when in Lithuanian time, 24-hour clock', () => {
    expect(formatWhen(at('2026-11-23T08:00:00Z'), at('2026-11-23T09:30:00Z'), 'lt')).toBe('2026-11-23 10:00–11:30');
    expect(formatWhen(at('2026-07-01T12:00:00Z'), at('2026-07-01T13:00:00Z'), 'en')).toBe('01/07/2026 15:00–16:00');
    expect(formatWhen(at('2026-11-23T20:00:00Z'), at('2026-11-23T23:00:00Z'), 'lt')).toBe('2026-11-23 22:00 – 2026-11-24 01:00');
  });

  it('gives the timeline a Lithuanian date and span', () => {
    expect(localSlot(at('2026-11-22T22:30:00Z'), at('2026-11-23T00:00:00Z'))).toEqual({ date: '2026-11-23', time: '00:30–02:00' });
  });

  it('knows whose time from the constraint PostgreSQL names', () => {
    expect(clashOf({ code: '23P01', constraint: 'appointments_specialist_clash' })).toBe('specialist');
    expect(clashOf({ code: '23P01', constraint: 'appointments_participant_clash' })).toBe('participant');
    expect(clashOf({ code: '23505', constraint: 'appointments_participant_clash' })).toBeNull();
    expect(clashOf(new Error('x'))).toBeNull();
  });
});
