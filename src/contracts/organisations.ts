import { Type, type Static } from 'typebox';
import { ORGANISATION_KINDS } from './roles.ts';
import { Email, Id, OptionalText, PageQuery, Text, Timestamp, Version } from './common.ts';
import { LIMITS } from './limits.ts';

const fields = {
  name: Text(),
  kind: Type.Enum(ORGANISATION_KINDS),
  companyCode: Type.Optional(Type.String({ maxLength: LIMITS.codeMax })),
  address: Type.Optional(OptionalText(LIMITS.nameMax)),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
  phone: Type.Optional(Type.String({ maxLength: LIMITS.phoneMax })),
};

export const OrganisationCreate = Type.Object(fields, { additionalProperties: false });
export type OrganisationCreate = Static<typeof OrganisationCreate>;

export const OrganisationUpdate = Type.Object(
  { ...Type.Partial(Type.Object(fields)).properties, version: Version },
  { additionalProperties: false },
);
export type OrganisationUpdate = Static<typeof OrganisationUpdate>;

export const Organisation = Type.Object({
  id: Id,
  name: Type.String(),
  kind: Type.String(),
  companyCode: Type.String(),
  address: Type.String(),
  email: Type.String(),
  phone: Type.String(),
  centreCount: Type.Integer(),
  staffCount: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type Organisation = Static<typeof Organisation>;

export const OrganisationListQuery = Type.Object(
  { ...PageQuery, kind: Type.Optional(Type.Enum(ORGANISATION_KINDS)) },
  { additionalProperties: false },
);
export type OrganisationListQuery = Static<typeof OrganisationListQuery>;
