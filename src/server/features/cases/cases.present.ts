import type { Language } from '../../../contracts/roles.ts';
import type {
  Case, CaseListItem, CaseOutcome, CaseStage, CaseTeamRole, StageCondition, TimelineEntry, TodayAppointment,
} from '../../../contracts/cases.ts';
import type { CaseFacts } from './workflow.rules.ts';
import type { CaseDetailsRow, CaseloadRow, CaseTeamRow, DayAppointmentRow, TimelineRow } from './cases.queries.ts';
import { fullName } from '../../shared/text.ts';

// Whitelists: a case leaves the server with names, never with raw rows. The participant's
// name only for those who may read participants there (as tasks do, decision 0023).

const nameIn = (language: Language, lt: string, en: string | null) => (language === 'en' && en ? en : lt);
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function presentCase(
  row: CaseDetailsRow,
  team: CaseTeamRow[],
  facts: CaseFacts,
  next: { stages: CaseStage[]; waitingFor: { stage: CaseStage; condition: StageCondition } | null },
  language: Language,
  showParticipant: boolean,
  suggestedOutcome: CaseOutcome | null = null,
): Case {
  return {
    id: row.id,
    participant: showParticipant ? { id: row.participant_id, name: fullName(row.first_name, row.last_name) } : null,
    programme: { id: row.programme_id, name: nameIn(language, row.programme_name_lt, row.programme_name_en) },
    organisationId: row.organisation_id,
    stage: row.stage as CaseStage,
    nextStages: next.stages,
    waitingFor: next.waitingFor,
    facts,
    caseManager: row.case_manager_id ? { id: row.case_manager_id, name: fullName(row.manager_first_name, row.manager_last_name) } : null,
    team: team.map((member) => ({ userId: member.user_id, name: fullName(member.first_name, member.last_name), role: member.role as CaseTeamRole })),
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    outcome: row.outcome as CaseOutcome | null,
    outcomeOn: row.outcome_on,
    outcomeNote: row.outcome_note,
    esfResults: {
      jobSearching: row.result_job_searching,
      educationOrTraining: row.result_education_or_training,
      qualification: row.result_qualification,
      employed: row.result_employed,
      employed6Months: row.result_employed_6_months,
      improved6Months: row.result_improved_6_months,
    },
    suggestedOutcome,
    version: row.version,
  };
}

export function presentCaseloadItem(row: CaseloadRow, userId: string, language: Language, showParticipant: boolean): CaseListItem {
  const roles = new Set(row.my_roles as CaseTeamRole[]);
  if (row.case_manager_id === userId) roles.add('case_manager');
  return {
    id: row.id,
    participant: showParticipant ? { id: row.participant_id, name: fullName(row.first_name, row.last_name) } : null,
    programme: { id: row.programme_id, name: nameIn(language, row.programme_name_lt, row.programme_name_en) },
    organisationId: row.organisation_id,
    stage: row.stage as CaseStage,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    myRoles: [...roles],
    overdueTasks: Number(row.overdue_tasks),
    nextAppointmentAt: row.next_appointment_at ? iso(row.next_appointment_at) : null,
  };
}

export function presentDayAppointment(row: DayAppointmentRow, showParticipant: boolean): TodayAppointment {
  return {
    id: row.id,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    caseId: row.case_id,
    participant: row.participant_id && showParticipant ? { id: row.participant_id, name: fullName(row.first_name, row.last_name) } : null,
    place: row.place as TodayAppointment['place'],
    centreName: row.centre_name,
    village: row.village,
    status: row.status,
  };
}

export function presentTimelineEntry(row: TimelineRow): TimelineEntry {
  const details = typeof row.details === 'string' ? JSON.parse(row.details) : row.details;
  return {
    id: String(row.id),
    at: iso(row.occurred_at),
    kind: row.kind,
    actor: row.actor_id ? { id: row.actor_id, name: fullName(row.first_name, row.last_name) } : null,
    params: (details ?? {}) as Record<string, unknown>,
  };
}
