import { Type, type Static } from 'typebox';
import { Email, Id, OptionalText, PageQuery, Text, Timestamp, Version } from './common.ts';
import { LIMITS } from './limits.ts';

const fields = {
  organisationId: Id,
  name: Text(),
  address: Text(),
  municipality: Type.Optional(Type.String({ maxLength: LIMITS.nameMax })),
  openingHours: Type.Optional(OptionalText(500)),
  workstations: Type.Integer({ minimum: 0, maximum: LIMITS.workstationsMax }),
  coordinatorId: Type.Optional(Type.Union([Id, Type.Null()])),
  phone: Type.Optional(Type.String({ maxLength: LIMITS.phoneMax })),
  email: Type.Optional(Type.Union([Email, Type.Literal('')])),
};

export const CentreCreate = Type.Object(fields, { additionalProperties: false });
export type CentreCreate = Static<typeof CentreCreate>;

const { organisationId: _moved, ...editable } = fields;
export const CentreUpdate = Type.Object(
  { ...Type.Partial(Type.Object(editable)).properties, version: Version },
  { additionalProperties: false },
);
export type CentreUpdate = Static<typeof CentreUpdate>;

export const Centre = Type.Object({
  id: Id,
  organisationId: Id,
  organisationName: Type.String(),
  name: Type.String(),
  address: Type.String(),
  municipality: Type.String(),
  openingHours: Type.String(),
  workstations: Type.Integer(),
  coordinatorId: Type.Union([Id, Type.Null()]),
  coordinatorName: Type.Union([Type.String(), Type.Null()]),
  phone: Type.String(),
  email: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type Centre = Static<typeof Centre>;

export const CentreListQuery = Type.Object(
  { ...PageQuery, organisationId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type CentreListQuery = Static<typeof CentreListQuery>;
