// The Lithuanian personal code (asmens kodas), G YYMMDD NNN K, checked exactly as
// /work/shared/DOMAIN.md describes. Pure: no clock unless one is passed, no database.

export type PersonalCodeProblem = 'length' | 'digits' | 'century' | 'date' | 'checksum';

export type PersonalCodeCheck =
  | {
      valid: true;
      /** 'YYYY-MM-DD', or null when the code says the month or day is unknown (00) or starts with 9. */
      birthDate: string | null;
      /** null for a code beginning with 9: such a code carries no sex. */
      sex: 'female' | 'male' | null;
    }
  | { valid: false; problem: PersonalCodeProblem };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3] as const;

/** The check digit K for the first ten digits of a code. */
export function checkDigit(firstTen: string): number {
  const digits = [...firstTen].map(Number);
  const sum = (weights: readonly number[]) => digits.reduce((total, digit, index) => total + digit * weights[index]!, 0);
  const first = sum(FIRST_WEIGHTS) % 11;
  if (first !== 10) return first;
  const second = sum(SECOND_WEIGHTS) % 11;
  return second === 10 ? 0 : second;
}

const CENTURIES: Record<string, { century: number; sex: 'female' | 'male' }> = {
  '1': { century: 1800, sex: 'male' },
  '2': { century: 1800, sex: 'female' },
  '3': { century: 1900, sex: 'male' },
  '4': { century: 1900, sex: 'female' },
  '5': { century: 2000, sex: 'male' },
  '6': { century: 2000, sex: 'female' },
};

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a personal code. `today` ('YYYY-MM-DD'), when given, also refuses a birth date
 * after it (a code cannot belong to someone not yet born): problem 'date'.
 */
export function checkPersonalCode(code: string, today?: string): PersonalCodeCheck {
  if (!/^[0-9]*$/.test(code)) return { valid: false, problem: 'digits' };
  if (code.length !== 11) return { valid: false, problem: 'length' };
  const g = code[0]!;
  let birthDate: string | null = null;
  let sex: 'female' | 'male' | null = null;
  if (g !== '9') {
    const century = CENTURIES[g];
    if (!century) return { valid: false, problem: 'century' };
    sex = century.sex;
    const year = century.century + Number(code.slice(1, 3));
    const month = Number(code.slice(3, 5));
    const day = Number(code.slice(5, 7));
    if (month > 12 || day > 31) return { valid: false, problem: 'date' };
    if (month !== 0 && day !== 0) {
      if (!isRealDate(year, month, day)) return { valid: false, problem: 'date' };
      birthDate = `${year}-${code.slice(3, 5)}-${code.slice(5, 7)}`;
      if (today !== undefined && birthDate > today) return { valid: false, problem: 'date' };
    } else if (month !== 0 && day === 0 && today !== undefined && `${year}-${code.slice(3, 5)}` > today.slice(0, 7)) {
      return { valid: false, problem: 'date' };
    } else if (month === 0 && today !== undefined && String(year) > today.slice(0, 4)) {
      return { valid: false, problem: 'date' };
    }
  }
  if (checkDigit(code.slice(0, 10)) !== Number(code[10])) return { valid: false, problem: 'checksum' };
  return { valid: true, birthDate, sex };
}

/** A valid code for the first ten digits (for tests and demo data). */
export function withCheckDigit(firstTen: string): string {
  return `${firstTen}${checkDigit(firstTen)}`;
}
