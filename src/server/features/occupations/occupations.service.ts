import type { Context } from '../../http/context.ts';
import { demand } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import type { Language } from '../../../contracts/roles.ts';
import { OCCUPATION_LIMITS, type Occupation, type OccupationQuery } from '../../../contracts/occupations.ts';
import * as q from './occupations.queries.ts';

// ISCO-08 is a public classification, not personal data: any signed-in staff member reads
// it, and reads are not audited.

export function presentOccupation(row: q.OccupationRow, language: Language): Occupation {
  return {
    code: row.code, level: row.level, parentCode: row.parent_code,
    name: language === 'en' ? row.name_en : row.name_lt, nameLt: row.name_lt, nameEn: row.name_en,
  };
}

/** The codes above `code`: "7212" → "7", "72", "721". */
export function ancestorCodes(code: string): string[] {
  return Array.from({ length: code.length - 1 }, (_, index) => code.slice(0, index + 1));
}

export async function search(ctx: Context, query: OccupationQuery) {
  demand(ctx.actor, 'organisation.read');
  const rows = await q.searchOccupations(ctx.db, query.q, query.level ?? 4, query.limit ?? OCCUPATION_LIMITS.limitDefault);
  return { items: rows.map((row) => presentOccupation(row, ctx.language)) };
}

export async function show(ctx: Context, code: string) {
  demand(ctx.actor, 'organisation.read');
  const rows = await q.findOccupations(ctx.db, [code, ...ancestorCodes(code)]);
  const row = rows.find((item) => item.code === code);
  if (!row) throw errors.notFound();
  return {
    ...presentOccupation(row, ctx.language),
    ancestors: rows.filter((item) => item.code !== code).map((item) => presentOccupation(item, ctx.language)),
  };
}
