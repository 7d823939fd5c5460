// Keys that let any PostgreSQL (with or without ICU, embedded or server) order and
// search Lithuanian names the way people expect, using plain "C" byte comparison.

// č, š, ž are letters of their own after c, s, z; the "~" sorts after every a–z.
const OWN_LETTERS: Record<string, string> = { č: 'c~', š: 's~', ž: 'z~' };
// y sorts with i; ą ę ė į ų ū with their base letters (they differ only at the second level).
const SAME_LETTER: Record<string, string> = { y: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };
// Second-level order of the letters that share a base letter: a < ą; e < ę < ė; i < į < y; u < ų < ū.
const ACCENT_RANK: Record<string, string> = { ą: '1', ę: '1', ė: '2', į: '1', y: '2', ų: '1', ū: '2' };

function primaryLetter(char: string): string {
  if (char in OWN_LETTERS) return OWN_LETTERS[char]!;
  if (char in SAME_LETTER) return SAME_LETTER[char]!;
  return char.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Sort key: ORDER BY sort_key COLLATE "C" gives the order of Intl.Collator('lt'). */
export function lithuanianSortKey(text: string): string {
  const lower = text.normalize('NFC').toLocaleLowerCase('lt').trim();
  const chars = [...lower];
  const primary = chars.map(primaryLetter).join('');
  const secondary = chars.map((char) => ACCENT_RANK[char] ?? '0').join('');
  const tertiary = [...text.normalize('NFC').trim()].map((char) => (char === char.toLocaleLowerCase('lt') ? '0' : '1')).join('');
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/** Search key: lower case, every diacritic folded, spaces collapsed ("Šarūnas" → "sarunas"). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('lt')
    .replace(/ł/g, 'l')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so a user's "%" or "_" matches itself. */
export function likePattern(text: string): string {
  return `%${searchKey(text).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** "First Last" of a joined user or person row; empty parts left out. */
export function fullName(first: string | null, last: string | null): string {
  return `${first ?? ''} ${last ?? ''}`.trim();
}
