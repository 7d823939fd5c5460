import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf, type Scope } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import type { FidelityQuery, MyFidelity, MyFidelityQuery, ProgrammeFidelity } from '../../../contracts/fidelity.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import * as q from './fidelity.queries.ts';
import { presentFigures, presentMyContact, presentMyFollowUp, presentMyParticipant, presentPeriod } from './fidelity.present.ts';
import { coachFigures, programmeFigures, resolvePeriod, weekOf, type FidelityInput, type Period } from './fidelity.rules.ts';

// The fidelity figures of a programme (per job coach and in total) and the job coach's own
// dashboard (decision 0033). Both are reads: authorised ('fidelity.read'), then audited; the
// dashboard names people only from cases the coach may read (decision 0021).

export const FIDELITY_LIMITS = {
  /** Most of my participants, contacts and follow-ups the dashboard lists. */
  participantsShown: 300,
  contactsShown: 200,
  followUpsShown: 100,
} as const;

function periodOf(query: { from?: string | undefined; to?: string | undefined }, today: string): Period {
  const { period, problems } = resolvePeriod(query, today);
  if (problems.length > 0) throw errors.validation(problems);
  return period;
}

const byId = <T extends { coach_id?: string | null; staff_id?: string }>(rows: readonly T[], value: (row: T) => number) =>
  new Map(rows.map((row) => [(row.coach_id ?? row.staff_id)!, Number(value(row))]));

async function figureInput(
  ctx: Context, period: Period, minimumMonthlyWageCents: number, coachIds: string[], organisations: Scope,
  where: { programmeId: string } | { coachId: string; organisations: Scope },
) {
  const [caseloads, contacts, people, placements] = await Promise.all([
    q.caseloads(ctx.db, coachIds, organisations, 'programmeId' in where ? where.programmeId : null),
    q.contactCounts(ctx.db, coachIds, organisations, period),
    q.enrolledPeople(ctx.db, period, where),
    q.placementsStarted(ctx.db, period, where),
  ]);
  const input: FidelityInput = {
    period, minimumMonthlyWageCents, coachIds,
    caseloads: byId(caseloads, (row) => row.active),
    contacts: byId(contacts, (row) => row.contacts),
    people: people.map((row) => ({ caseId: row.case_id, coachId: row.coach_id, enrolledOn: row.enrolled_on, firstContactOn: row.first_contact_on })),
    placements: placements.map((row) => ({ coachId: row.coach_id, kind: row.kind, hoursPerWeek: Number(row.hours_per_week), wageMonthlyCents: row.wage_monthly_cents })),
  };
  return { input, inProgramme: byId(caseloads, (row) => row.in_programme) };
}

/** A programme's figures per job coach and in total, for a period (default: the 12 weeks ending today). */
export async function ofProgramme(ctx: Context, minimumMonthlyWageCents: number, query: FidelityQuery): Promise<ProgrammeFidelity> {
  const programme = await q.findProgramme(ctx.db, query.programmeId);
  if (!programme) throw errors.notFound();
  // Outside the user's organisations it answers as a missing programme does (404, audited), as the programme pages do.
  if (!inScope(scopeOf(ctx.actor, 'programme.read'), programme.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'fidelity.programme', entityType: 'programme', entityId: programme.id, organisationId: programme.organisation_id });
  }
  demand(ctx.actor, 'fidelity.read', programme.organisation_id);
  const period = periodOf(query, todayInLithuania());

  const coaches = await q.programmeCoaches(ctx.db, programme.id, period);
  const coachIds = coaches.map((coach) => coach.id);
  const [{ input, inProgramme }, activeProcesses] = await Promise.all([
    figureInput(ctx, period, minimumMonthlyWageCents, coachIds, [programme.organisation_id], { programmeId: programme.id }),
    q.activeProcessesInProgramme(ctx.db, programme.id),
  ]);
  const figures = programmeFigures(input);

  await recordAudit(ctx.db, ctx, {
    action: 'fidelity.programme', entityType: 'programme', entityId: programme.id, organisationId: programme.organisation_id,
    details: { from: period.from, to: period.to, coaches: coachIds },
  });
  return {
    programmeId: programme.id,
    organisationId: programme.organisation_id,
    period: presentPeriod(period),
    minimumMonthlyWageCents,
    coaches: figures.coaches.map((row, index) => ({
      coach: { id: row.coachId, name: `${coaches[index]!.first_name} ${coaches[index]!.last_name}` },
      caseloadInProgramme: inProgramme.get(row.coachId) ?? 0,
      ...presentFigures(row),
    })),
    totals: { ...figures.totals, activeProcesses },
  };
}

/** The signed-in job coach's own figures and working lists, in the organisations where she reads fidelity figures. */
export async function mine(ctx: Context, minimumMonthlyWageCents: number, query: MyFidelityQuery): Promise<MyFidelity> {
  demand(ctx.actor, 'fidelity.read');
  const today = todayInLithuania();
  const period = periodOf(query, today);
  const week = weekOf(today);
  const me = ctx.actor.userId;
  const organisations = scopeOf(ctx.actor, 'fidelity.read');
  const participantScope = scopeOf(ctx.actor, 'participant.read');
  const reader: q.Reader = { userId: me, readAll: scopeOf(ctx.actor, 'case.read_all'), read: scopeOf(ctx.actor, 'case.read') };

  const [{ input }, participantRows, contactRows, weekCount, followUpRows] = await Promise.all([
    figureInput(ctx, period, minimumMonthlyWageCents, [me], organisations, { coachId: me, organisations }),
    q.myParticipants(ctx.db, reader, organisations, FIDELITY_LIMITS.participantsShown),
    q.myContacts(ctx.db, reader, organisations, week, FIDELITY_LIMITS.contactsShown),
    q.contactCounts(ctx.db, [me], organisations, week),
    q.myFollowUps(ctx.db, reader, FIDELITY_LIMITS.followUpsShown),
  ]);
  const readsParticipants = (organisationId: string | null) => inScope(participantScope, organisationId);

  const readable = participantRows.filter((row) => row.readable);
  const participants = readable
    .map((row) => presentMyParticipant(row, today, readsParticipants(row.organisation_id)))
    // Overdue first contacts first, then as read (by name).
    .sort((a, b) => Number(b.firstContactOverdue) - Number(a.firstContactOverdue));
  const contacts = contactRows.map((row) => presentMyContact(row, readsParticipants(row.case_organisation_id)));
  const followUps = followUpRows.map((row) => presentMyFollowUp(row, today, readsParticipants(row.organisation_id)));

  await recordAudit(ctx.db, ctx, {
    action: 'fidelity.mine', entityType: 'case',
    details: {
      from: period.from, to: period.to,
      shown: participants.map((p) => p.caseId),
      contacts: contacts.map((c) => c.id),
      followUps: followUps.map((f) => f.taskId),
    },
  });
  return {
    period: presentPeriod(period),
    minimumMonthlyWageCents,
    figures: presentFigures(coachFigures(input, me)),
    participants,
    participantsNotShown: participantRows.length - readable.length,
    week: { ...week, count: Number(weekCount[0]?.contacts ?? 0), contacts },
    followUps,
  };
}
