import { Type, type Static } from 'typebox';
import { Email, Id, IsoDate, Text, Timestamp } from './common.ts';
import { EMPLOYER_CONTACT_KINDS, SECTORS, VACANCY_STATUSES } from './employment.ts';
import { LIMITS } from './limits.ts';
import { MUNICIPALITY_CODES } from './municipalities.ts';

// Employers, the people there staff talk to (contact persons) and every contact with them
// (the relationship history; for a person, their job-finding log). Decision 0030.

export const EMPLOYER_LIMITS = {
  notesMax: 4000,
  contactNotesMax: 4000,
  websiteMax: 300,
  contactPersonsMax: 50,
  /** Contacts shown on the employer's page; the rest through GET /api/employers/:id/contacts. */
  lastContacts: 10,
  contactsPageDefault: 50,
  /** A case's job-finding log is shown whole, up to this many. */
  caseContactsMax: 500,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const MunicipalityCode = Type.Enum(MUNICIPALITY_CODES as unknown as readonly [string, ...string[]]);

const editable = {
  name: Text(),
  /** Juridinio asmens kodas: 9 digits; checked by the service so the message says so. */
  companyCode: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.codeMax }))),
  /** NACE Rev. 2 section letter. */
  sector: Type.Optional(Nullable(Type.Enum(SECTORS))),
  address: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  municipalityCode: Type.Optional(Nullable(MunicipalityCode)),
  eldership: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  phone: Type.Optional(Type.String({ maxLength: LIMITS.phoneMax })),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
  website: Type.Optional(Type.String({ maxLength: EMPLOYER_LIMITS.websiteMax })),
  offersTrialPractice: Type.Optional(Type.Boolean()),
  offersApprenticeships: Type.Optional(Type.Boolean()),
  offersAdaptedWorkplaces: Type.Optional(Type.Boolean()),
  /** The job coach who looks after the employer: a job coach of the organisation. */
  coachId: Type.Optional(Nullable(Id)),
  notes: Type.Optional(Type.String({ maxLength: EMPLOYER_LIMITS.notesMax })),
};

export const EmployerCreate = Type.Object(
  {
    /** Needed only when the user manages employers in more than one organisation. */
    organisationId: Type.Optional(Id),
    ...editable,
  },
  { additionalProperties: false },
);
export type EmployerCreate = Static<typeof EmployerCreate>;

export const EmployerUpdate = Type.Object(
  { ...Type.Partial(Type.Object(editable)).properties, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type EmployerUpdate = Static<typeof EmployerUpdate>;

export const EmployerListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    organisationId: Type.Optional(Id),
    /** One employer (for a picker showing the chosen one). */
    id: Type.Optional(Id),
    coachId: Type.Optional(Id),
    municipalityCode: Type.Optional(MunicipalityCode),
    offersTrialPractice: Type.Optional(Type.Boolean()),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type EmployerListQuery = Static<typeof EmployerListQuery>;

export const EmployerListItem = Type.Object({
  id: Id,
  organisationId: Id,
  name: Type.String(),
  companyCode: Nullable(Type.String()),
  sector: Nullable(Type.String()),
  municipalityCode: Nullable(Type.String()),
  coachId: Nullable(Id),
  coachName: Nullable(Type.String()),
  offersTrialPractice: Type.Boolean(),
  offersApprenticeships: Type.Boolean(),
  offersAdaptedWorkplaces: Type.Boolean(),
  openVacancies: Type.Integer(),
  lastContactOn: Nullable(IsoDate),
});
export type EmployerListItem = Static<typeof EmployerListItem>;

export const EmployerPage = Type.Object({ items: Type.Array(EmployerListItem), nextCursor: Nullable(Type.String()) });
export type EmployerPage = Static<typeof EmployerPage>;

// ── Contact persons ────────────────────────────────────────────────────────

const person = {
  name: Text(),
  position: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  phone: Type.Optional(Type.String({ maxLength: LIMITS.phoneMax })),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
};
export const ContactPersonCreate = Type.Object(person, { additionalProperties: false });
export type ContactPersonCreate = Static<typeof ContactPersonCreate>;
export const ContactPersonUpdate = Type.Partial(Type.Object(person, { additionalProperties: false }));
export type ContactPersonUpdate = Static<typeof ContactPersonUpdate>;
export const ContactPersonParams = Type.Object({ id: Id, personId: Id }, { additionalProperties: false });

export const ContactPerson = Type.Object({
  id: Id,
  employerId: Id,
  name: Type.String(),
  position: Type.String(),
  phone: Type.String(),
  email: Type.String(),
});
export type ContactPerson = Static<typeof ContactPerson>;

// ── Employer contacts ──────────────────────────────────────────────────────

export const EmployerContactCreate = Type.Object(
  {
    contactedOn: IsoDate,
    kind: Type.Enum(EMPLOYER_CONTACT_KINDS),
    /** Who made the contact: the signed-in user unless given; a staff member of the organisation. */
    staffId: Type.Optional(Id),
    contactPersonId: Type.Optional(Nullable(Id)),
    /** Made for this person's case: it then belongs to their job-finding log (needs case.work on the case). */
    caseId: Type.Optional(Nullable(Id)),
    vacancyId: Type.Optional(Nullable(Id)),
    notes: Type.Optional(Type.String({ maxLength: EMPLOYER_LIMITS.contactNotesMax })),
  },
  { additionalProperties: false },
);
export type EmployerContactCreate = Static<typeof EmployerContactCreate>;

export const EmployerContact = Type.Object({
  id: Id,
  employerId: Id,
  employerName: Type.String(),
  contactedOn: IsoDate,
  kind: Type.String(),
  staffId: Id,
  staffName: Type.String(),
  contactPersonId: Nullable(Id),
  contactPersonName: Nullable(Type.String()),
  /** Whether it was made for a person's case. */
  forCase: Type.Boolean(),
  /** The case and person, and the notes of such a contact, only for those who may read the case. */
  caseId: Nullable(Id),
  participantName: Nullable(Type.String()),
  vacancyId: Nullable(Id),
  vacancyTitle: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  createdAt: Timestamp,
});
export type EmployerContact = Static<typeof EmployerContact>;

export const EmployerContactsQuery = Type.Object(
  {
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type EmployerContactsQuery = Static<typeof EmployerContactsQuery>;

export const EmployerContactPage = Type.Object({ items: Type.Array(EmployerContact), nextCursor: Nullable(Type.String()) });
export type EmployerContactPage = Static<typeof EmployerContactPage>;

export const CaseEmployerContacts = Type.Object({
  /** Newest first. */
  items: Type.Array(EmployerContact),
  /** The first contact of the case with an employer (for the fidelity figure), if any. */
  firstContactOn: Nullable(IsoDate),
});
export type CaseEmployerContacts = Static<typeof CaseEmployerContacts>;

// ── The employer's page ────────────────────────────────────────────────────

export const EmployerVacancySummary = Type.Object({
  id: Id,
  title: Type.String(),
  iscoCode: Type.String(),
  status: Type.Enum(VACANCY_STATUSES),
  opensOn: IsoDate,
  closesOn: Nullable(IsoDate),
  positions: Type.Integer(),
});
export type EmployerVacancySummary = Static<typeof EmployerVacancySummary>;

export const Employer = Type.Object({
  id: Id,
  organisationId: Id,
  organisationName: Type.String(),
  name: Type.String(),
  companyCode: Nullable(Type.String()),
  sector: Nullable(Type.String()),
  address: Type.String(),
  municipalityCode: Nullable(Type.String()),
  eldership: Type.String(),
  phone: Type.String(),
  email: Type.String(),
  website: Type.String(),
  offersTrialPractice: Type.Boolean(),
  offersApprenticeships: Type.Boolean(),
  offersAdaptedWorkplaces: Type.Boolean(),
  coachId: Nullable(Id),
  coachName: Nullable(Type.String()),
  notes: Type.String(),
  contactPersons: Type.Array(ContactPerson),
  /** Draft and open vacancies, the newest first. */
  openVacancies: Type.Array(EmployerVacancySummary),
  /** The newest contacts (EMPLOYER_LIMITS.lastContacts). */
  lastContacts: Type.Array(EmployerContact),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type Employer = Static<typeof Employer>;

/** A company code as typed ("302 456 789") reduced to its digits; null when empty. */
export function normaliseCompanyCode(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').replace(/[\s-]/g, '');
  return trimmed === '' ? null : trimmed;
}

export const COMPANY_CODE_PATTERN = /^[0-9]{9}$/;

export const CoachesQuery = Type.Object({ organisationId: Type.Optional(Id) }, { additionalProperties: false });
export const CoachOption = Type.Object({ id: Id, name: Type.String(), organisationId: Id });
export type CoachOption = Static<typeof CoachOption>;
