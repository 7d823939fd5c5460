// Calendar dates as 'YYYY-MM-DD' strings, counted in whole days and months, with no time zone.

const DAY = 86_400_000;
const epoch = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function addDays(date: string, days: number): string {
  return new Date(epoch(date) + days * DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (0 on the same day; negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((epoch(to) - epoch(from)) / DAY);
}

/**
 * The same day `months` calendar months later; a day the month does not have becomes its
 * last day (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
