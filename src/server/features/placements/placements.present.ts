import type { PlacementEndReason, PlacementKind } from '../../../contracts/employment.ts';
import type { FadingStep, FollowUp, Placement, PlacementListItem, SupportEntry } from '../../../contracts/placements.ts';
import type { Language } from '../../../contracts/roles.ts';
import type { FollowUpRow, PlacementRow, SupportRow } from './placements.queries.ts';
import { followUpOpensOn, followUpStatus, isActive, placementWarnings } from './placements.rules.ts';
import { placementWeek } from './fading.rules.ts';

// Whitelists: a placement leaves the server with names, never as a raw row.

const nameIn = (language: Language, lt: string | null, en: string | null) => (language === 'en' && en ? en : lt ?? '');
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function fadingPlanOf(row: Pick<PlacementRow, 'fading_plan'>): FadingStep[] {
  const plan = typeof row.fading_plan === 'string' ? JSON.parse(row.fading_plan) : row.fading_plan;
  return Array.isArray(plan) ? (plan as FadingStep[]) : [];
}

export function presentListItem(row: PlacementRow, language: Language, today: string): PlacementListItem {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as PlacementKind,
    employer: row.employer_id ? { id: row.employer_id, name: row.employer_name ?? '' } : null,
    iscoCode: row.isco_code,
    occupationName: nameIn(language, row.occupation_name_lt, row.occupation_name_en),
    jobTitle: row.job_title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endedOn: row.ended_on,
    active: isActive({ startsOn: row.starts_on, endedOn: row.ended_on }, today),
  };
}

export function presentFollowUp(row: FollowUpRow, today: string): FollowUp {
  return {
    months: row.months,
    dueOn: row.due_on,
    opensOn: followUpOpensOn(row.due_on),
    taskId: row.task_id,
    status: followUpStatus({ dueOn: row.due_on, recordedOn: row.recorded_on }, today),
    stillEmployed: row.still_employed,
    sameEmployer: row.same_employer,
    recordedOn: row.recorded_on,
    recordedBy: row.recorded_by ? { id: row.recorded_by, name: `${row.recorder_first_name ?? ''} ${row.recorder_last_name ?? ''}`.trim() } : null,
    notes: row.notes,
  };
}

export function presentPlacement(
  row: PlacementRow,
  parts: { followUps: FollowUpRow[]; support: Placement['support']; caseOpen: boolean },
  reader: { language: Language; showParticipant: boolean; minimumMonthlyWageCents: number },
  today: string,
): Placement {
  const kind = row.kind as PlacementKind;
  return {
    ...presentListItem(row, reader.language, today),
    organisationId: row.organisation_id,
    participant: reader.showParticipant ? { id: row.participant_id, name: `${row.participant_first_name} ${row.participant_last_name}` } : null,
    vacancy: row.vacancy_id ? { id: row.vacancy_id, title: row.vacancy_title ?? '' } : null,
    occupationNameLt: row.occupation_name_lt ?? '',
    occupationNameEn: row.occupation_name_en ?? '',
    hoursPerWeek: row.hours_per_week,
    wageMonthlyCents: row.wage_monthly_cents,
    supportAgreed: row.support_agreed,
    fadingPlan: fadingPlanOf(row),
    endReason: row.end_reason as PlacementEndReason | null,
    followUps: parts.followUps.map((f) => presentFollowUp(f, today)),
    support: parts.support,
    warnings: placementWarnings({ kind, wageMonthlyCents: row.wage_monthly_cents, hoursPerWeek: row.hours_per_week }, reader.minimumMonthlyWageCents, reader.language),
    caseOpen: parts.caseOpen,
    createdAt: iso(row.created_at),
    version: row.version,
  };
}

export function presentSupport(row: SupportRow, startsOn: string): SupportEntry {
  return {
    id: row.id,
    deliveredOn: row.delivered_on,
    durationMinutes: row.duration_minutes,
    onTheJob: row.place === 'employer',
    notes: row.notes,
    providerName: `${row.provider_first_name} ${row.provider_last_name}`,
    week: placementWeek(startsOn, row.delivered_on),
  };
}
