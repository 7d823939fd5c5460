import type { Language } from '../../../contracts/roles.ts';
import type { Adaptation, Disclosure, HoursKind, PlacementKind, SupportedEmploymentStage } from '../../../contracts/employment.ts';
import type {
  JobAnalysis, SupportedEmploymentFacts, SupportedEmploymentProcess, VocationalProfile,
} from '../../../contracts/supported-employment.ts';
import { nextStage, waitingFor } from './supported-employment.rules.ts';
import type { JobAnalysisRow, ProcessRow, ProfileRow, latestPlacement } from './supported-employment.queries.ts';
import { fullName } from '../../shared/text.ts';

// Whitelists: the process, the profile and the analyses leave the server as contracts, never as rows.

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function presentProcess(row: ProcessRow, facts: SupportedEmploymentFacts): SupportedEmploymentProcess {
  const stage = row.stage as SupportedEmploymentStage;
  const ended = row.ended_on !== null;
  return {
    stage,
    coach: row.coach_id ? { id: row.coach_id, name: fullName(row.coach_first_name, row.coach_last_name) } : null,
    startedOn: row.started_on,
    informedChoiceOn: row.informed_choice_on,
    agreementOn: row.agreement_on,
    agreementDocumentId: row.agreement_document_id,
    disclosure: row.disclosure as Disclosure,
    disclosureNote: row.disclosure_note,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    // An ended process does not move.
    nextStage: ended ? null : nextStage(stage, facts),
    waitingFor: ended ? null : waitingFor(stage, facts),
    version: row.version,
  };
}

export type OccupationNames = Map<string, { name_lt: string; name_en: string }>;

const occupationsOf = (codes: readonly string[], names: OccupationNames, language: Language) =>
  codes.map((code) => {
    const names_ = names.get(code);
    return { code, name: names_ ? (language === 'en' ? names_.name_en : names_.name_lt) : '' };
  });

export function presentProfile(caseId: string, row: ProfileRow | undefined, names: OccupationNames, language: Language): VocationalProfile {
  if (!row) {
    return {
      caseId, interests: '', strengths: '', supportNeeds: '', skills: [], targetIsco: [], experienceIsco: [], hours: [], maxCommuteKm: null,
      hasDrivingLicence: false, ownTransport: false, adaptationsNeeded: [], updatedBy: null, updatedAt: null, version: 0,
    };
  }
  return {
    caseId,
    interests: row.interests,
    strengths: row.strengths,
    supportNeeds: row.support_needs,
    skills: row.skills,
    targetIsco: occupationsOf(row.target_isco, names, language),
    experienceIsco: occupationsOf(row.experience_isco, names, language),
    hours: row.hours as HoursKind[],
    maxCommuteKm: row.max_commute_km,
    hasDrivingLicence: row.has_driving_licence,
    ownTransport: row.own_transport,
    adaptationsNeeded: row.adaptations_needed as Adaptation[],
    updatedBy: row.updated_by ? { id: row.updated_by, name: fullName(row.updated_by_first_name, row.updated_by_last_name) } : null,
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

export function presentJobAnalysis(row: JobAnalysisRow): JobAnalysis {
  return {
    id: row.id,
    caseId: row.case_id,
    employer: { id: row.employer_id, name: row.employer_name },
    vacancy: row.vacancy_id ? { id: row.vacancy_id, title: row.vacancy_title ?? '' } : null,
    analysedOn: row.analysed_on,
    tasks: row.tasks,
    requirements: row.requirements,
    naturalSupports: row.natural_supports,
    supportPlan: row.support_plan,
    agreedOn: row.agreed_on,
    createdBy: row.created_by ? { id: row.created_by, name: fullName(row.created_by_first_name, row.created_by_last_name) } : null,
    version: row.version,
  };
}

export function presentPlacement(row: NonNullable<Awaited<ReturnType<typeof latestPlacement>>>) {
  return {
    id: row.id,
    kind: row.kind as PlacementKind,
    jobTitle: row.job_title,
    employerName: row.employer_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    endedOn: row.ended_on,
  };
}
