import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFileSize, formatLongDate, formatTime, sortByName } from './format.ts';

const moment = '2024-05-21T11:03:00Z';

describe('dates', () => {
  it('writes Lithuanian dates the Lithuanian way', () => {
    expect(formatDate(moment, 'lt', 'Europe/Vilnius')).toBe('2024-05-21');
    expect(formatDateTime(moment, 'lt', 'Europe/Vilnius')).toBe('2024-05-21 14:03');
    expect(formatLongDate(moment, 'lt', 'Europe/Vilnius')).toBe('2024 m. gegužės 21 d.');
  });

  it('writes English dates the British way', () => {
    expect(formatDate(moment, 'en', 'Europe/Vilnius')).toBe('21/05/2024');
    expect(formatLongDate(moment, 'en', 'Europe/Vilnius')).toBe('21 May 2024');
  });

  it('writes the time of day alone in 24 hours', () => {
    expect(formatTime(moment, 'lt', 'Europe/Vilnius')).toBe('14:03');
    expect(formatTime('2024-05-21T06:05:00Z', 'en', 'Europe/Vilnius')).toBe('09:05');
  });

  it('shows nothing for a value that is not a date', () => {
    expect(formatDate('not a date', 'lt')).toBe('');
  });
});

describe('formatFileSize', () => {
  it('writes kilobytes up to a megabyte, then megabytes with one decimal in the reader\'s way', () => {
    expect(formatFileSize(300, 'lt')).toBe('1 kB');
    expect(formatFileSize(12_300, 'lt')).toBe('13 kB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'lt')).toBe('1,3 MB');
    expect(formatFileSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
  });
});

describe('sortByName', () => {
  it('puts č, š and ž after c, s and z', () => {
    const names = ['Žalias', 'Zuikis', 'Čia', 'Cukrus', 'Šuo', 'Sala'];
    expect(sortByName(names, (n) => n)).toEqual(['Cukrus', 'Čia', 'Sala', 'Šuo', 'Zuikis', 'Žalias']);
  });

  it('does not change the list it was given', () => {
    const names = ['b', 'a'];
    sortByName(names, (n) => n);
    expect(names).toEqual(['b', 'a']);
  });
});
