import { describe, expect, it } from 'vitest';
import { lithuanianSortKey, likePattern, searchKey } from './text.ts';

const collator = new Intl.Collator('lt');
const byKey = (a: string, b: string) => {
  const ka = lithuanianSortKey(a);
  const kb = lithuanianSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('Lithuanian sort key', () => {
  it('puts č, š, ž after c, s, z as their own letters', () => {
    const names = ['Žukauskas', 'Zabiela', 'Čepas', 'Cvirka', 'Daukantas', 'Šimkus', 'Sz', 'Tamošiūnas'];
    expect([...names].sort(byKey)).toEqual(['Cvirka', 'Čepas', 'Daukantas', 'Sz', 'Šimkus', 'Tamošiūnas', 'Zabiela', 'Žukauskas']);
  });

  it('sorts ą ę ė į ų ū and y with their base letters', () => {
    const names = ['Ąžuolas', 'Ab', 'Yla', 'Ib', 'Įeva', 'Ic', 'Ūsas', 'Ut'];
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare));
  });

  it('agrees with Intl.Collator("lt") on a list of Lithuanian surnames and words', () => {
    const names = [
      'Kazlauskas', 'Kazlų Rūda', 'Jankauskienė', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas',
      'Butkus', 'Paulauskas', 'Urbonas', 'Kavaliauskas', 'Černiauskas', 'Šukys', 'Ąžuolaitė', 'Ėmužis',
      'Įgaunis', 'Ūselis', 'Yla', 'Ilgūnas', 'Čiurlionis', 'Ciurlys', 'Šapoka', 'Saulius', 'Zigmas',
      'Žemaitė', 'Ėglė', 'Egle', 'Eglė', 'Rokiškis', 'Utena', 'Vilnius', 'Žiežmariai', 'Šiauliai', 'Ylakiai',
      'iki', 'įkeltas', 'ypač', 'ąsotis', 'asilas', 'ėjo', 'ežeras', 'ęsti', 'uoga', 'ūkis', 'ųsa',
    ];
    expect([...names].sort(byKey)).toEqual([...names].sort(collator.compare));
  });
});

describe('search key', () => {
  it('folds case and every diacritic so "sarunas" finds "Šarūnas"', () => {
    expect(searchKey('  ŠARŪNAS   Čepaitis ')).toBe('sarunas cepaitis');
    expect(searchKey('Łukasz Żółć')).toBe('lukasz zolc');
  });

  it('treats the user\'s % and _ literally in LIKE patterns', () => {
    expect(likePattern('50%_off')).toBe('%50\\%\\_off%');
  });
});
