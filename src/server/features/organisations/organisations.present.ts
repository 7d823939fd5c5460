import type { Organisation } from '../../../contracts/organisations.ts';
import type { OrganisationRow } from './organisations.queries.ts';

export function presentOrganisation(row: NonNullable<OrganisationRow>): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    companyCode: row.company_code,
    address: row.address,
    email: row.email,
    phone: row.phone,
    centreCount: Number(row.centre_count ?? 0),
    staffCount: Number(row.staff_count ?? 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
