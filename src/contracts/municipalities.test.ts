import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, municipalityByCode, municipalityFromText } from './municipalities.ts';

describe('municipalities', () => {
  it('are the 60 of Lithuania, LT-01 to LT-60, each once, all inside the country', () => {
    expect(MUNICIPALITIES.map((item) => item.code)).toEqual(Array.from({ length: 60 }, (_, i) => `LT-${String(i + 1).padStart(2, '0')}`));
    for (const item of MUNICIPALITIES) {
      expect(item.lat).toBeGreaterThan(53.8);
      expect(item.lat).toBeLessThan(56.5);
      expect(item.lon).toBeGreaterThan(20.9);
      expect(item.lon).toBeLessThan(26.9);
    }
    expect(municipalityByCode('LT-17')?.name).toBe('Kazlų Rūdos savivaldybė');
    expect(municipalityByCode('LT-40')?.name).toBe('Rokiškio rajono savivaldybė');
    expect(municipalityByCode('LT-57')?.name).toBe('Vilniaus miesto savivaldybė');
  });

  it('are read from what people type, with the usual abbreviations', () => {
    expect(municipalityFromText('Kazlų Rūdos sav.')?.code).toBe('LT-17');
    expect(municipalityFromText('kazlu rudos savivaldybe')?.code).toBe('LT-17');
    expect(municipalityFromText('Rokiškio r. sav.')?.code).toBe('LT-40');
    expect(municipalityFromText('Kauno m. sav.')?.code).toBe('LT-15');
    expect(municipalityFromText('Kauno r. sav.')?.code).toBe('LT-16');
    expect(municipalityFromText('Kauno rajono savivaldybė')?.code).toBe('LT-16');
    expect(municipalityFromText('Kaunas')?.code).toBe('LT-15');
    expect(municipalityFromText('Marijampolė')?.code).toBe('LT-25');
    expect(municipalityFromText('Šiaulių m.')?.code).toBe('LT-43');
    expect(municipalityFromText('LT-60')?.code).toBe('LT-60');
  });

  it('say nothing rather than guess when the text names no municipality', () => {
    expect(municipalityFromText('')).toBeUndefined();
    expect(municipalityFromText('Kazlų')).toBeUndefined();
    expect(municipalityFromText('Berlin')).toBeUndefined();
  });
});
