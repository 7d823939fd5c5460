import { sql } from 'kysely';
import type { Database } from '../../db/connect.ts';

// SQL of employer contacts: the employer's relationship history and, for contacts made for
// a person (case_id), that person's job-finding log. Other features (supported employment,
// placements, fidelity figures) record contacts through `insertEmployerContact`.

export interface EmployerContactValues {
  organisationId: string;
  employerId: string;
  contactedOn: string;
  kind: string;
  staffId: string;
  contactPersonId?: string | null;
  caseId?: string | null;
  vacancyId?: string | null;
  notes?: string;
  documentId?: string | null;
  createdBy: string | null;
}

/** Writes one contact and answers its id. Checks (access, same organisation, dates) are the caller's. */
export async function insertEmployerContact(db: Database, values: EmployerContactValues): Promise<string> {
  const { id } = await db.insertInto('employer_contacts').values({
    organisation_id: values.organisationId,
    employer_id: values.employerId,
    contacted_on: values.contactedOn,
    kind: values.kind,
    staff_id: values.staffId,
    contact_person_id: values.contactPersonId ?? null,
    case_id: values.caseId ?? null,
    vacancy_id: values.vacancyId ?? null,
    notes: values.notes ?? '',
    document_id: values.documentId ?? null,
    created_by: values.createdBy,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

function selectContacts(db: Database) {
  return db.selectFrom('employer_contacts as c')
    .innerJoin('employers as e', 'e.id', 'c.employer_id')
    .innerJoin('users as s', 's.id', 'c.staff_id')
    .leftJoin('employer_contact_persons as p', 'p.id', 'c.contact_person_id')
    .leftJoin('vacancies as v', 'v.id', 'c.vacancy_id')
    .leftJoin('cases as k', 'k.id', 'c.case_id')
    .leftJoin('participants as pa', 'pa.id', 'k.participant_id')
    .select([
      'c.id', 'c.organisation_id', 'c.employer_id', 'e.name as employer_name', 'c.contacted_on', 'c.kind', 'c.staff_id',
      's.first_name as staff_first_name', 's.last_name as staff_last_name', 'c.contact_person_id', 'p.name as contact_person_name',
      'c.case_id', 'pa.first_name as participant_first_name', 'pa.last_name as participant_last_name',
      'c.vacancy_id', 'v.title as vacancy_title', 'c.notes', 'c.created_at',
    ]);
}

export type EmployerContactRow = Awaited<ReturnType<typeof findContact>>;

export async function findContact(db: Database, id: string) {
  return (await selectContacts(db).where('c.id', '=', id).executeTakeFirst())!;
}

export interface ContactCursor { contactedOn: string; id: string }

/** An employer's contacts, newest first, in keyset pages along (contacted_on desc, id). */
export function contactsOfEmployer(db: Database, employerId: string, cursor: ContactCursor | null, limit: number) {
  let query = selectContacts(db).where('c.employer_id', '=', employerId);
  if (cursor) {
    query = query.where(sql<boolean>`(c.contacted_on < ${cursor.contactedOn}::date or (c.contacted_on = ${cursor.contactedOn}::date and c.id > ${cursor.id}::uuid))`);
  }
  return query.orderBy('c.contacted_on', 'desc').orderBy('c.id').limit(limit).execute();
}

/** A case's job-finding log, newest first. */
export function contactsOfCase(db: Database, caseId: string, limit: number) {
  return selectContacts(db).where('c.case_id', '=', caseId).orderBy('c.contacted_on', 'desc').orderBy('c.created_at', 'desc').limit(limit).execute();
}

export async function firstContactOfCase(db: Database, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('employer_contacts').select((eb) => eb.fn.min('contacted_on').as('first')).where('case_id', '=', caseId).executeTakeFirst();
  return (row?.first as string | null | undefined) ?? null;
}

/** Of these cases, those where the user is in the team (to show a contact's case and notes). */
export async function casesWhereMember(db: Database, caseIds: readonly string[], userId: string): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db.selectFrom('case_members').select('case_id').where('case_id', 'in', [...caseIds]).where('user_id', '=', userId).execute();
  return new Set(rows.map((row) => row.case_id));
}

export async function contactPersonOf(db: Database, id: string) {
  return db.selectFrom('employer_contact_persons').select(['id', 'employer_id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function vacancyOf(db: Database, id: string) {
  return db.selectFrom('vacancies').select(['id', 'employer_id', 'title']).where('id', '=', id).executeTakeFirst();
}
