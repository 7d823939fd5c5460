import type { Consent, SpecialData } from '../../../contracts/participants.ts';
import type { SpecialDataRow } from './special-data.queries.ts';
import type { ConsentRow } from './consents.queries.ts';
import { isLive } from './participants.rules.ts';

export function presentSpecialData(
  participantId: string,
  row: SpecialDataRow | undefined,
  basis: { id: string; legal_basis: string; given_on: string } | undefined,
): SpecialData {
  return {
    participantId,
    disability: (row?.disability ?? 'not_asked') as SpecialData['disability'],
    minority: (row?.minority ?? 'not_asked') as SpecialData['minority'],
    minorityGroup: row?.minority_group ?? '',
    migrantStatus: (row?.migrant_status ?? 'not_asked') as SpecialData['migrantStatus'],
    healthLimits: (row?.health_limits ?? 'not_asked') as SpecialData['healthLimits'],
    healthNotes: row?.health_notes ?? '',
    legalBasis: basis ? { consentId: basis.id, legalBasis: basis.legal_basis, givenOn: basis.given_on } : null,
    updatedAt: row ? row.updated_at.toISOString() : null,
    version: row?.version ?? 0,
  };
}

const fullName = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last}`);

export function presentConsent(row: ConsentRow, today: string): Consent {
  return {
    id: row.id,
    participantId: row.participant_id,
    purpose: row.purpose,
    legalBasis: row.legal_basis,
    givenOn: row.given_on,
    recordedByName: fullName(row.recorder_first_name, row.recorder_last_name),
    document: row.document_id
      ? { id: row.document_id, fileName: row.file_name!, contentType: row.content_type!, sizeBytes: row.size_bytes! }
      : null,
    withdrawnOn: row.withdrawn_on,
    withdrawnRecordedByName: fullName(row.withdrawer_first_name, row.withdrawer_last_name),
    live: isLive(row, today),
    createdAt: row.created_at.toISOString(),
  };
}
