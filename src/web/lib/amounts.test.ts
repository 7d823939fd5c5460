import { describe, expect, it } from 'vitest';
import { centsToInput, euroToCents, formatEuro, formatHours, formatWage, parseDecimal } from './amounts.ts';

describe('wages in forms', () => {
  it('reads amounts typed with a comma, a point, spaces and the euro sign', () => {
    expect(euroToCents('1 153,50')).toBe(115_350);
    expect(euroToCents('1153.5 €')).toBe(115_350);
    expect(euroToCents('abc')).toBeNull();
    expect(parseDecimal('7,5')).toBe(7.5);
  });

  it('shows amounts and ranges the reader\'s way', () => {
    expect(formatEuro(115_300, 'lt').replace(/\s/g, ' ')).toBe('1 153,00 €');
    expect(formatWage(120_000, 150_000, 'en')).toBe('€1,200.00 – €1,500.00');
    expect(formatWage(null, null, 'lt')).toBeNull();
    expect(centsToInput(115_350, 'lt')).toBe('1153,5');
  });
});

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
