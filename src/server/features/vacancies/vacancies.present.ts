import type { HoursKind, VacancyStatus } from '../../../contracts/employment.ts';
import type { Language } from '../../../contracts/roles.ts';
import type { Vacancy, VacancyListItem } from '../../../contracts/vacancies.ts';
import type { VacancyRow } from './vacancies.queries.ts';
import { isBelowMinimum, vacancyWarnings } from './vacancies.rules.ts';

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());
const occupationName = (row: VacancyRow, language: Language) => (language === 'en' ? row.occupation_en : row.occupation_lt) ?? row.isco_code;
const wageFacts = (row: VacancyRow) => ({
  hours: row.hours as HoursKind, hoursPerWeek: row.hours_per_week, wageMinCents: row.wage_min_cents, wageMaxCents: row.wage_max_cents,
});

export function presentVacancy(row: VacancyRow, language: Language, minimumMonthlyCents: number): Vacancy {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    iscoCode: row.isco_code,
    occupationName: occupationName(row, language),
    title: row.title,
    description: row.description,
    municipalityCode: row.municipality_code,
    eldership: row.eldership,
    address: row.address,
    hours: row.hours as HoursKind,
    hoursPerWeek: row.hours_per_week,
    wageMinCents: row.wage_min_cents,
    wageMaxCents: row.wage_max_cents,
    skills: row.skills,
    languages: row.languages,
    drivingLicenceRequired: row.driving_licence_required,
    adaptations: row.adaptations,
    positions: row.positions,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status as VacancyStatus,
    source: row.source,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
    warnings: vacancyWarnings(wageFacts(row), minimumMonthlyCents, language),
  };
}

export function presentVacancyListItem(row: VacancyRow, language: Language, minimumMonthlyCents: number): VacancyListItem {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    iscoCode: row.isco_code,
    occupationName: occupationName(row, language),
    title: row.title,
    municipalityCode: row.municipality_code,
    hours: row.hours as HoursKind,
    hoursPerWeek: row.hours_per_week,
    wageMinCents: row.wage_min_cents,
    wageMaxCents: row.wage_max_cents,
    positions: row.positions,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status as VacancyStatus,
    wageBelowMinimum: isBelowMinimum(wageFacts(row), minimumMonthlyCents),
  };
}
