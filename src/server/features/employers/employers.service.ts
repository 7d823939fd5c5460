import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { AppError, errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { decodeNameCursor, encodeNameCursor } from '../../shared/name-cursor.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { caseInScope, openCaseFor } from '../cases/cases.access.ts';
import { recordCaseEvent } from '../cases/cases.queries.ts';
import { isUniqueViolation } from '../participants/participants.errors.ts';
import { todayInLithuania } from '../participants/participants.rules.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import {
  EMPLOYER_LIMITS, type ContactPersonCreate, type ContactPersonUpdate, type EmployerContactCreate, type EmployerContactsQuery,
  type EmployerCreate, type EmployerListQuery, type EmployerUpdate,
} from '../../../contracts/employers.ts';
import * as q from './employers.queries.ts';
import * as cq from './employer-contacts.queries.ts';
import { presentContact, presentContactPerson, presentEmployer, presentListItem } from './employers.present.ts';
import {
  checkCompanyCode, coachIssues, contactDateIssues, decodeContactCursor, employerKeys, encodeContactCursor, type FieldProblem,
} from './employers.rules.ts';

// Employers, their contact persons and contacts (decision 0030). Reading needs
// 'employer.read' in the employer's organisation, changing 'employer.manage'; an employer
// of another organisation answers 404 like a missing one, and the attempt is audited.
// Contact persons are personal data: the employer's page and contact lists are audited reads.

export const employerErrors = {
  duplicateCompanyCode: (existing: { id: string; name: string }) =>
    new AppError('EMPLOYER.DUPLICATE_COMPANY_CODE', 409, { params: { name: existing.name }, details: { existingId: existing.id, existingName: existing.name } }),
};

/** The employer, if the actor may read it; otherwise 404 exactly like a missing one, and the attempt audited. */
export async function employerInScope(ctx: Context, id: string, action: string): Promise<q.EmployerRow> {
  const row = await q.findEmployer(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'employer.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'employer', entityId: id, organisationId: row.organisation_id });
  }
  return row;
}

/** An employer the actor may change. */
async function employerToManage(ctx: Context, id: string, action: string): Promise<q.EmployerRow> {
  const row = await employerInScope(ctx, id, action);
  demand(ctx.actor, 'employer.manage', row.organisation_id);
  return row;
}

/** Of these case ids, the ones the actor may read: all with 'case.read_all', else those whose team they are in. */
export async function readableCases(ctx: Context, organisationId: string, caseIds: readonly (string | null)[]): Promise<Set<string>> {
  const ids = [...new Set(caseIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Set();
  if (inScope(scopeOf(ctx.actor, 'case.read_all'), organisationId)) return new Set(ids);
  if (!inScope(scopeOf(ctx.actor, 'case.read'), organisationId)) return new Set();
  return cq.casesWhereMember(ctx.db, ids, ctx.actor.userId);
}

async function presentContacts(ctx: Context, organisationId: string, rows: cq.EmployerContactRow[]) {
  const readable = await readableCases(ctx, organisationId, rows.map((row) => row.case_id));
  return rows.map((row) => presentContact(row, readable));
}

/** The organisation a new employer is registered in: the one named, or the only one the user manages employers in. */
async function organisationFor(ctx: Context, organisationId: string | undefined): Promise<string> {
  demand(ctx.actor, 'employer.manage');
  if (organisationId !== undefined) {
    if (!inScope(scopeOf(ctx.actor, 'employer.read'), organisationId)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'employer.create', entityType: 'organisation', entityId: organisationId });
    }
    demand(ctx.actor, 'employer.manage', organisationId);
    return organisationId;
  }
  const scope = scopeOf(ctx.actor, 'employer.manage');
  if (scope !== 'all' && scope.length === 1) return scope[0]!;
  throw errors.validation([{ field: 'organisationId', problem: 'required' }]);
}

async function coachProblems(ctx: Context, coachId: string | null | undefined, organisationId: string): Promise<FieldProblem[]> {
  if (coachId === undefined || coachId === null) return [];
  return coachIssues(await q.staffRoles(ctx.db, coachId, organisationId));
}

async function refuseDuplicateCode(ctx: Context, organisationId: string, companyCode: string | null, exceptId?: string) {
  if (companyCode === null) return;
  const same = await q.findByCompanyCode(ctx.db, organisationId, companyCode, exceptId);
  if (same) throw employerErrors.duplicateCompanyCode(same);
}

/** The unique index decides when two people register the same code at the same moment. */
async function savingUnique<T>(ctx: Context, organisationId: string, companyCode: string | null, save: () => Promise<T>, exceptId?: string): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (companyCode !== null && isUniqueViolation(error)) {
      const same = await q.findByCompanyCode(ctx.db, organisationId, companyCode, exceptId);
      if (same) throw employerErrors.duplicateCompanyCode(same);
    }
    throw error;
  }
}

async function assemble(ctx: Context, row: q.EmployerRow) {
  const [persons, vacancies, contacts] = await Promise.all([
    q.contactPersonsOf(ctx.db, row.id),
    q.openVacanciesOf(ctx.db, row.id),
    cq.contactsOfEmployer(ctx.db, row.id, null, EMPLOYER_LIMITS.lastContacts),
  ]);
  return presentEmployer(row, { contactPersons: persons, openVacancies: vacancies, lastContacts: await presentContacts(ctx, row.organisation_id, contacts) });
}

// ── Employers ───────────────────────────────────────────────────────────────

export async function list(ctx: Context, query: EmployerListQuery) {
  demand(ctx.actor, 'employer.read');
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const cursor = decodeNameCursor(query.cursor);
  const rows = await q.listEmployers(ctx.db, scopeOf(ctx.actor, 'employer.read'), query, cursor, pageSize + 1);
  const page = rows.slice(0, pageSize);
  return { items: page.map(presentListItem), nextCursor: rows.length > pageSize ? encodeNameCursor(page.at(-1)!) : null };
}

export async function show(ctx: Context, id: string) {
  const row = await employerInScope(ctx, id, 'employer.view');
  const employer = await assemble(ctx, row);
  await recordAudit(ctx.db, ctx, {
    action: 'employer.view', entityType: 'employer', entityId: id, organisationId: row.organisation_id,
    details: { contactPersons: employer.contactPersons.map((p) => p.id), contacts: employer.lastContacts.map((c) => c.id) },
  });
  return employer;
}

export async function create(ctx: Context, input: EmployerCreate) {
  const organisationId = await organisationFor(ctx, input.organisationId);
  const { companyCode, issues } = checkCompanyCode(input.companyCode);
  const problems = [...issues, ...(await coachProblems(ctx, input.coachId, organisationId))];
  if (problems.length > 0) throw errors.validation(problems);
  await refuseDuplicateCode(ctx, organisationId, companyCode);
  const id = await savingUnique(ctx, organisationId, companyCode, () => ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertEmployer(trx, {
      organisation_id: organisationId,
      name: input.name,
      ...employerKeys(input.name, companyCode),
      company_code: companyCode,
      sector: input.sector ?? null,
      address: input.address ?? '',
      municipality_code: input.municipalityCode ?? null,
      eldership: input.eldership ?? '',
      phone: input.phone ?? '',
      email: input.email ?? '',
      website: input.website ?? '',
      offers_trial_practice: input.offersTrialPractice ?? false,
      offers_apprenticeships: input.offersApprenticeships ?? false,
      offers_adapted_workplaces: input.offersAdaptedWorkplaces ?? false,
      coach_id: input.coachId ?? null,
      notes: input.notes ?? '',
    });
    await recordAudit(trx, ctx, { action: 'employer.create', entityType: 'employer', entityId: id, organisationId, details: { companyCode } });
    return id;
  }));
  return assemble(ctx, (await q.findEmployer(ctx.db, id))!);
}

export async function update(ctx: Context, id: string, input: EmployerUpdate) {
  const existing = await employerToManage(ctx, id, 'employer.update');
  const { version, ...changes } = input;
  const checked = changes.companyCode !== undefined ? checkCompanyCode(changes.companyCode) : { companyCode: existing.company_code, issues: [] };
  const problems = [
    ...checked.issues,
    ...(changes.coachId !== undefined && changes.coachId !== existing.coach_id ? await coachProblems(ctx, changes.coachId, existing.organisation_id) : []),
  ];
  if (problems.length > 0) throw errors.validation(problems);
  const companyCode = checked.companyCode;
  if (companyCode !== existing.company_code) await refuseDuplicateCode(ctx, existing.organisation_id, companyCode, id);
  const name = changes.name ?? existing.name;
  await savingUnique(ctx, existing.organisation_id, companyCode, () => ctx.db.transaction().execute(async (trx) => {
    expectUpdated(await q.updateEmployer(trx, id, version, {
      name,
      ...employerKeys(name, companyCode),
      company_code: companyCode,
      ...(changes.sector !== undefined ? { sector: changes.sector } : {}),
      ...(changes.address !== undefined ? { address: changes.address } : {}),
      ...(changes.municipalityCode !== undefined ? { municipality_code: changes.municipalityCode } : {}),
      ...(changes.eldership !== undefined ? { eldership: changes.eldership } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.website !== undefined ? { website: changes.website } : {}),
      ...(changes.offersTrialPractice !== undefined ? { offers_trial_practice: changes.offersTrialPractice } : {}),
      ...(changes.offersApprenticeships !== undefined ? { offers_apprenticeships: changes.offersApprenticeships } : {}),
      ...(changes.offersAdaptedWorkplaces !== undefined ? { offers_adapted_workplaces: changes.offersAdaptedWorkplaces } : {}),
      ...(changes.coachId !== undefined ? { coach_id: changes.coachId } : {}),
      ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
    }), existing.version);
    await recordAudit(trx, ctx, {
      action: 'employer.update', entityType: 'employer', entityId: id, organisationId: existing.organisation_id, details: { fields: Object.keys(changes) },
    });
  }), id);
  return assemble(ctx, (await q.findEmployer(ctx.db, id))!);
}

/** The job coaches who may look after an employer (for the form's choice). */
export async function coaches(ctx: Context, organisationId: string | undefined) {
  demand(ctx.actor, 'employer.read');
  const rows = await q.jobCoaches(ctx.db, scopeOf(ctx.actor, 'employer.read'), organisationId);
  return rows.map((row) => ({ id: row.id, name: `${row.first_name} ${row.last_name}`, organisationId: row.organisation_id }));
}

// ── Contact persons ─────────────────────────────────────────────────────────

export async function addContactPerson(ctx: Context, employerId: string, input: ContactPersonCreate) {
  const employer = await employerToManage(ctx, employerId, 'employer.contact_person.create');
  if ((await q.countContactPersons(ctx.db, employerId)) >= EMPLOYER_LIMITS.contactPersonsMax) {
    throw errors.validation([{ field: 'name', problem: 'too_many', params: { max: EMPLOYER_LIMITS.contactPersonsMax } }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await q.insertContactPerson(trx, { employer_id: employerId, name: input.name, position: input.position ?? '', phone: input.phone ?? '', email: input.email ?? '' });
    await recordAudit(trx, ctx, { action: 'employer.contact_person.create', entityType: 'employer', entityId: employerId, organisationId: employer.organisation_id, details: { contactPersonId: id } });
    return presentContactPerson((await q.findContactPerson(trx, employerId, id))!);
  });
}

export async function editContactPerson(ctx: Context, employerId: string, personId: string, input: ContactPersonUpdate) {
  const employer = await employerToManage(ctx, employerId, 'employer.contact_person.update');
  if (!(await q.findContactPerson(ctx.db, employerId, personId))) throw errors.notFound();
  return ctx.db.transaction().execute(async (trx) => {
    if (Object.keys(input).length > 0) await q.updateContactPerson(trx, personId, input);
    await recordAudit(trx, ctx, {
      action: 'employer.contact_person.update', entityType: 'employer', entityId: employerId, organisationId: employer.organisation_id,
      details: { contactPersonId: personId, fields: Object.keys(input) },
    });
    return presentContactPerson((await q.findContactPerson(trx, employerId, personId))!);
  });
}

export async function removeContactPerson(ctx: Context, employerId: string, personId: string) {
  const employer = await employerToManage(ctx, employerId, 'employer.contact_person.delete');
  if (!(await q.findContactPerson(ctx.db, employerId, personId))) throw errors.notFound();
  await ctx.db.transaction().execute(async (trx) => {
    await q.deleteContactPerson(trx, personId);
    await recordAudit(trx, ctx, {
      action: 'employer.contact_person.delete', entityType: 'employer', entityId: employerId, organisationId: employer.organisation_id, details: { contactPersonId: personId },
    });
  });
}

// ── Contacts ────────────────────────────────────────────────────────────────

/**
 * Records a contact with the employer. With a case it joins that person's job-finding log:
 * the user must work the case (case.work), the case must be open and of the employer's
 * organisation, and the case timeline gets an `employer_contacted` event.
 */
export async function createContact(ctx: Context, employerId: string, input: EmployerContactCreate) {
  const employer = await employerToManage(ctx, employerId, 'employer_contact.create');
  const caseRow = input.caseId ? await openCaseFor(ctx, input.caseId, 'case.work', 'employer_contact.create') : null;
  const staffId = input.staffId ?? ctx.actor.userId;
  const problems: FieldProblem[] = [];
  if (caseRow && caseRow.organisation_id !== employer.organisation_id) problems.push({ field: 'caseId', problem: 'case_other_organisation' });
  problems.push(...contactDateIssues(input.contactedOn, todayInLithuania(), caseRow?.opened_on ?? null));
  if ((await q.staffRoles(ctx.db, staffId, employer.organisation_id)).length === 0) problems.push({ field: 'staffId', problem: 'not_organisation_staff' });
  if (input.contactPersonId) {
    const person = await cq.contactPersonOf(ctx.db, input.contactPersonId);
    if (!person || person.employer_id !== employerId) problems.push({ field: 'contactPersonId', problem: 'contact_person_other_employer' });
  }
  if (input.vacancyId) {
    const vacancy = await cq.vacancyOf(ctx.db, input.vacancyId);
    if (!vacancy || vacancy.employer_id !== employerId) problems.push({ field: 'vacancyId', problem: 'vacancy_other_employer' });
  }
  if (problems.length > 0) throw errors.validation(problems);

  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await cq.insertEmployerContact(trx, {
      organisationId: employer.organisation_id, employerId, contactedOn: input.contactedOn, kind: input.kind, staffId,
      contactPersonId: input.contactPersonId ?? null, caseId: caseRow?.id ?? null, vacancyId: input.vacancyId ?? null,
      notes: input.notes ?? '', createdBy: ctx.actor.userId,
    });
    // The notes stay off the timeline and the audit log: they are free text.
    if (caseRow) {
      await recordCaseEvent(trx, caseRow.id, ctx.actor.userId, 'employer_contacted', {
        employerId, employerName: employer.name, kind: input.kind, contactedOn: input.contactedOn, contactId: id,
      });
    }
    await recordAudit(trx, ctx, {
      action: 'employer_contact.create', entityType: 'employer', entityId: employerId, organisationId: employer.organisation_id,
      details: { contactId: id, kind: input.kind, contactedOn: input.contactedOn, staffId, caseId: caseRow?.id ?? null, vacancyId: input.vacancyId ?? null },
    });
    return id;
  });
  const [contact] = await presentContacts(ctx, employer.organisation_id, [await cq.findContact(ctx.db, id)]);
  return contact!;
}

export async function listContacts(ctx: Context, employerId: string, query: EmployerContactsQuery) {
  const employer = await employerInScope(ctx, employerId, 'employer_contact.list');
  let cursor = null;
  if (query.cursor !== undefined) {
    cursor = decodeContactCursor(query.cursor);
    if (!cursor) throw errors.validation([{ field: 'cursor', problem: 'invalid' }]);
  }
  const pageSize = query.pageSize ?? EMPLOYER_LIMITS.contactsPageDefault;
  const rows = await cq.contactsOfEmployer(ctx.db, employerId, cursor, pageSize + 1);
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, {
    action: 'employer_contact.list', entityType: 'employer', entityId: employerId, organisationId: employer.organisation_id, details: { shown: page.map((row) => row.id) },
  });
  return {
    items: await presentContacts(ctx, employer.organisation_id, page),
    nextCursor: rows.length > pageSize ? encodeContactCursor({ contactedOn: page.at(-1)!.contacted_on, id: page.at(-1)!.id }) : null,
  };
}

/** A case's job-finding log: needs case.read on the case (its team, or case.read_all). */
export async function ofCase(ctx: Context, caseId: string) {
  const caseRow = await caseInScope(ctx, caseId, 'employer_contact.list');
  const [rows, firstContactOn] = await Promise.all([cq.contactsOfCase(ctx.db, caseId, EMPLOYER_LIMITS.caseContactsMax), cq.firstContactOfCase(ctx.db, caseId)]);
  await recordAudit(ctx.db, ctx, {
    action: 'employer_contact.list', entityType: 'case', entityId: caseId, organisationId: caseRow.organisation_id, details: { shown: rows.map((row) => row.id) },
  });
  const readable = new Set([caseId]);
  return { items: rows.map((row) => presentContact(row, readable)), firstContactOn };
}
