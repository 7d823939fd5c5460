import type { EmployerContactKind, SupportedEmploymentStage } from '../../../contracts/employment.ts';
import type { FidelityFigures, MyEmployerContact, MyFollowUp, MyParticipant } from '../../../contracts/fidelity.ts';
import type { MyContactRow, MyFollowUpRow, MyParticipantRow } from './fidelity.queries.ts';
import { daysFrom } from '../../shared/dates.ts';
import { FIRST_CONTACT_DAYS, periodDays, periodWeeks, round, type CoachFigures, type Period } from './fidelity.rules.ts';

export function presentPeriod(period: Period) {
  return { ...period, days: periodDays(period), weeks: round(periodWeeks(period), 2) };
}

export function presentFigures(figures: Omit<CoachFigures, 'coachId'>): FidelityFigures {
  return { caseload: figures.caseload, contactsPerWeek: figures.contactsPerWeek, firstContact: figures.firstContact, competitive: figures.competitive };
}

const nameOf = (row: { first_name: string | null; last_name: string | null }) => `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim();

/** `showParticipant`: the viewer may read participants in the case's organisation (the case itself was checked already). */
export function presentMyParticipant(row: MyParticipantRow, today: string, showParticipant: boolean): MyParticipant {
  const daysSinceEnrolment = Math.max(0, daysFrom(row.enrolled_on, today));
  return {
    caseId: row.case_id,
    participantId: showParticipant ? row.participant_id : null,
    participantName: showParticipant ? nameOf(row) : null,
    stage: row.stage as SupportedEmploymentStage,
    enrolledOn: row.enrolled_on,
    daysSinceEnrolment,
    firstContactOn: row.first_contact_on,
    firstContactOverdue: row.first_contact_on === null && daysSinceEnrolment > FIRST_CONTACT_DAYS,
  };
}

export function presentMyContact(row: MyContactRow, showParticipant: boolean): MyEmployerContact {
  return {
    id: row.id,
    contactedOn: row.contacted_on,
    kind: row.kind as EmployerContactKind,
    employerId: row.employer_id,
    employerName: row.employer_name,
    caseId: row.readable ? row.case_id : null,
    participantName: row.readable && showParticipant ? nameOf(row) : null,
  };
}

export function presentMyFollowUp(row: MyFollowUpRow, today: string, showParticipant: boolean): MyFollowUp {
  return {
    taskId: row.id,
    title: row.title,
    dueOn: row.due_on,
    overdue: row.due_on < today,
    months: row.months,
    placementId: row.placement_id,
    caseId: row.case_id,
    participantName: showParticipant ? nameOf(row) : null,
    employerName: row.employer_name,
    jobTitle: row.job_title,
  };
}
