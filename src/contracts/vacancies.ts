import { Type, type Static } from 'typebox';
import { Id, IsoDate, Text, Timestamp } from './common.ts';
import { ADAPTATIONS, HOURS_KINDS, VACANCY_SOURCES, VACANCY_STATUSES } from './employment.ts';
import { LIMITS } from './limits.ts';
import { MUNICIPALITY_CODES } from './municipalities.ts';
import type { Language } from './roles.ts';

// Vacancies (decision 0030): an employer's job coded by ISCO-08 unit group, with place,
// hours, wage, requirements and adaptations. A wage below the legal minimum is saved with a
// warning, computed on every read from the configured minimum (never stored).

export const VACANCY_LIMITS = {
  titleMax: 200,
  descriptionMax: 8000,
  skillsMax: 30,
  skillMax: 80,
  /** What the schema accepts before trimming and removing repeats. */
  skillsInputMax: 100,
  languagesMax: 20,
  positionsMax: 1000,
  /** A week of full-time work, for a wage given without hours. */
  fullTimeHours: 40,
  wageMaxCents: 100_000_000,
} as const;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const MunicipalityCode = Type.Enum(MUNICIPALITY_CODES as unknown as readonly [string, ...string[]]);
const Cents = Type.Integer({ minimum: 0, maximum: VACANCY_LIMITS.wageMaxCents });

const editable = {
  /** An ISCO-08 unit group (4 digits); checked against the classification. */
  iscoCode: Type.String({ minLength: 1, maxLength: 10 }),
  title: Text(VACANCY_LIMITS.titleMax),
  description: Type.Optional(Type.String({ maxLength: VACANCY_LIMITS.descriptionMax })),
  municipalityCode: MunicipalityCode,
  eldership: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  address: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  hours: Type.Enum(HOURS_KINDS),
  hoursPerWeek: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 60 }))),
  /** Gross monthly wage in euro cents, from–to. */
  wageMinCents: Type.Optional(Nullable(Cents)),
  wageMaxCents: Type.Optional(Nullable(Cents)),
  /** Trimmed, repeats removed, at most VACANCY_LIMITS.skillsMax. */
  skills: Type.Optional(Type.Array(Type.String({ maxLength: VACANCY_LIMITS.skillMax }), { maxItems: VACANCY_LIMITS.skillsInputMax })),
  /** ISO 639 codes (WORK_LANGUAGES, or any two-letter code). */
  languages: Type.Optional(Type.Array(Type.String({ maxLength: 3 }), { maxItems: VACANCY_LIMITS.languagesMax })),
  drivingLicenceRequired: Type.Optional(Type.Boolean()),
  adaptations: Type.Optional(Type.Array(Type.Enum(ADAPTATIONS), { maxItems: ADAPTATIONS.length, uniqueItems: true })),
  positions: Type.Optional(Type.Integer({ minimum: 1, maximum: VACANCY_LIMITS.positionsMax })),
  opensOn: IsoDate,
  closesOn: Type.Optional(Nullable(IsoDate)),
  status: Type.Optional(Type.Enum(VACANCY_STATUSES)),
  source: Type.Optional(Type.Enum(VACANCY_SOURCES)),
};

export const VacancyCreate = Type.Object(
  {
    /** An employer of the same organisation; the vacancy belongs to the employer's organisation. */
    employerId: Id,
    ...editable,
  },
  { additionalProperties: false },
);
export type VacancyCreate = Static<typeof VacancyCreate>;

export const VacancyUpdate = Type.Object(
  { ...Type.Partial(Type.Object(editable)).properties, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type VacancyUpdate = Static<typeof VacancyUpdate>;

export const VacancyWarning = Type.Object({
  code: Type.Literal('VACANCY.WAGE_BELOW_MINIMUM'),
  message: Type.String(),
  /** `minimum`: the monthly minimum wage in euros; `fullTimeCents`: the wage offered, counted for 40 hours a week. */
  params: Type.Object({ minimum: Type.Number(), fullTimeCents: Type.Integer() }),
});
export type VacancyWarning = Static<typeof VacancyWarning>;

export const WARNING_MESSAGES = {
  'VACANCY.WAGE_BELOW_MINIMUM': {
    lt: 'Siūlomas atlyginimas, perskaičiavus visam darbo laikui (40 val. per savaitę), mažesnis už minimalią mėnesinę algą ({{minimum}} €). Darbo vieta išsaugota; patikrinkite atlyginimą su darbdaviu.',
    en: 'The wage offered, counted for full time (40 hours a week), is below the minimum monthly wage ({{minimum}} €). The vacancy is saved; check the wage with the employer.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export const Vacancy = Type.Object({
  id: Id,
  organisationId: Id,
  employerId: Id,
  employerName: Type.String(),
  iscoCode: Type.String(),
  /** In the user's language. */
  occupationName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  municipalityCode: Type.String(),
  eldership: Type.String(),
  address: Type.String(),
  hours: Type.Enum(HOURS_KINDS),
  hoursPerWeek: Nullable(Type.Number()),
  wageMinCents: Nullable(Type.Integer()),
  wageMaxCents: Nullable(Type.Integer()),
  skills: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  drivingLicenceRequired: Type.Boolean(),
  adaptations: Type.Array(Type.String()),
  positions: Type.Integer(),
  opensOn: IsoDate,
  closesOn: Nullable(IsoDate),
  status: Type.Enum(VACANCY_STATUSES),
  source: Type.String(),
  createdBy: Nullable(Id),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
  warnings: Type.Array(VacancyWarning),
});
export type Vacancy = Static<typeof Vacancy>;

export const VacancyListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(VACANCY_STATUSES)),
    employerId: Type.Optional(Id),
    organisationId: Type.Optional(Id),
    /** An ISCO-08 code or its start: "7" all craft workers, "7212" welders. */
    isco: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$' })),
    municipalityCode: Type.Optional(MunicipalityCode),
    hours: Type.Optional(Type.Enum(HOURS_KINDS)),
    /** Words of the title or the employer's name. */
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type VacancyListQuery = Static<typeof VacancyListQuery>;

export const VacancyListItem = Type.Object({
  id: Id,
  organisationId: Id,
  employerId: Id,
  employerName: Type.String(),
  iscoCode: Type.String(),
  occupationName: Type.String(),
  title: Type.String(),
  municipalityCode: Type.String(),
  hours: Type.Enum(HOURS_KINDS),
  hoursPerWeek: Nullable(Type.Number()),
  wageMinCents: Nullable(Type.Integer()),
  wageMaxCents: Nullable(Type.Integer()),
  positions: Type.Integer(),
  opensOn: IsoDate,
  closesOn: Nullable(IsoDate),
  status: Type.Enum(VACANCY_STATUSES),
  /** The wage offered is below the legal minimum, counted for full time. */
  wageBelowMinimum: Type.Boolean(),
});
export type VacancyListItem = Static<typeof VacancyListItem>;

export const VacancyPage = Type.Object({ items: Type.Array(VacancyListItem), nextCursor: Nullable(Type.String()) });
export type VacancyPage = Static<typeof VacancyPage>;
