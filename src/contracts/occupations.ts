import { Type, type Static } from 'typebox';
import { LIMITS } from './limits.ts';

// Occupations (ISCO-08, decision 0029): the picker's search and one occupation with its
// place in the hierarchy. Not personal data: any signed-in staff member reads them.

export const OCCUPATION_LIMITS = { limitDefault: 20, limitMax: 100 } as const;

/** A 1–4 digit ISCO-08 code ("7", "72", "721", "7212"). */
export const OccupationCode = Type.String({ pattern: '^[0-9]{1,4}$' });

export const OccupationQuery = Type.Object(
  {
    /** Part of a code ("251") or of a name in either language, diacritics ignored ("suvirint"). */
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
    /** 1 major, 2 sub-major, 3 minor, 4 unit groups (the default: what records store). */
    level: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: OCCUPATION_LIMITS.limitMax })),
  },
  { additionalProperties: false },
);
export type OccupationQuery = Static<typeof OccupationQuery>;

export const Occupation = Type.Object({
  code: Type.String(),
  level: Type.Integer(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  /** In the user's language. */
  name: Type.String(),
  nameLt: Type.String(),
  nameEn: Type.String(),
});
export type Occupation = Static<typeof Occupation>;

export const OccupationList = Type.Object({ items: Type.Array(Occupation) });
export type OccupationList = Static<typeof OccupationList>;

export const OccupationParams = Type.Object({ code: OccupationCode }, { additionalProperties: false });

export const OccupationDetail = Type.Object({
  ...Occupation.properties,
  /** From the major group down to the parent: "7", "72", "721". */
  ancestors: Type.Array(Occupation),
});
export type OccupationDetail = Static<typeof OccupationDetail>;

/** "7212 Suvirintojai ir metalo pjaustytojai": how an occupation is shown. */
export function occupationLabel(occupation: { code: string; name: string }): string {
  return `${occupation.code} ${occupation.name}`;
}
