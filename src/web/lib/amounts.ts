import type { Language } from '../../contracts/roles.ts';

// Money and hours typed the Lithuanian way ("1 153,50", "7,5") and shown so ("1 153,50 €"),
// for every form that asks for a wage or hours.

const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-IE' };

export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "7,5" / "7.5"; at most two decimals. */
export function formatHours(hours: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(hours);
}

/** "1 200–1 500 €" style range, or one end, or null when no wage is given. */
export function formatWage(min: number | null, max: number | null, language: Language): string | null {
  if (min !== null && max !== null && min !== max) return `${formatEuro(min, language)} – ${formatEuro(max, language)}`;
  const one = min ?? max;
  return one === null ? null : formatEuro(one, language);
}

/** A number typed with a comma or a point and spaces between thousands; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Euros as typed, in cents; null when not an amount. */
export function euroToCents(text: string): number | null {
  const value = parseDecimal(text);
  return value === null ? null : Math.round(value * 100);
}

/** A number as a form shows it to edit: "7,5" / "7.5". */
export function decimalInput(value: number, language: Language): string {
  const text = String(value);
  return language === 'lt' ? text.replace('.', ',') : text;
}

/** Cents as the form shows them to edit: "1153,5" / "1153.5". */
export function centsToInput(cents: number | null, language: Language): string {
  return cents === null ? '' : decimalInput(cents / 100, language);
}
