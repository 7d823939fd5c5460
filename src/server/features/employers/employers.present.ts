import type { ContactPerson, Employer, EmployerContact, EmployerListItem, EmployerVacancySummary } from '../../../contracts/employers.ts';
import type { VacancyStatus } from '../../../contracts/employment.ts';
import type { EmployerContactRow } from './employer-contacts.queries.ts';
import type { ContactPersonRow, EmployerListRow, EmployerRow } from './employers.queries.ts';

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());
const fullName = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last ?? ''}`.trim());

export function presentContactPerson(row: ContactPersonRow): ContactPerson {
  return { id: row.id, employerId: row.employer_id, name: row.name, position: row.position, phone: row.phone, email: row.email };
}

/**
 * A contact; one made for a person's case shows the case, the person and the notes only to
 * readers of that case (`readableCases`): the employer's page is read more widely than cases.
 */
export function presentContact(row: EmployerContactRow, readableCases: ReadonlySet<string>): EmployerContact {
  const open = row.case_id === null || readableCases.has(row.case_id);
  return {
    id: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    contactedOn: row.contacted_on,
    kind: row.kind,
    staffId: row.staff_id,
    staffName: `${row.staff_first_name} ${row.staff_last_name}`,
    contactPersonId: row.contact_person_id,
    contactPersonName: row.contact_person_name,
    forCase: row.case_id !== null,
    caseId: open ? row.case_id : null,
    participantName: open ? fullName(row.participant_first_name, row.participant_last_name) : null,
    vacancyId: row.vacancy_id,
    vacancyTitle: row.vacancy_title,
    notes: open ? row.notes : null,
    createdAt: iso(row.created_at),
  };
}

export function presentListItem(row: EmployerListRow): EmployerListItem {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    companyCode: row.company_code,
    sector: row.sector,
    municipalityCode: row.municipality_code,
    coachId: row.coach_id,
    coachName: fullName(row.coach_first_name, row.coach_last_name),
    offersTrialPractice: row.offers_trial_practice,
    offersApprenticeships: row.offers_apprenticeships,
    offersAdaptedWorkplaces: row.offers_adapted_workplaces,
    openVacancies: Number(row.open_vacancies ?? 0),
    lastContactOn: (row.last_contact_on as string | null) ?? null,
  };
}

export function presentVacancySummary(row: { id: string; title: string; isco_code: string; status: string; opens_on: string; closes_on: string | null; positions: number }): EmployerVacancySummary {
  return { id: row.id, title: row.title, iscoCode: row.isco_code, status: row.status as VacancyStatus, opensOn: row.opens_on, closesOn: row.closes_on, positions: row.positions };
}

export function presentEmployer(
  row: EmployerRow,
  parts: { contactPersons: ContactPersonRow[]; openVacancies: Parameters<typeof presentVacancySummary>[0][]; lastContacts: EmployerContact[] },
): Employer {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.name,
    companyCode: row.company_code,
    sector: row.sector,
    address: row.address,
    municipalityCode: row.municipality_code,
    eldership: row.eldership,
    phone: row.phone,
    email: row.email,
    website: row.website,
    offersTrialPractice: row.offers_trial_practice,
    offersApprenticeships: row.offers_apprenticeships,
    offersAdaptedWorkplaces: row.offers_adapted_workplaces,
    coachId: row.coach_id,
    coachName: fullName(row.coach_first_name, row.coach_last_name),
    notes: row.notes,
    contactPersons: parts.contactPersons.map(presentContactPerson),
    openVacancies: parts.openVacancies.map(presentVacancySummary),
    lastContacts: parts.lastContacts,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}
