import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';
import type { ExistingPerson, NameBirthCandidate, PersonRecord } from './import.rules.ts';

// All SQL of importing people. Rows travel as one JSON parameter per statement
// (json_to_recordset), so a chunk of thousands of rows is one round trip with no limit
// on bind parameters, on PGlite and PostgreSQL alike.

/** How many rows one INSERT or UPDATE statement carries. */
export const WRITE_CHUNK = 2000;

const PERSON_COLUMNS = sql`
  id uuid, first_name text, last_name text, sort_key text, search_key text, name_key text, personal_code text,
  birth_date date, sex text, email text, phone text, address text, municipality text, municipality_code text, eldership text, languages text[],
  education_level smallint, labour_market_status text, registered_unemployed_since date, not_working_since date,
  receives_social_assistance boolean, social_assistance_since date, target_groups text[]`;

export interface StoredPerson {
  id: string;
  first_name: string;
  last_name: string;
  sort_key: string;
  search_key: string;
  name_key: string;
  personal_code: string | null;
  birth_date: string | null;
  sex: string | null;
  email: string;
  phone: string;
  address: string;
  municipality: string;
  /** municipalityCodeOf(municipality). */
  municipality_code: string | null;
  eldership: string;
  languages: string[];
  education_level: number | null;
  labour_market_status: string | null;
  registered_unemployed_since: string | null;
  not_working_since: string | null;
  receives_social_assistance: boolean | null;
  social_assistance_since: string | null;
  target_groups: string[];
  /** The version read; an update applies only if the row still has it. */
  version?: number;
}

/** The organisation's people holding these personal codes, with the version read (updates check it). */
export async function findByCodes(db: Database, organisationId: string, codes: readonly string[]): Promise<ExistingPerson[]> {
  if (codes.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    select p.id, p.first_name, p.last_name, p.personal_code, p.birth_date, p.sex, p.email, p.phone, p.address, p.municipality,
      p.eldership, p.languages, p.education_level, p.labour_market_status, p.registered_unemployed_since, p.not_working_since,
      p.receives_social_assistance, p.social_assistance_since, p.target_groups, p.version
    from participants p
    where p.organisation_id = ${organisationId}
      and p.personal_code in (select jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))`.execute(db);
  return rows.map((row) => ({
    id: row.id as string,
    firstName: row.first_name as string,
    lastName: row.last_name as string,
    personalCode: row.personal_code as string | null,
    birthDate: row.birth_date as string | null,
    sex: row.sex as ExistingPerson['sex'],
    email: row.email as string,
    phone: row.phone as string,
    address: row.address as string,
    municipality: row.municipality as string,
    eldership: row.eldership as string,
    languages: row.languages as string[],
    educationLevel: row.education_level as number | null,
    labourMarketStatus: row.labour_market_status as ExistingPerson['labourMarketStatus'],
    registeredUnemployedSince: row.registered_unemployed_since as string | null,
    notWorkingSince: row.not_working_since as string | null,
    receivesSocialAssistance: row.receives_social_assistance as boolean | null,
    socialAssistanceSince: row.social_assistance_since as string | null,
    targetGroups: row.target_groups as string[],
    version: row.version as number,
  }));
}

/** The organisation's people with one of these (name_key, birth date) pairs. */
export async function findByNameAndBirth(db: Database, organisationId: string, pairs: readonly { nameKey: string; birthDate: string }[]): Promise<NameBirthCandidate[]> {
  if (pairs.length === 0) return [];
  const { rows } = await sql<{ id: string; name_key: string; birth_date: string; personal_code: string | null }>`
    select p.id, p.name_key, p.birth_date, p.personal_code
    from participants p
    join (select distinct * from json_to_recordset(${JSON.stringify(pairs)}::json) as x("nameKey" text, "birthDate" date)) wanted
      on p.name_key = wanted."nameKey" and p.birth_date = wanted."birthDate"
    where p.organisation_id = ${organisationId}`.execute(db);
  return rows.map((row) => ({ id: row.id, nameKey: row.name_key, birthDate: row.birth_date, personalCode: row.personal_code }));
}

export async function insertPeople(db: Database, organisationId: string, people: readonly StoredPerson[]): Promise<void> {
  await sql`
    insert into participants (
      id, organisation_id, first_name, last_name, sort_key, search_key, name_key, personal_code, birth_date, sex, email, phone,
      address, municipality, municipality_code, eldership, languages, education_level, labour_market_status, registered_unemployed_since,
      not_working_since, receives_social_assistance, social_assistance_since, target_groups)
    select id, ${organisationId}::uuid, first_name, last_name, sort_key, search_key, name_key, personal_code, birth_date, sex, email, phone,
      address, municipality, municipality_code, eldership, languages, education_level, labour_market_status, registered_unemployed_since,
      not_working_since, receives_social_assistance, social_assistance_since, target_groups
    from json_to_recordset(${JSON.stringify(people)}::json) as v(${PERSON_COLUMNS})`.execute(db);
}

/**
 * Writes every field of each person (the service has merged the file's cells into what was
 * stored) and bumps the version, only where the version is still the one read; answers how
 * many rows changed, so the caller can tell when someone else changed a person meanwhile.
 */
export async function updatePeople(db: Database, people: readonly StoredPerson[]): Promise<number> {
  const result = await sql`
    update participants p set
      first_name = v.first_name, last_name = v.last_name, sort_key = v.sort_key, search_key = v.search_key, name_key = v.name_key,
      personal_code = v.personal_code, birth_date = v.birth_date, sex = v.sex, email = v.email, phone = v.phone, address = v.address,
      municipality = v.municipality, municipality_code = v.municipality_code, eldership = v.eldership, languages = v.languages, education_level = v.education_level,
      labour_market_status = v.labour_market_status, registered_unemployed_since = v.registered_unemployed_since,
      not_working_since = v.not_working_since, receives_social_assistance = v.receives_social_assistance,
      social_assistance_since = v.social_assistance_since, target_groups = v.target_groups,
      updated_at = now(), version = p.version + 1
    from json_to_recordset(${JSON.stringify(people)}::json) as v(${PERSON_COLUMNS}, version integer)
    where p.id = v.id and p.version = v.version`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface AuditRow {
  action: string;
  entity_id: string;
  details: Record<string, unknown>;
}

/**
 * One audit entry per changed participant, written like `recordAudit` does (same columns,
 * same transaction) but many per statement.
 */
export async function recordAuditEntries(
  db: Database,
  source: { actorId: string; actorName: string; ip: string; organisationId: string },
  entries: readonly AuditRow[],
): Promise<void> {
  await sql`
    insert into audit_log (actor_id, actor_name, action, entity_type, entity_id, organisation_id, ip, outcome, details)
    select ${source.actorId}::uuid, ${source.actorName}, action, 'participant', entity_id, ${source.organisationId}::uuid, ${source.ip}, 'ok', details
    from json_to_recordset(${JSON.stringify(entries)}::json) as v(action text, entity_id text, details jsonb)`.execute(db);
}
