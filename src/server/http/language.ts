import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../contracts/roles.ts';

export const LANGUAGE_COOKIE = 'kelias_lang';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

// The language the user chose in the app wins; then the browser's; then Lithuanian.
export function requestLanguage(request: FastifyRequest): Language {
  const chosen = request.cookies?.[LANGUAGE_COOKIE];
  if (isLanguage(chosen)) return chosen;
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return DEFAULT_LANGUAGE;
}
