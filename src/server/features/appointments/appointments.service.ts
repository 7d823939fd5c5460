import type { Context } from '../../http/context.ts';
import type { Database } from '../../db/connect.ts';
import { can, demand, inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { caseInScope, openCaseFor } from '../cases/cases.access.ts';
import { isTeamMember, recordCaseEvent, type CaseRow } from '../cases/cases.queries.ts';
import { checkPlace } from '../services/services.rules.ts';
import type { AppointmentCreate, AppointmentListQuery, AppointmentStatus, AppointmentUpdate } from '../../../contracts/appointments.ts';
import { APPOINTMENT_LIMITS } from '../../../contracts/appointments.ts';
import * as q from './appointments.queries.ts';
import { mayChange, presentAppointment, presentSpecialist, type Reader } from './appointments.present.ts';
import { checkChange, checkTimes, checkWindow, clashOf, formatWhen, localSlot, nextDay, type FieldProblem } from './appointments.rules.ts';

// Use cases of appointments and the calendar. Clashes are refused by the database's
// exclusion constraints (0004), so two simultaneous bookings cannot both win; the refusal
// names whose time is taken and when.

const appointmentErrors = {
  clash: (whose: 'specialist' | 'participant', name: string, when: string, clash: { startsAt: string; endsAt: string } | null) =>
    new AppError('APPOINTMENT.CLASH', 409, { params: { name, when }, details: { whose, clash, fields: [{ field: 'startsAt', problem: 'time_taken' }] } }),
  notChangeable: () => new AppError('APPOINTMENT.NOT_CHANGEABLE', 409),
};

const visibilityOf = (ctx: Context): q.Visibility => ({ userId: ctx.actor.userId, readAll: scopeOf(ctx.actor, 'case.read_all') });

function readerOf(ctx: Context): Reader {
  return {
    userId: ctx.actor.userId,
    works: (organisationId) => can(ctx.actor, 'case.work', organisationId),
    manages: (organisationId) => can(ctx.actor, 'case.manage', organisationId),
  };
}

/** The refusal for a clash the database reported: whose time it is, and the appointment it clashed with. */
async function clashError(ctx: Context, whose: 'specialist' | 'participant', booking: { specialistId: string; participantId: string | null; startsAt: Date; endsAt: Date; exceptId: string | null }) {
  const personId = whose === 'specialist' ? booking.specialistId : booking.participantId!;
  const [person, clash] = await Promise.all([
    whose === 'specialist' ? q.userName(ctx.db, personId) : q.participantName(ctx.db, personId),
    q.findClash(ctx.db, whose, personId, booking.startsAt, booking.endsAt, booking.exceptId),
  ]);
  const name = person ? `${person.first_name} ${person.last_name}` : '—';
  // The other appointment may be someone else's case: only its time is told.
  const when = clash ? formatWhen(clash.starts_at, clash.ends_at, ctx.language) : formatWhen(booking.startsAt, booking.endsAt, ctx.language);
  return appointmentErrors.clash(whose, name, when, clash ? { startsAt: clash.starts_at.toISOString(), endsAt: clash.ends_at.toISOString() } : null);
}

/** Runs a write; a clash the database refuses becomes APPOINTMENT.CLASH (the transaction has rolled back). */
async function refusingClashes<T>(ctx: Context, booking: Parameters<typeof clashError>[2], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const whose = clashOf(error);
    if (whose) throw await clashError(ctx, whose, booking);
    throw error;
  }
}

async function centreProblems(ctx: Context, centreId: string | null | undefined, organisationId: string): Promise<FieldProblem[]> {
  if (!centreId) return [];
  const centre = await q.centreOrganisation(ctx.db, centreId);
  if (!centre) return [{ field: 'centreId', problem: 'invalid' }];
  return centre.organisation_id === organisationId ? [] : [{ field: 'centreId', problem: 'centre_other_organisation' }];
}

/** The organisation of a booking without a case: the centre's, the one named, or the only one where the user works cases. */
async function organisationFor(ctx: Context, input: AppointmentCreate): Promise<string> {
  let organisationId = input.organisationId;
  if (!organisationId && input.centreId) organisationId = (await q.centreOrganisation(ctx.db, input.centreId))?.organisation_id;
  if (!organisationId) {
    const scope = scopeOf(ctx.actor, 'case.work');
    if (scope !== 'all' && scope.length === 1) organisationId = scope[0];
  }
  if (!organisationId) throw errors.validation([{ field: 'organisationId', problem: 'required' }]);
  if (!inScope(scopeOf(ctx.actor, 'case.read'), organisationId)) {
    await refuseOutOfScope(ctx.db, ctx, { action: 'appointment.create', entityType: 'organisation', entityId: organisationId });
  }
  demand(ctx.actor, 'case.work', organisationId);
  return organisationId;
}

/** Booking for someone else is a case manager's; the specialist must be in the case team (or the organisation's staff without a case). */
async function specialistProblems(ctx: Context, specialistId: string, organisationId: string, caseRow: CaseRow | null): Promise<FieldProblem[]> {
  if (specialistId === ctx.actor.userId) return [];
  demand(ctx.actor, 'case.manage', organisationId);
  if (caseRow) {
    const inTeam = caseRow.case_manager_id === specialistId || (await isTeamMember(ctx.db, caseRow.id, specialistId));
    return inTeam ? [] : [{ field: 'specialistId', problem: 'not_case_team' }];
  }
  return (await q.isActiveStaff(ctx.db, specialistId, organisationId)) ? [] : [{ field: 'specialistId', problem: 'not_organisation_staff' }];
}

export async function book(ctx: Context, input: AppointmentCreate) {
  const caseRow = input.caseId ? await openCaseFor(ctx, input.caseId, 'case.work', 'appointment.create') : null;
  const organisationId = caseRow ? caseRow.organisation_id : await organisationFor(ctx, input);
  const specialistId = input.specialistId ?? ctx.actor.userId;
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const problems = [
    ...checkTimes(startsAt, endsAt, new Date()),
    ...checkPlace(input),
    ...(caseRow && input.organisationId && input.organisationId !== organisationId ? [{ field: 'organisationId', problem: 'invalid' } as const] : []),
    ...(await centreProblems(ctx, input.centreId, organisationId)),
    ...(await specialistProblems(ctx, specialistId, organisationId, caseRow)),
  ];
  if (problems.length > 0) throw errors.validation(problems);

  const participantId = caseRow?.participant_id ?? null;
  const id = await refusingClashes(ctx, { specialistId, participantId, startsAt, endsAt, exceptId: null }, () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await q.insertAppointment(trx, {
        organisation_id: organisationId, specialist_id: specialistId, case_id: caseRow?.id ?? null, participant_id: participantId,
        centre_id: input.centreId ?? null, place: input.place, village: input.village?.trim() ?? '', starts_at: startsAt, ends_at: endsAt,
        purpose: input.purpose?.trim() ?? '', created_by: ctx.actor.userId,
      });
      if (caseRow) {
        const specialist = await q.userName(trx, specialistId);
        await recordCaseEvent(trx, caseRow.id, ctx.actor.userId, 'appointment_booked', {
          appointmentId: id, specialistId, specialistName: specialist ? `${specialist.first_name} ${specialist.last_name}` : '',
          startsAt: input.startsAt, endsAt: input.endsAt, ...localSlot(startsAt, endsAt),
        });
      }
      await recordAudit(trx, ctx, {
        action: 'appointment.create', entityType: caseRow ? 'case' : 'appointment', entityId: caseRow?.id ?? id, organisationId,
        details: { appointmentId: id, specialistId, startsAt: input.startsAt, endsAt: input.endsAt, place: input.place, centreId: input.centreId ?? null },
      });
      return id;
    }));
  return presentAppointment((await q.findAppointment(ctx.db, id, visibilityOf(ctx)))!, readerOf(ctx));
}

/** The appointment, if the actor may see it at all (its case, or its organisation's calendar); 404 and audited otherwise. */
async function appointmentInScope(ctx: Context, id: string, action: string) {
  const row = await q.findAppointment(ctx.db, id, visibilityOf(ctx));
  if (!row) throw errors.notFound();
  if (row.case_id) await caseInScope(ctx, row.case_id, action);
  else if (!inScope(scopeOf(ctx.actor, 'case.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'appointment', entityId: id, organisationId: row.organisation_id });
  }
  return row;
}

const STATUS_EVENTS: Record<AppointmentStatus, string> = {
  planned: 'appointment_booked', held: 'appointment_held', missed: 'appointment_missed', cancelled: 'appointment_cancelled',
};

export async function change(ctx: Context, id: string, input: AppointmentUpdate) {
  const row = await appointmentInScope(ctx, id, 'appointment.update');
  const reader = readerOf(ctx);
  if (!mayChange(row, reader)) throw errors.forbidden();
  const startsAt = input.startsAt ? new Date(input.startsAt) : row.starts_at;
  const endsAt = input.endsAt ? new Date(input.endsAt) : row.ends_at;
  const moves = startsAt.getTime() !== row.starts_at.getTime() || endsAt.getTime() !== row.ends_at.getTime();
  const placeChanges = input.place !== undefined || input.centreId !== undefined || input.village !== undefined;
  const check = checkChange({ status: row.status as AppointmentStatus, startsAt: row.starts_at }, { status: input.status, moves: moves || placeChanges }, new Date());
  if (!check.allowed) {
    if (check.problem === 'not_started_yet') throw errors.validation([{ field: 'status', problem: 'not_started_yet' }]);
    throw appointmentErrors.notChangeable();
  }
  const place = input.place ?? (row.place as AppointmentCreate['place']);
  const centreId = input.centreId !== undefined ? input.centreId : row.centre_id;
  const village = input.village ?? row.village;
  const problems = [
    ...(moves ? checkTimes(startsAt, endsAt, new Date(), startsAt.getTime() !== row.starts_at.getTime()) : []),
    ...(placeChanges ? checkPlace({ place, centreId, village }) : []),
    ...(input.centreId ? await centreProblems(ctx, input.centreId, row.organisation_id) : []),
  ];
  if (problems.length > 0) throw errors.validation(problems);

  const statusChanges = input.status !== undefined && input.status !== row.status;
  await refusingClashes(ctx, { specialistId: row.specialist_id, participantId: row.participant_id, startsAt, endsAt, exceptId: id }, () =>
    ctx.db.transaction().execute(async (trx: Database) => {
      expectUpdated(await q.updateAppointment(trx, id, input.version, {
        ...(moves ? { starts_at: startsAt, ends_at: endsAt } : {}),
        ...(placeChanges ? { place, centre_id: centreId, village: village.trim() } : {}),
        ...(input.purpose !== undefined ? { purpose: input.purpose.trim() } : {}),
        ...(statusChanges ? { status: input.status } : {}),
      }), row.version);
      if (row.case_id && moves) {
        await recordCaseEvent(trx, row.case_id, ctx.actor.userId, 'appointment_rescheduled', {
          appointmentId: id, from: row.starts_at.toISOString(), startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), ...localSlot(startsAt, endsAt),
        });
      }
      if (row.case_id && statusChanges) {
        await recordCaseEvent(trx, row.case_id, ctx.actor.userId, STATUS_EVENTS[input.status!], {
          appointmentId: id, startsAt: row.starts_at.toISOString(), ...localSlot(startsAt, endsAt),
        });
      }
      await recordAudit(trx, ctx, {
        action: 'appointment.update', entityType: row.case_id ? 'case' : 'appointment', entityId: row.case_id ?? id, organisationId: row.organisation_id,
        details: {
          appointmentId: id, fields: Object.keys(input).filter((key) => key !== 'version'),
          ...(statusChanges ? { from: row.status, to: input.status } : {}), ...(moves ? { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() } : {}),
        },
      });
    }));
  return presentAppointment((await q.findAppointment(ctx.db, id, visibilityOf(ctx)))!, reader);
}

/**
 * A calendar: whole days in Lithuanian time, for a specialist (me when no filter is
 * given), a centre, a participant, a case, or a place (the mobile team's schedule).
 * Slots of cases the user may not read are shown as busy, without the person.
 */
export async function list(ctx: Context, query: AppointmentListQuery) {
  demand(ctx.actor, 'case.read');
  const problems = checkWindow(query.from, query.to, query.caseId ? APPOINTMENT_LIMITS.caseRangeDaysMax : APPOINTMENT_LIMITS.rangeDaysMax);
  if (problems.length > 0) throw errors.validation(problems);
  const scope = scopeOf(ctx.actor, 'case.read');
  let entity: { type: string; id: string; organisationId?: string } = { type: 'appointment', id: '' };
  if (query.caseId) {
    const caseRow = await caseInScope(ctx, query.caseId, 'appointment.list');
    entity = { type: 'case', id: caseRow.id, organisationId: caseRow.organisation_id };
  }
  if (query.participantId) {
    const participant = await q.participantOrganisation(ctx.db, query.participantId);
    if (!participant) throw errors.notFound();
    if (!inScope(scopeOf(ctx.actor, 'participant.read'), participant.organisation_id)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'appointment.list', entityType: 'participant', entityId: query.participantId });
    }
    entity = { type: 'participant', id: query.participantId, organisationId: participant.organisation_id };
  }
  if (query.centreId) {
    const centre = await q.centreOrganisation(ctx.db, query.centreId);
    if (!centre) throw errors.notFound();
    if (!inScope(scope, centre.organisation_id)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'appointment.list', entityType: 'centre', entityId: query.centreId });
    }
  }
  const anyFilter = query.specialistId || query.centreId || query.participantId || query.caseId || query.place;
  const specialistId = query.specialistId === 'me' || !anyFilter ? ctx.actor.userId : query.specialistId;
  const rows = await q.listAppointments(ctx.db, scope, visibilityOf(ctx), {
    specialistId, centreId: query.centreId, participantId: query.participantId, caseId: query.caseId, place: query.place,
    includeCancelled: query.includeCancelled ?? false,
  }, query.from, nextDay(query.to));
  const shown = rows.slice(0, APPOINTMENT_LIMITS.listMax);
  await recordAudit(ctx.db, ctx, {
    action: 'appointment.list', entityType: entity.type, entityId: entity.id, organisationId: entity.organisationId ?? null,
    details: {
      filter: { specialistId: specialistId ?? null, centreId: query.centreId ?? null, place: query.place ?? null }, from: query.from, to: query.to,
      // Whose names were shown: the appointments that were not "busy".
      shown: shown.filter((row) => row.visible).map((row) => row.id),
    },
  });
  const reader = readerOf(ctx);
  return { items: shown.map((row) => presentAppointment(row, reader)), from: query.from, to: query.to, truncated: rows.length > shown.length };
}

/** Whose calendars the user may open: the staff of the organisations where they read cases. */
export async function specialists(ctx: Context) {
  demand(ctx.actor, 'case.read');
  const rows = await q.staffOf(ctx.db, scopeOf(ctx.actor, 'case.read'));
  await recordAudit(ctx.db, ctx, { action: 'appointment.specialists', entityType: 'user', details: { shown: rows.length } });
  return rows.map(presentSpecialist);
}
