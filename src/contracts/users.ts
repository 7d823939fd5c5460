import { Type, type Static } from 'typebox';
import { LANGUAGES, ROLES } from './roles.ts';
import { Email, Id, PageQuery, Text, Timestamp, Version } from './common.ts';
import { LIMITS } from './limits.ts';

export const Password = Type.String({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax });
const RoleName = Type.Enum(ROLES);
const Language = Type.Enum(LANGUAGES);

export const Membership = Type.Object(
  { organisationId: Id, role: RoleName },
  { additionalProperties: false },
);
export type Membership = Static<typeof Membership>;

export const UserCreate = Type.Object(
  {
    email: Email,
    firstName: Text(),
    lastName: Text(),
    password: Password,
    language: Type.Optional(Language),
    isSystemAdmin: Type.Optional(Type.Boolean()),
    memberships: Type.Array(Membership, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type UserCreate = Static<typeof UserCreate>;

export const UserUpdate = Type.Object(
  {
    email: Type.Optional(Email),
    firstName: Type.Optional(Text()),
    lastName: Type.Optional(Text()),
    password: Type.Optional(Password),
    language: Type.Optional(Language),
    isActive: Type.Optional(Type.Boolean()),
    isSystemAdmin: Type.Optional(Type.Boolean()),
    memberships: Type.Optional(Type.Array(Membership, { maxItems: 100 })),
    version: Version,
  },
  { additionalProperties: false },
);
export type UserUpdate = Static<typeof UserUpdate>;

export const MembershipView = Type.Object({
  organisationId: Id,
  organisationName: Type.String(),
  role: Type.String(),
});

export const User = Type.Object({
  id: Id,
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  language: Type.String(),
  isActive: Type.Boolean(),
  isSystemAdmin: Type.Boolean(),
  memberships: Type.Array(MembershipView),
  lastSignInAt: Type.Union([Timestamp, Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});
export type User = Static<typeof User>;

export const UserListQuery = Type.Object(
  {
    ...PageQuery,
    organisationId: Type.Optional(Id),
    role: Type.Optional(RoleName),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;
