import { describe, expect, it } from 'vitest';
import { euroToCents, formatEuro, formatHours, parseDecimal } from './placement-format.ts';

describe('placement amounts', () => {
  it('read euros and hours typed the Lithuanian way', () => {
    expect(euroToCents('1 153,50')).toBe(115_350);
    expect(euroToCents('950')).toBe(95_000);
    expect(euroToCents('950.5 €')).toBe(95_050);
    expect(euroToCents('devyni')).toBeNull();
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal('-3')).toBeNull();
  });

  it('show them in the reader\'s language', () => {
    expect(formatEuro(115_300, 'lt').replace(/\s/g, ' ')).toBe('1 153,00 €');
    expect(formatEuro(115_300, 'en')).toBe('€1,153.00');
    expect(formatHours(7.5, 'lt')).toBe('7,5');
  });
});
