import type { Centre, CentreCreate, CentreUpdate } from '../../../../contracts/centres.ts';
import { useCreateRecord, useRecord, useRecordList, useUpdateRecord } from '../../../lib/resource.ts';

export interface CentreFilter { q: string; organisationId: string; page: number; pageSize: number }

export const useCentres = (filter: CentreFilter) => useRecordList<Centre>('centres', { ...filter });
export const useCentre = (id: string) => useRecord<Centre>('centres', id);
export const useCreateCentre = () => useCreateRecord<Centre, CentreCreate>('centres', ['organisations', 'home']);
export const useUpdateCentre = (id: string) => useUpdateRecord<Centre, CentreUpdate>('centres', id, ['home']);
