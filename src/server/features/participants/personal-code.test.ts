import { describe, expect, it } from 'vitest';
import { checkDigit, checkPersonalCode, withCheckDigit } from './personal-code.rules.ts';

describe('Lithuanian personal code', () => {
  it('gives the birth date and sex of a valid code', () => {
    expect(checkPersonalCode('38501011239')).toEqual({ valid: true, birthDate: '1985-01-01', sex: 'male' });
    expect(checkPersonalCode('49007054569')).toEqual({ valid: true, birthDate: '1990-07-05', sex: 'female' });
    expect(checkPersonalCode('18001010007')).toEqual({ valid: true, birthDate: '1880-01-01', sex: 'male' });
    expect(checkPersonalCode('60002291230')).toEqual({ valid: true, birthDate: '2000-02-29', sex: 'female' });
  });

  it('reads the first digit as century and sex: 1/2 1800s, 3/4 1900s, 5/6 2000s; odd male, even female', () => {
    const cases = [['1', '1885', 'male'], ['2', '1885', 'female'], ['3', '1985', 'male'], ['4', '1985', 'female'], ['5', '2085', 'male'], ['6', '2085', 'female']] as const;
    for (const [g, year, sex] of cases) {
      expect(checkPersonalCode(withCheckDigit(`${g}850612123`))).toEqual({ valid: true, birthDate: `${year}-06-12`, sex });
    }
  });

  it('uses the second weights when the first sum leaves 10', () => {
    // 3·1+3·2+3·3+0·4+9·5+2·6+4·7+0·8+0·9+6·1 = 109, 109 mod 11 = 10; the second weights give 169 mod 11 = 4.
    expect(checkDigit('3330924006')).toBe(4);
    expect(checkPersonalCode('33309240064')).toEqual({ valid: true, birthDate: '1933-09-24', sex: 'male' });
    expect(checkPersonalCode('38501010087')).toMatchObject({ valid: true });
  });

  it('uses K = 0 when both sums leave 10', () => {
    // 3850101161: first weights give 109 mod 11 = 10, second weights 98 mod 11 = 10.
    expect(checkDigit('3850101161')).toBe(0);
    expect(checkPersonalCode('38501011610')).toEqual({ valid: true, birthDate: '1985-01-01', sex: 'male' });
    expect(checkPersonalCode('38501011611')).toEqual({ valid: false, problem: 'checksum' });
  });

  it('accepts 00 for an unknown month or day, without a birth date', () => {
    expect(checkPersonalCode(withCheckDigit('3850000123'))).toEqual({ valid: true, birthDate: null, sex: 'male' });
    expect(checkPersonalCode(withCheckDigit('4850600123'))).toEqual({ valid: true, birthDate: null, sex: 'female' });
    expect(checkPersonalCode(withCheckDigit('4850015123'))).toEqual({ valid: true, birthDate: null, sex: 'female' });
  });

  it('skips the date check for a code beginning with 9, which carries neither birth date nor sex', () => {
    expect(checkPersonalCode(withCheckDigit('9001399123'))).toEqual({ valid: true, birthDate: null, sex: null });
    expect(checkPersonalCode('90000000018')).toEqual({ valid: true, birthDate: null, sex: null });
    expect(checkPersonalCode('90000000019')).toEqual({ valid: false, problem: 'checksum' });
  });

  it('knows leap days: 2000-02-29 exists, 1900-02-29 and 1985-02-29 do not', () => {
    expect(checkPersonalCode('50002291239')).toMatchObject({ valid: true, birthDate: '2000-02-29' });
    expect(checkPersonalCode(withCheckDigit('3000229123'))).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode(withCheckDigit('4850229123'))).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode(withCheckDigit('4840229123'))).toMatchObject({ valid: true, birthDate: '1984-02-29' });
  });

  it('names each kind of mistake', () => {
    expect(checkPersonalCode('3850101123')).toEqual({ valid: false, problem: 'length' });
    expect(checkPersonalCode('385010112399')).toEqual({ valid: false, problem: 'length' });
    expect(checkPersonalCode('')).toEqual({ valid: false, problem: 'length' });
    expect(checkPersonalCode('3850101123A')).toEqual({ valid: false, problem: 'digits' });
    expect(checkPersonalCode('385 0101 1239')).toEqual({ valid: false, problem: 'digits' });
    expect(checkPersonalCode('-3850101123')).toEqual({ valid: false, problem: 'digits' });
    expect(checkPersonalCode(withCheckDigit('7850101123'))).toEqual({ valid: false, problem: 'century' });
    expect(checkPersonalCode(withCheckDigit('0850101123'))).toEqual({ valid: false, problem: 'century' });
    expect(checkPersonalCode(withCheckDigit('8850101123'))).toEqual({ valid: false, problem: 'century' });
    expect(checkPersonalCode(withCheckDigit('3851301123'))).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode(withCheckDigit('3850432123'))).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode(withCheckDigit('3850431123'))).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode('38501011238')).toEqual({ valid: false, problem: 'checksum' });
  });

  it('refuses a birth date after today when today is given', () => {
    const code = withCheckDigit('6990101000');
    expect(checkPersonalCode(code)).toMatchObject({ valid: true, birthDate: '2099-01-01' });
    expect(checkPersonalCode(code, '2026-11-23')).toEqual({ valid: false, problem: 'date' });
    expect(checkPersonalCode(withCheckDigit('6261123000'), '2026-11-23')).toMatchObject({ valid: true, birthDate: '2026-11-23' });
    expect(checkPersonalCode(withCheckDigit('6261124000'), '2026-11-23')).toEqual({ valid: false, problem: 'date' });
  });
});
