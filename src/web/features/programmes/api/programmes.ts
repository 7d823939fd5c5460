import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { BulkScreening, BulkScreeningRequest, Rule, Screening } from '../../../../contracts/eligibility.ts';
import type { ProgrammeSummary, RuleSetCreate, Enrolment, EnrolmentCreate, EnrolmentExit, Programme, ProgrammeCreate, ProgrammeTemplate, ProgrammeUpdate, RuleSet } from '../../../../contracts/programmes.ts';
import { LIMITS } from '../../../../contracts/limits.ts';
import { api, withQuery } from '../../../lib/api-client.ts';
import { useCreateRecord, useRecord, useRecordList, useUpdateRecord } from '../../../lib/resource.ts';

export type ProgrammeSummaryItem = Static<typeof ProgrammeSummary>;
export type Template = Static<typeof ProgrammeTemplate>;
export type RuleSetWithTree = Omit<RuleSet, 'rules'> & { rules: Rule };

export const useProgrammes = (filter: { page: number; q?: string } = { page: 1 }) =>
  useRecordList<ProgrammeSummaryItem>('programmes', { ...filter, pageSize: LIMITS.pageSizeMax });
export const useProgramme = (id: string) => useRecord<Programme>('programmes', id);
export const useCreateProgramme = () => useCreateRecord<Programme, ProgrammeCreate>('programmes');
export const useUpdateProgramme = (id: string) => useUpdateRecord<Programme, ProgrammeUpdate>('programmes', id);

export function useTemplates(enabled: boolean) {
  return useQuery({ queryKey: ['programmes', 'templates'], queryFn: () => api<Template[]>('/api/programme-templates'), enabled, staleTime: Infinity });
}

export function useRuleSets(programmeId: string) {
  return useQuery({ queryKey: ['programmes', 'rule-sets', programmeId], queryFn: () => api<RuleSetWithTree[]>(`/api/programmes/${programmeId}/rule-sets`) });
}

export function useAddRuleSet(programmeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RuleSetCreate) => api<RuleSetWithTree>(`/api/programmes/${programmeId}/rule-sets`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['programmes', 'rule-sets', programmeId] }),
  });
}

export function useEnrolments(programmeId: string) {
  return useQuery({ queryKey: ['enrolments', 'programme', programmeId], queryFn: () => api<Enrolment[]>(`/api/programmes/${programmeId}/enrolments`) });
}

export function useProgrammeHistory(participantId: string) {
  return useQuery({ queryKey: ['enrolments', 'participant', participantId], queryFn: () => api<Enrolment[]>(`/api/participants/${participantId}/programmes`) });
}

/** A person's stored screenings for each of the programmes, newest first. */
export function useScreeningsOf(participantId: string, programmeIds: readonly string[]) {
  return useQuery({
    queryKey: ['screenings', participantId, programmeIds],
    queryFn: async () => (await Promise.all(programmeIds.map((id) => api<Screening[]>(withQuery(`/api/programmes/${id}/screenings`, { participantId }))))).flat(),
    enabled: programmeIds.length > 0,
  });
}

export function useScreen(programmeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { participantId: string; date?: string }) => api<Screening>(`/api/programmes/${programmeId}/screenings`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['screenings'] }),
  });
}

/** Enrolments change the programme's counts, its lists and the person's history. */
function useEnrolmentChange<Body>(request: (body: Body) => Promise<Enrolment>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['enrolments'] });
      void client.invalidateQueries({ queryKey: ['programmes'] });
      void client.invalidateQueries({ queryKey: ['screenings'] });
    },
  });
}

export const useEnrol = (programmeId: string) =>
  useEnrolmentChange((body: EnrolmentCreate) => api<Enrolment>(`/api/programmes/${programmeId}/enrolments`, { method: 'POST', body }));
export const useExit = () =>
  useEnrolmentChange(({ id, ...body }: EnrolmentExit & { id: string }) => api<Enrolment>(`/api/enrolments/${id}/exit`, { method: 'POST', body }));

export function useBulkScreening(programmeId: string) {
  return useMutation({
    mutationFn: (body: BulkScreeningRequest) => api<BulkScreening>(`/api/programmes/${programmeId}/screenings/bulk`, { method: 'POST', body }),
  });
}
