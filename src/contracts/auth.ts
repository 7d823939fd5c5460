import { Type, type Static } from 'typebox';
import { LANGUAGES } from './roles.ts';
import { Id } from './common.ts';
import { MembershipView, Password } from './users.ts';
import { LIMITS } from './limits.ts';

// Login takes any string: a malformed e-mail gets the same generic answer as a wrong one.
export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: LIMITS.emailMax }),
    password: Type.String({ minLength: 1, maxLength: LIMITS.passwordMax }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const PasswordChange = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: LIMITS.passwordMax }), newPassword: Password },
  { additionalProperties: false },
);
export type PasswordChange = Static<typeof PasswordChange>;

export const ProfileUpdate = Type.Object(
  { language: Type.Enum(LANGUAGES) },
  { additionalProperties: false },
);

export const Me = Type.Object({
  user: Type.Object({
    id: Id,
    email: Type.String(),
    firstName: Type.String(),
    lastName: Type.String(),
    language: Type.String(),
    isSystemAdmin: Type.Boolean(),
    memberships: Type.Array(MembershipView),
  }),
  /** Held in at least one organisation (menus, pages). */
  permissions: Type.Array(Type.String()),
  /**
   * Held in each organisation the user is a member of, by organisation id (what to offer
   * where). An installation administrator also holds `installationPermissions` in every
   * organisation, member or not; for everyone else that list is empty.
   */
  organisationPermissions: Type.Record(Type.String(), Type.Array(Type.String())),
  installationPermissions: Type.Array(Type.String()),
  csrfToken: Type.String(),
});
export type Me = Static<typeof Me>;

export const Meta = Type.Object({
  demo: Type.Boolean(),
  version: Type.String(),
  demoAccount: Type.Optional(Type.Object({ email: Type.String(), password: Type.String() })),
});
export type Meta = Static<typeof Meta>;
