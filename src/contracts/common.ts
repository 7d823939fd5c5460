import { Type, type TSchema } from 'typebox';
import { LIMITS } from './limits.ts';

// A required human-entered text: not empty and not only spaces; kept exactly as typed.
export const Text = (max: number = LIMITS.nameMax) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
export const OptionalText = (max: number = LIMITS.textMax) => Type.String({ maxLength: max });
export const Email = Type.String({ format: 'email', minLength: 3, maxLength: LIMITS.emailMax });
export const Id = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ format: 'date' });
export const Timestamp = Type.String({ format: 'date-time' });
export const Version = Type.Integer({ minimum: 1 });

export const IdParams = Type.Object({ id: Id }, { additionalProperties: false });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.pageSizeMax })),
  q: Type.Optional(Type.String({ maxLength: LIMITS.searchMax })),
};

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});
