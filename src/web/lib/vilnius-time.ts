import type { Language } from '../../contracts/roles.ts';

// Calendar arithmetic in Lithuanian time, whatever the computer's own time zone: dates
// are 'YYYY-MM-DD' text, times 'HH:MM' on the 24-hour clock, weeks start on Monday, and
// daylight saving (last Sundays of March and October) moves the offset, not the wall clock.

const ZONE = 'Europe/Vilnius';
const DAY = 86_400_000;
const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };

const parts = (instant: Date) => {
  const values = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${values.year}-${values.month}-${values.day}`, time: `${values.hour}:${values.minute}` };
};

/** The Lithuanian date of an instant. */
export function dateInVilnius(instant: string | Date): string {
  return parts(new Date(instant)).date;
}

/** The Lithuanian wall-clock time of an instant, 'HH:MM'. */
export function timeInVilnius(instant: string | Date): string {
  return parts(new Date(instant)).time;
}

/** The instant (ISO) of a Lithuanian date and wall-clock time. */
export function vilniusInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // The offset at a first guess, then again at the result: right on both sides of a change.
  const offsetAt = (instant: number) => {
    const p = parts(new Date(instant));
    const [py, pm, pd] = p.date.split('-').map(Number) as [number, number, number];
    const [ph, pmin] = p.time.split(':').map(Number) as [number, number];
    return Date.UTC(py, pm - 1, pd, ph, pmin) - instant;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant).toISOString();
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/** "9:30", "09.30" or "0930" as '09:30'; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const match = /^\s*(\d{1,2})[:.]?(\d{2})\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** "Pirmadienis, lapkričio 23 d." / "Monday, 23 November": a calendar day's heading, the weekday first. */
export function formatDayHeading(date: string, language: Language): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', weekday: 'long' }).format(noon);
  const day = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(noon);
  return `${weekday.charAt(0).toLocaleUpperCase(locales[language])}${weekday.slice(1)}, ${day}`;
}

/** "Pirmadienis" / "Monday". */
export function formatWeekday(date: string, language: Language): string {
  const weekday = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${date}T12:00:00Z`));
  return `${weekday.charAt(0).toLocaleUpperCase(locales[language])}${weekday.slice(1)}`;
}

/** "2026 m. lapkričio 23 d. – lapkričio 29 d." / "23 November – 29 November 2026": a week's or a day's span. */
export function formatSpan(from: string, to: string, language: Language): string {
  const at = (date: string) => new Date(`${date}T12:00:00Z`);
  const full = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  if (from === to) return full.format(at(from));
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${full.format(at(from))} – ${full.format(at(to))}`;
  // ICU's own ranges drop Lithuanian "m." and "d."; both ends are written out instead.
  const day = new Intl.DateTimeFormat(locales[language], { timeZone: 'UTC', month: 'long', day: 'numeric' });
  return language === 'lt'
    ? `${from.slice(0, 4)} m. ${day.format(at(from))} – ${day.format(at(to))}`
    : `${day.format(at(from))} – ${day.format(at(to))} ${from.slice(0, 4)}`;
}
