// Writes migration 0006 from data/isco-08.csv. Run once when the data file changes:
//   node scripts/occupations-sql.ts > src/server/db/migrations/0006_occupations_isco08.sql
import { readFileSync } from 'node:fs';
import { searchKey } from '../src/server/shared/text.ts';

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { cells.push(cell); cell = ''; }
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const lines = readFileSync(new URL('../data/isco-08.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
const rows = lines.map((line) => {
  const [code, level, parent, nameEn, nameLt] = parseCsvLine(line) as [string, string, string, string, string];
  const isco = code.length === 4 ? quote(code) : 'null';
  return `  ('isco08', ${quote(code)}, ${level}, ${parent ? quote(parent) : 'null'}, ${isco}, ${quote(nameLt)}, ${quote(nameEn)}, ${quote(searchKey(`${code} ${nameLt} ${nameEn}`))})`;
});
process.stdout.write(`-- ISCO-08, all four levels, Lithuanian and English names: generated from data/isco-08.csv
-- by scripts/occupations-sql.ts (sources and reuse terms: data/README.md).
insert into occupations (scheme, code, level, parent_code, isco_code, name_lt, name_en, search_key) values
${rows.join(',\n')};
`);
