import type { Language } from '../../../contracts/roles.ts';
import type { Enrolment, Programme, RuleSet } from '../../../contracts/programmes.ts';
import type { Screening } from '../../../contracts/eligibility.ts';
import { renderExplanation, type RuleResult, type ScreeningResult } from '../../../contracts/eligibility.ts';
import type { LeafOutcome } from './eligibility.rules.ts';
import type { EnrolmentRow, ProgrammeDetails, ProgrammeRow, RuleSetRow } from './programmes.queries.ts';
import type { ProgrammeTemplate } from './programme.templates.ts';

const nameIn = (language: Language, lt: string, en: string) => (language === 'en' && en ? en : lt);
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function presentProgrammeSummary(row: ProgrammeRow, language: Language) {
  return {
    id: row.id, organisationId: row.organisation_id, name: nameIn(language, row.name_lt, row.name_en), nameLt: row.name_lt, nameEn: row.name_en,
    startsOn: row.starts_on, endsOn: row.ends_on, capacity: row.capacity, status: row.status,
  };
}

export function presentProgramme(row: ProgrammeRow, details: ProgrammeDetails, language: Language): Programme {
  return {
    ...presentProgrammeSummary(row, language),
    organisationName: row.organisation_name,
    templateKey: row.template_key,
    funder: row.funder,
    enrolled: Number(row.enrolled ?? 0),
    waiting: Number(row.waiting ?? 0),
    services: row.services,
    centres: details.centres.map((c) => ({ id: c.id, name: c.name })),
    partners: details.partners.map((p) => ({ name: p.name, role: p.role, organisationId: p.organisation_id })),
    team: details.team.map((m) => ({ userId: m.user_id, name: `${m.first_name} ${m.last_name}`, role: m.role })),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: row.version,
  };
}

export function presentTemplate(template: ProgrammeTemplate, language: Language) {
  return {
    key: template.key, seed: template.seed, name: nameIn(language, template.nameLt, template.nameEn), nameLt: template.nameLt, nameEn: template.nameEn,
    funder: template.funder, startsOn: template.startsOn, endsOn: template.endsOn, capacity: template.capacity,
    services: template.services, teamRoles: template.teamRoles, rules: template.rules,
  };
}

export function presentRuleSet(row: RuleSetRow): RuleSet {
  return {
    id: row.id, programmeId: row.programme_id, version: row.version, effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to, rules: row.rules, createdAt: iso(row.created_at),
  };
}

/** Stored leaf outcomes are machine explanations; they are rendered in the reader's language. */
export function presentScreening(
  screening: { id: string; programmeId: string; participantId: string; date: string; ruleSetVersion: number; result: ScreeningResult; rules: LeafOutcome[]; missing: string[]; createdAt: Date | string },
  language: Language,
): Screening {
  return {
    id: screening.id,
    programmeId: screening.programmeId,
    participantId: screening.participantId,
    date: screening.date,
    result: screening.result,
    ruleSetVersion: screening.ruleSetVersion,
    rules: screening.rules.map((outcome) => ({
      rule: outcome.rule,
      path: outcome.path,
      kind: outcome.kind,
      result: outcome.result as RuleResult,
      explanation: renderExplanation(outcome.explanation, outcome.result, language, outcome.negated),
      explanationKey: outcome.explanation.key,
      params: outcome.explanation.params,
      negated: outcome.negated,
    })),
    missing: screening.missing,
    createdAt: iso(screening.createdAt),
  };
}

export function presentEnrolment(row: EnrolmentRow, language: Language): Enrolment {
  return {
    id: row.id,
    programmeId: row.programme_id,
    programmeName: nameIn(language, row.programme_name_lt, row.programme_name_en),
    participantId: row.participant_id,
    participantName: `${row.first_name} ${row.last_name}`,
    status: row.status as Enrolment['status'],
    waitingPosition: row.waiting_position === null ? null : Number(row.waiting_position),
    waitingSince: row.waiting_since ? iso(row.waiting_since) : null,
    enrolledOn: row.enrolled_on,
    exitedOn: row.exited_on,
    exitReason: row.exit_reason,
    overrideReason: row.override_reason,
    screeningResult: row.screening_result,
    caseId: row.case_id,
    createdAt: iso(row.created_at),
    version: row.version,
  };
}
