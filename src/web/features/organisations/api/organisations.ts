import type { Organisation } from '../../../../contracts/organisations.ts';
import type { OrganisationKind } from '../../../../contracts/roles.ts';
import { useCreateRecord, useRecord, useRecordList, useUpdateRecord } from '../../../lib/resource.ts';

export interface OrganisationFilter { q: string; kind: string; page: number; pageSize: number }
// Written out here: the contract's Static types turn its mapped literal unions into never.
export interface OrganisationBody { name: string; kind: OrganisationKind; companyCode?: string; address?: string; email?: string; phone?: string }
export type OrganisationChange = Partial<OrganisationBody> & { version: number };

export const useOrganisations = (filter: OrganisationFilter) => useRecordList<Organisation>('organisations', { ...filter });
export const useOrganisation = (id: string) => useRecord<Organisation>('organisations', id);
export const useCreateOrganisation = () => useCreateRecord<Organisation, OrganisationBody>('organisations');
export const useUpdateOrganisation = (id: string) => useUpdateRecord<Organisation, OrganisationChange>('organisations', id, ['home']);
