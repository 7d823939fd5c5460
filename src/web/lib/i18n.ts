import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../contracts/roles.ts';
import lt from '../locales/lt.json' with { type: 'json' };
import en from '../locales/en.json' with { type: 'json' };

// Lithuanian first, English as the alternative. The choice lives in the kelias_lang
// cookie, which the server also reads to write its error messages.

export const LANGUAGE_COOKIE = 'kelias_lang';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function languageFromCookie(cookie: string): Language | null {
  for (const part of cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

/** The cookie wins, then the user's saved language, then Lithuanian. */
export function chooseLanguage(cookie: Language | null, saved: unknown): Language {
  if (cookie) return cookie;
  if (isLanguage(saved)) return saved;
  return DEFAULT_LANGUAGE;
}

export function rememberLanguage(language: Language) {
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; SameSite=Lax`;
}

export function applyLanguage(language: Language) {
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function initI18n() {
  const language = chooseLanguage(languageFromCookie(document.cookie), null);
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { lt: { translation: lt }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The current language as a Language, for formatting dates and numbers. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
