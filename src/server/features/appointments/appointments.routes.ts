import { Type } from 'typebox';
import type { App, Deps } from '../../app.ts';
import { ErrorResponse, IdParams } from '../../../contracts/common.ts';
import { Appointment, AppointmentCreate, AppointmentList, AppointmentListQuery, AppointmentUpdate, CalendarSpecialist } from '../../../contracts/appointments.ts';
import { contextOf } from '../../http/context.ts';
import * as appointments from './appointments.service.ts';

const tags = ['appointments'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function appointmentRoutes(app: App, { db }: Deps) {
  app.get('/api/appointments', {
    schema: {
      tags, summary: 'A calendar: whole days from–to (Lithuanian time, at most 31) for a specialist (me by default), a centre, a participant, a case or a place; others\' cases show as busy',
      querystring: AppointmentListQuery, response: { 200: AppointmentList, ...errors },
    },
  }, (request) => appointments.list(contextOf(request, db), request.query));

  app.get('/api/appointments/specialists', {
    schema: { tags, summary: 'Staff whose calendars the user may open', response: { 200: Type.Array(CalendarSpecialist), ...errors } },
  }, (request) => appointments.specialists(contextOf(request, db)));

  app.post('/api/appointments', {
    schema: { tags, summary: 'Book an appointment; a clash with the specialist\'s or the participant\'s other appointment is refused (409 APPOINTMENT.CLASH)', body: AppointmentCreate, response: { 201: Appointment, ...errors } },
  }, async (request, reply) => reply.status(201).send(await appointments.book(contextOf(request, db), request.body)));

  app.patch('/api/appointments/:id', {
    schema: { tags, summary: 'Reschedule, move, cancel or record as held or missed; send the version you read', params: IdParams, body: AppointmentUpdate, response: { 200: Appointment, ...errors } },
  }, (request) => appointments.change(contextOf(request, db), request.params.id, request.body));
}
