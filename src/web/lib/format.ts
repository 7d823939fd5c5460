import type { Language } from '../../contracts/roles.ts';

// Dates as Lithuanian readers expect them: 2024-05-21, 2024-05-21 14:03,
// 2024 m. gegužės 21 d.; English uses the British forms.

const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };

function format(value: string | Date, language: Language, options: Intl.DateTimeFormatOptions, timeZone?: string) {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locales[language], { ...options, timeZone }).format(date);
}

export function formatDate(value: string | Date, language: Language, timeZone?: string): string {
  return format(value, language, { year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone);
}

export function formatDateTime(value: string | Date, language: Language, timeZone?: string): string {
  return format(value, language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }, timeZone);
}

/** The time of day alone, 24-hour: 09:30. */
export function formatTime(value: string | Date, language: Language, timeZone?: string): string {
  return format(value, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone);
}

export function formatLongDate(value: string | Date, language: Language, timeZone?: string): string {
  return format(value, language, { dateStyle: 'long' }, timeZone);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language]).format(value);
}

/** A file's size as people read it: 12 kB, 1,3 MB (1 kB = 1024 bytes, as file dialogs count). */
export function formatFileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.ceil(bytes / 1024)), 'kilobyte'] : [bytes / 1024 / 1024, 'megabyte'];
  return new Intl.NumberFormat(locales[language], { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

const collator = new Intl.Collator('lt');

/** Sorts by a text key the Lithuanian way: č after c, š after s, ž after z. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

/** Today's date in Lithuania as YYYY-MM-DD, the form date fields and the API use. */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
