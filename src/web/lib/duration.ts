import type { TFunction } from 'i18next';

// Durations as staff enter them (hours and minutes) and read them, for every feature that logs time.

export function formatMinutes(minutes: number, t: TFunction): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('services.minutesOnly', { minutes: rest });
  return rest === 0 ? t('services.hoursOnly', { hours }) : t('services.hoursMinutes', { hours, minutes: rest });
}

/** Hours and minutes typed into two fields, as minutes; null when either is not a whole number ≥ 0. */
export function minutesOf(hours: string, minutes: string): number | null {
  const h = hours.trim() === '' ? 0 : Number(hours);
  const m = minutes.trim() === '' ? 0 : Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0) return null;
  return h * 60 + m;
}
