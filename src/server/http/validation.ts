import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// Two validators: query strings and path parameters arrive as text, so they are
// coerced ("3" → 3); JSON bodies are not, because coercion would turn a null into 0
// ("no education level recorded" into "ISCED 0") or 0 into null.
const shared: Options = { allErrors: true, removeAdditional: false, useDefaults: true, strict: false };
const forBody = new Ajv({ ...shared, coerceTypes: false });
const forText = new Ajv({ ...shared, coerceTypes: 'array' });
for (const ajv of [forBody, forText]) (addFormats as unknown as (ajv: Ajv) => void)(ajv);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBody : forText).compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
