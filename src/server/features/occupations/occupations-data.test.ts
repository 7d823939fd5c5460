import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../shared/text.ts';

// Migration 0006 is generated from data/isco-08.csv (scripts/occupations-sql.ts): the two
// must hold the same occupations, so a hand edit of either is caught here.

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { cell += '"'; i++; } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { cells.push(cell); cell = ''; } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** The value tuples of the migration's insert: strings ('' escapes a quote), numbers and null. */
function parseSqlTuples(text: string): (string | number | null)[][] {
  const body = text.slice(text.indexOf(' values') + ' values'.length);
  const tuples: (string | number | null)[][] = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] !== '(') { i++; continue; }
    i++;
    const tuple: (string | number | null)[] = [];
    while (body[i] !== ')') {
      if (body[i] === ' ' || body[i] === ',') { i++; continue; }
      if (body[i] === "'") {
        let value = '';
        i++;
        for (;;) {
          if (body[i] === "'" && body[i + 1] === "'") { value += "'"; i += 2; } else if (body[i] === "'") { i++; break; } else value += body[i++];
        }
        tuple.push(value);
      } else {
        const match = /^(null|\d+)/.exec(body.slice(i))!;
        tuple.push(match[1] === 'null' ? null : Number(match[1]));
        i += match[1]!.length;
      }
    }
    i++;
    tuples.push(tuple);
  }
  return tuples;
}

const csv = readFileSync(new URL('../../../../data/isco-08.csv', import.meta.url), 'utf8').trim().split('\n');
const migration = readFileSync(new URL('../../db/migrations/0006_occupations_isco08.sql', import.meta.url), 'utf8');

describe('the ISCO-08 occupations of migration 0006', () => {
  const fromCsv = csv.slice(1).map((line) => {
    const [code, level, parent, nameEn, nameLt] = parseCsvLine(line) as [string, string, string, string, string];
    return { code, level: Number(level), parent: parent || null, nameLt, nameEn };
  });
  const fromSql = parseSqlTuples(migration).map(([scheme, code, level, parent, isco, nameLt, nameEn, key]) => ({ scheme, code, level, parent, isco, nameLt, nameEn, key }));

  it('has the columns the migration expects and every level of ISCO-08', () => {
    expect(csv[0]).toBe('code,level,parent,name_en,name_lt');
    expect(fromCsv).toHaveLength(619);
    expect([1, 2, 3, 4].map((level) => fromCsv.filter((row) => row.level === level).length)).toEqual([10, 43, 130, 436]);
  });

  it('holds exactly the rows of data/isco-08.csv, names in both languages', () => {
    expect(fromSql).toHaveLength(619);
    expect(fromSql.map(({ code, level, parent, nameLt, nameEn }) => ({ code, level, parent, nameLt, nameEn }))).toEqual(fromCsv);
    expect(fromSql.filter((row) => row.level === 4)).toHaveLength(436);
  });

  it('keeps the scheme, the unit group and the folded search key of each row', () => {
    for (const row of fromSql) {
      expect(row.scheme).toBe('isco08');
      expect(row.isco).toBe(row.level === 4 ? row.code : null);
      expect(row.key).toBe(searchKey(`${row.code} ${row.nameLt} ${row.nameEn}`));
    }
  });

  it('links every row to an existing parent one level up', () => {
    const codes = new Map(fromCsv.map((row) => [row.code, row]));
    for (const row of fromCsv) {
      if (row.level === 1) { expect(row.parent).toBeNull(); continue; }
      expect(codes.get(row.parent!)?.level).toBe(row.level - 1);
      expect(row.code.startsWith(row.parent!)).toBe(true);
    }
    expect(codes.get('7212')?.nameLt).toBe('Suvirintojai');
  });
});
