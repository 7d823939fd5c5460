import type { Language } from '../../../../contracts/roles.ts';

// Money, hours and numbers typed the Lithuanian way ("1 153,50", "7,5") and shown so.

const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-IE' };

/** "1 153,00 €" / "€1,153.00". */
export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "7,5" / "7.5"; at most two decimals. */
export function formatHours(hours: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(hours);
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
