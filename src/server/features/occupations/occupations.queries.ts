import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import { likePattern, searchKey } from '../../shared/text.ts';

// SQL of the ISCO-08 occupations (migration 0006). Words of digits match the start of the
// code ("72" finds 7211–7215); other words anywhere in the folded "code name_lt name_en"
// (trigram index occupations_search), so "suvirint" finds the welders.

const COLUMNS = ['code', 'level', 'parent_code', 'name_lt', 'name_en'] as const;

export type OccupationRow = { code: string; level: number; parent_code: string | null; name_lt: string; name_en: string };

/** Similar enough to count when no occupation contains the word ("programuot" ~ "programines"). */
const SIMILARITY = 0.6;

export async function searchOccupations(db: Database, q: string | undefined, level: number, limit: number): Promise<OccupationRow[]> {
  const words = (q ?? '').split(/\s+/).filter(Boolean);
  const run = (fuzzy: boolean) => {
    let query = db.selectFrom('occupations').select(COLUMNS).where('scheme', '=', 'isco08').where('level', '=', level);
    for (const word of words) {
      if (/^[0-9]+$/.test(word)) query = query.where(sql<boolean>`code like ${`${word}%`}`);
      else if (fuzzy) query = query.where(sql<boolean>`word_similarity(${searchKey(word)}, search_key) >= ${SIMILARITY}`);
      else query = query.where(sql<boolean>`search_key like ${likePattern(word)}`);
    }
    return query.orderBy(sql`code collate "C"`).limit(limit).execute();
  };
  const exact = await run(false);
  // People type the job's everyday name ("programuotojas"); the classification names it
  // otherwise ("Programinės įrangos kūrėjai"). Only when nothing contains the words, similar
  // words are accepted: the 619 rows make this cheap.
  if (exact.length > 0 || !words.some((word) => !/^[0-9]+$/.test(word) && searchKey(word).length >= 4)) return exact;
  return run(true);
}

export function findOccupations(db: Database, codes: readonly string[]): Promise<OccupationRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('occupations').select(COLUMNS).where('scheme', '=', 'isco08').where('code', 'in', [...codes]).orderBy(sql`code collate "C"`).execute();
}

/** The ISCO-08 unit groups (4 digits) among `codes` that exist. */
export async function existingUnitGroups(db: Database, codes: readonly string[]): Promise<Set<string>> {
  const rows = await findOccupations(db, codes.filter((code) => /^[0-9]{4}$/.test(code)));
  return new Set(rows.filter((row) => row.level === 4).map((row) => row.code));
}
