import type { Plan, PlanGoal, PlanRevision, PlanRevisionSummary } from '../../../contracts/plans.ts';
import type { StoredGoal } from './plans.rules.ts';
import type { PlanRow, RevisionRow } from './plans.queries.ts';
import { countSteps } from './plans.rules.ts';

const fullName = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last}`);

/** Goals as stored (jsonb written only by this feature), as the plan the server works with. */
export function storedGoals(stored: unknown): StoredGoal[] {
  return (stored as StoredGoal[]).map((goal) => ({
    id: goal.id,
    text: goal.text,
    steps: goal.steps.map((step) => ({
      id: step.id, text: step.text, serviceKey: step.serviceKey, responsibleUserId: step.responsibleUserId, dueOn: step.dueOn, status: step.status,
    })),
  }));
}

/** The goals with the responsible people's names (`names` by user id). */
export function presentGoals(goals: readonly StoredGoal[], names: ReadonlyMap<string, string>): PlanGoal[] {
  return goals.map((goal) => ({
    ...goal,
    steps: goal.steps.map((step) => ({ ...step, responsibleName: step.responsibleUserId ? names.get(step.responsibleUserId) ?? null : null })),
  }));
}

export interface TeamRow { id: string; first_name: string; last_name: string; sort_key: string; role: string | null }

/** One entry per person, in the order of their names, with every role they hold in the team. */
export function presentTeam(rows: readonly TeamRow[]): Plan['team'] {
  const people = new Map<string, { userId: string; name: string; sortKey: string; roles: string[] }>();
  for (const row of rows) {
    const person = people.get(row.id) ?? { userId: row.id, name: `${row.first_name} ${row.last_name}`, sortKey: row.sort_key, roles: [] };
    if (row.role && !person.roles.includes(row.role)) person.roles.push(row.role);
    people.set(row.id, person);
  }
  return [...people.values()]
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map(({ userId, name, roles }) => ({ userId, name, roles }));
}

export function presentPlan(
  caseId: string, row: PlanRow | undefined, names: ReadonlyMap<string, string>, team: Plan['team'], printLanguage: Plan['printLanguage'],
): Plan {
  return {
    caseId,
    goals: row ? presentGoals(storedGoals(row.goals), names) : [],
    agreedOn: row?.agreed_on ?? null,
    agreementDocument: row?.agreement_document_id ? { id: row.agreement_document_id, fileName: row.document_file_name! } : null,
    version: row?.version ?? 0,
    updatedAt: row ? row.updated_at.toISOString() : null,
    updatedByName: row ? fullName(row.updater_first_name, row.updater_last_name) : null,
    revisions: Number(row?.revisions ?? 0),
    team,
    printLanguage,
  };
}

export function presentRevisionSummary(row: RevisionRow): PlanRevisionSummary {
  const goals = storedGoals(row.goals);
  return {
    version: row.version,
    savedAt: row.saved_at.toISOString(),
    savedByName: fullName(row.saver_first_name, row.saver_last_name),
    note: row.note,
    agreedOn: row.agreed_on,
    goals: goals.length,
    steps: countSteps(goals),
  };
}

export function presentRevision(row: RevisionRow & { document_file_name: string | null }, names: ReadonlyMap<string, string>): PlanRevision {
  return {
    version: row.version,
    savedAt: row.saved_at.toISOString(),
    savedByName: fullName(row.saver_first_name, row.saver_last_name),
    note: row.note,
    agreedOn: row.agreed_on,
    agreementDocument: row.agreement_document_id ? { id: row.agreement_document_id, fileName: row.document_file_name ?? '' } : null,
    goals: presentGoals(storedGoals(row.goals), names),
  };
}
