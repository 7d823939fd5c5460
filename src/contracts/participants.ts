import { Type, type Static } from 'typebox';
import { Email, Id, IsoDate, Text, Timestamp } from './common.ts';
import { LIMITS } from './limits.ts';

// Participants: the people a programme serves. Decision 0016 explains the choices
// (personal code per organisation, masking in lists, special-category data apart).

export const SEXES = ['female', 'male', 'non_binary'] as const;
export const LABOUR_MARKET_STATUSES = ['unemployed', 'long_term_unemployed', 'inactive', 'employed', 'self_employed', 'in_education'] as const;
/** Answers to a special-category question; 'declined' (the person chose not to answer) is an answer of its own. */
export const SPECIAL_ANSWERS = ['yes', 'no', 'declined', 'not_asked'] as const;
export const MIGRANT_STATUSES = ['refugee', 'asylum_seeker', 'temporary_protection', 'third_country_national', 'none', 'declined', 'not_asked'] as const;
export const CONSENT_PURPOSES = ['case_management', 'job_mediation', 'special_category_data', 'data_sharing_with_partners', 'surveys', 'photos_and_publicity'] as const;
export const LEGAL_BASES = ['consent', 'legal_obligation', 'public_task', 'contract', 'vital_interests', 'legitimate_interests'] as const;
/** Purposes every participant's record should have a live consent (or other legal basis) for; screens warn otherwise. */
export const EXPECTED_CONSENT_PURPOSES = ['case_management', 'job_mediation'] as const;
export const ATTACHMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const PARTICIPANT_LIMITS = {
  personalCodeInputMax: 50,
  languagesMax: 20,
  targetGroupsMax: 30,
  targetGroupMax: 60,
  duplicateCandidatesMax: 10,
  attachmentMaxBytes: 5 * 1024 * 1024,
  totalCountCap: 1000,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const LanguageCode = Type.String({ pattern: '^[a-z]{2}$' });
const TargetGroup = Type.String({ minLength: 1, maxLength: PARTICIPANT_LIMITS.targetGroupMax, pattern: '^[a-z0-9_]+$' });

const editable = {
  firstName: Text(),
  lastName: Text(),
  // Checked by the service, not by the schema, so each kind of mistake gets its own message.
  personalCode: Type.Optional(Nullable(Type.String({ maxLength: PARTICIPANT_LIMITS.personalCodeInputMax }))),
  birthDate: Type.Optional(Nullable(IsoDate)),
  sex: Type.Optional(Nullable(Type.Enum(SEXES))),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
  phone: Type.Optional(Type.String({ maxLength: LIMITS.phoneMax })),
  address: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  municipality: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  eldership: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  languages: Type.Optional(Type.Array(LanguageCode, { maxItems: PARTICIPANT_LIMITS.languagesMax, uniqueItems: true })),
  educationLevel: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 8 }))),
  labourMarketStatus: Type.Optional(Nullable(Type.Enum(LABOUR_MARKET_STATUSES))),
  registeredUnemployedSince: Type.Optional(Nullable(IsoDate)),
  notWorkingSince: Type.Optional(Nullable(IsoDate)),
  receivesSocialAssistance: Type.Optional(Nullable(Type.Boolean())),
  socialAssistanceSince: Type.Optional(Nullable(IsoDate)),
  targetGroups: Type.Optional(Type.Array(TargetGroup, { maxItems: PARTICIPANT_LIMITS.targetGroupsMax, uniqueItems: true })),
};

export const ParticipantCreate = Type.Object(
  {
    /** Needed only when the user registers people in more than one organisation. */
    organisationId: Type.Optional(Id),
    ...editable,
    /** Register even though a person with the same name and birth date exists (after the 409 PARTICIPANT.POSSIBLE_DUPLICATE). */
    confirmNotDuplicate: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ParticipantCreate = Static<typeof ParticipantCreate>;

export const ParticipantUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(editable)).properties,
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);
export type ParticipantUpdate = Static<typeof ParticipantUpdate>;

const ordinaryFacts = {
  id: Id,
  organisationId: Id,
  firstName: Type.String(),
  lastName: Type.String(),
  birthDate: Nullable(Type.String()),
  sex: Nullable(Type.String()),
  municipality: Type.String(),
  eldership: Type.String(),
  labourMarketStatus: Nullable(Type.String()),
  targetGroups: Type.Array(Type.String()),
};

/** The profile: every ordinary fact, the full personal code. Never special-category data. */
export const Participant = Type.Object({
  ...ordinaryFacts,
  organisationName: Type.String(),
  personalCode: Nullable(Type.String()),
  email: Type.String(),
  phone: Type.String(),
  address: Type.String(),
  languages: Type.Array(Type.String()),
  educationLevel: Nullable(Type.Integer()),
  registeredUnemployedSince: Nullable(Type.String()),
  notWorkingSince: Nullable(Type.String()),
  receivesSocialAssistance: Nullable(Type.Boolean()),
  socialAssistanceSince: Nullable(Type.String()),
  /** Expected purposes (EXPECTED_CONSENT_PURPOSES) without a live consent today. */
  consentWarnings: Type.Array(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type Participant = Static<typeof Participant>;

/** A row of the list: the personal code masked ("*******1234"), no contacts. */
export const ParticipantListItem = Type.Object({
  ...ordinaryFacts,
  personalCodeMasked: Nullable(Type.String()),
});
export type ParticipantListItem = Static<typeof ParticipantListItem>;

export const ParticipantListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    organisationId: Type.Optional(Id),
    municipality: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
    labourMarketStatus: Type.Optional(Type.Enum(LABOUR_MARKET_STATUSES)),
    targetGroup: Type.Optional(TargetGroup),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    /** `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type ParticipantListQuery = Static<typeof ParticipantListQuery>;

export const ParticipantPage = Type.Object({
  items: Type.Array(ParticipantListItem),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: Nullable(Type.String()),
  /** Matching people, counted up to PARTICIPANT_LIMITS.totalCountCap; `totalCapped` says there are more. */
  total: Type.Integer(),
  totalCapped: Type.Boolean(),
});

export const DuplicateCandidate = Type.Object({ id: Id, firstName: Type.String(), lastName: Type.String(), birthDate: Nullable(Type.String()) });
export type DuplicateCandidate = Static<typeof DuplicateCandidate>;

export const DuplicateQuery = Type.Object(
  {
    organisationId: Type.Optional(Id),
    firstName: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
    lastName: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
    birthDate: Type.Optional(IsoDate),
    personalCode: Type.Optional(Type.String({ maxLength: PARTICIPANT_LIMITS.personalCodeInputMax })),
    /** When editing: leave this record out. */
    exceptId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type DuplicateQuery = Static<typeof DuplicateQuery>;

export const DuplicateCheck = Type.Object({
  /** The record already holding this personal code, if any: registering would be refused. */
  sameCode: Nullable(DuplicateCandidate),
  /** Same name and birth date: registering needs confirmation. */
  candidates: Type.Array(DuplicateCandidate),
});

// Special-category data (GDPR art. 9): its own endpoints, permissions and audit entries.
const specialFields = {
  disability: Type.Enum(SPECIAL_ANSWERS),
  minority: Type.Enum(SPECIAL_ANSWERS),
  /** e.g. 'roma'; only with minority 'yes'. */
  minorityGroup: Type.String({ maxLength: LIMITS.nameMax }),
  migrantStatus: Type.Enum(MIGRANT_STATUSES),
  healthLimits: Type.Enum(SPECIAL_ANSWERS),
  healthNotes: Type.String({ maxLength: LIMITS.textMax }),
};

export const SpecialDataUpdate = Type.Object(
  {
    ...Type.Partial(Type.Object(specialFields)).properties,
    /** The version read; 0 when nothing has been recorded yet. */
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type SpecialDataUpdate = Static<typeof SpecialDataUpdate>;

export const SpecialData = Type.Object({
  participantId: Id,
  ...specialFields,
  /** The live consent or other legal basis for purpose special_category_data, if any. */
  legalBasis: Nullable(Type.Object({ consentId: Id, legalBasis: Type.String(), givenOn: Type.String() })),
  updatedAt: Nullable(Timestamp),
  version: Type.Integer(),
});
export type SpecialData = Static<typeof SpecialData>;

/** A signed document, base64 in JSON (at most PARTICIPANT_LIMITS.attachmentMaxBytes once decoded); consents and action plans carry one. */
export const AttachmentUpload = Type.Object(
  {
    fileName: Text(LIMITS.nameMax),
    contentType: Type.String({ maxLength: 100 }),
    contentBase64: Type.String({ minLength: 1, maxLength: Math.ceil(PARTICIPANT_LIMITS.attachmentMaxBytes / 3) * 4 + 16 }),
  },
  { additionalProperties: false },
);
export type AttachmentUpload = Static<typeof AttachmentUpload>;

export const ConsentCreate = Type.Object(
  {
    purpose: Type.Enum(CONSENT_PURPOSES),
    legalBasis: Type.Enum(LEGAL_BASES),
    givenOn: IsoDate,
    /** The signed document. */
    document: Type.Optional(AttachmentUpload),
  },
  { additionalProperties: false },
);
export type ConsentCreate = Static<typeof ConsentCreate>;

export const ConsentWithdraw = Type.Object({ withdrawnOn: IsoDate }, { additionalProperties: false });
export type ConsentWithdraw = Static<typeof ConsentWithdraw>;

export const Consent = Type.Object({
  id: Id,
  participantId: Id,
  purpose: Type.String(),
  legalBasis: Type.String(),
  givenOn: Type.String(),
  recordedByName: Nullable(Type.String()),
  document: Nullable(Type.Object({ id: Id, fileName: Type.String(), contentType: Type.String(), sizeBytes: Type.Integer() })),
  withdrawnOn: Nullable(Type.String()),
  withdrawnRecordedByName: Nullable(Type.String()),
  /** Given on or before today and not withdrawn by today. */
  live: Type.Boolean(),
  createdAt: Timestamp,
});
export type Consent = Static<typeof Consent>;

export const ConsentParams = Type.Object({ id: Id, consentId: Id }, { additionalProperties: false });
