import type { DuplicateCandidate, Participant, ParticipantListItem } from '../../../contracts/participants.ts';
import type { ParticipantListRow, ParticipantRow } from './participants.queries.ts';
import { maskPersonalCode } from './participants.rules.ts';

// Whitelists: special-category data is never read by these queries and never named here;
// the full personal code leaves the server only on the profile.

export function presentParticipant(row: ParticipantRow, consentWarnings: string[]): Participant {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    firstName: row.first_name,
    lastName: row.last_name,
    personalCode: row.personal_code,
    birthDate: row.birth_date,
    sex: row.sex,
    email: row.email,
    phone: row.phone,
    address: row.address,
    municipality: row.municipality,
    eldership: row.eldership,
    languages: row.languages,
    educationLevel: row.education_level,
    labourMarketStatus: row.labour_market_status,
    registeredUnemployedSince: row.registered_unemployed_since,
    notWorkingSince: row.not_working_since,
    receivesSocialAssistance: row.receives_social_assistance,
    socialAssistanceSince: row.social_assistance_since,
    targetGroups: row.target_groups,
    consentWarnings,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export function presentListItem(row: ParticipantListRow): ParticipantListItem {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    firstName: row.first_name,
    lastName: row.last_name,
    personalCodeMasked: maskPersonalCode(row.personal_code),
    birthDate: row.birth_date,
    sex: row.sex,
    municipality: row.municipality,
    eldership: row.eldership,
    labourMarketStatus: row.labour_market_status,
    targetGroups: row.target_groups,
  };
}

export function presentCandidate(row: { id: string; first_name: string; last_name: string; birth_date: string | null }): DuplicateCandidate {
  return { id: row.id, firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date };
}
