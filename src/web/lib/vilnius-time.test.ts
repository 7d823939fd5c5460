import { describe, expect, it } from 'vitest';
import { addDays, dateInVilnius, datesBetween, formatDayHeading, formatSpan, mondayOf, parseTime, timeInVilnius, vilniusInstant } from './vilnius-time.ts';

describe('Lithuanian time', () => {
  it('turns a wall-clock time into an instant, in winter and in summer', () => {
    expect(vilniusInstant('2026-11-23', '10:00')).toBe('2026-11-23T08:00:00.000Z');
    expect(vilniusInstant('2026-07-01', '10:00')).toBe('2026-07-01T07:00:00.000Z');
    // The days daylight saving starts and ends.
    expect(vilniusInstant('2026-03-29', '12:00')).toBe('2026-03-29T09:00:00.000Z');
    expect(vilniusInstant('2026-10-25', '12:00')).toBe('2026-10-25T10:00:00.000Z');
  });

  it('reads an instant back as a Lithuanian date and time', () => {
    expect(dateInVilnius('2026-11-22T22:30:00Z')).toBe('2026-11-23');
    expect(timeInVilnius('2026-11-22T22:30:00Z')).toBe('00:30');
    expect(timeInVilnius(vilniusInstant('2026-06-15', '23:45'))).toBe('23:45');
  });

  it('starts weeks on Monday', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(datesBetween('2026-11-23', addDays('2026-11-23', 6))).toHaveLength(7);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('understands times as people type them', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime('09.30')).toBe('09:30');
    expect(parseTime('1400')).toBe('14:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9 val.')).toBeNull();
  });

  it('names days and spans in Lithuanian', () => {
    expect(formatDayHeading('2026-11-23', 'lt')).toBe('Pirmadienis, lapkričio 23 d.');
    expect(formatDayHeading('2026-11-29', 'en')).toBe('Sunday, 29 November');
    expect(formatSpan('2026-11-23', '2026-11-23', 'lt')).toBe('2026 m. lapkričio 23 d.');
    expect(formatSpan('2026-11-23', '2026-11-29', 'lt')).toBe('2026 m. lapkričio 23 d. – lapkričio 29 d.');
    expect(formatSpan('2026-11-30', '2026-12-06', 'en')).toBe('30 November – 6 December 2026');
    expect(formatSpan('2026-12-28', '2027-01-03', 'lt')).toBe('2026 m. gruodžio 28 d. – 2027 m. sausio 3 d.');
  });
});
