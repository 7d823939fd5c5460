import type { Centre } from '../../../contracts/centres.ts';
import type { CentreRow } from './centres.queries.ts';

export function presentCentre(row: CentreRow): Centre {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.name,
    address: row.address,
    municipality: row.municipality,
    openingHours: row.opening_hours,
    workstations: row.workstations,
    coordinatorId: row.coordinator_id,
    coordinatorName: row.coordinator_id ? `${row.coordinator_first_name} ${row.coordinator_last_name}` : null,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
