import type { TFunction } from 'i18next';
import type { MatchFactor } from '../../../../contracts/matching.ts';

// A factor of a match as a sentence a coach can read, in the user's language:
// "Profesija: tikslinė profesija 7212 sutampa (40 iš 40)". The server sends codes and
// numbers (decision 0032); the words live in the locale files under matching.*.

type Translate = TFunction;

const list = (items: readonly string[], language: string) =>
  new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);

function languageNames(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  return list(codes.map((code) => { try { return names.of(code) ?? code; } catch { return code; } }), language);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The reason alone, without the factor's name and points. */
export function reasonText(factor: MatchFactor, t: Translate, language: string): string {
  const { code, params } = factor.reason;
  const p: Record<string, unknown> = params;
  switch (factor.key) {
    case 'occupation':
      return code === 'none' ? t('matching.reason.occupation.none', p) : t(`matching.reason.occupation.${code}_${String(p.level)}`, p);
    case 'skills':
      return t(`matching.reason.skills.${code}`, { ...p, missing: list(strings(p.missing), language) });
    case 'distance': {
      if (code === 'place_unknown') return t(p.from ? 'matching.reason.distance.place_unknown' : 'matching.reason.distance.home_unknown', p);
      const base = t(`matching.reason.distance.${code}`, p);
      if (p.transportProvided) return `${base}${t('matching.reason.distance.transportProvided')}`;
      if (p.ownTransport === false) return `${base}${t('matching.reason.distance.noOwnTransport')}`;
      return base;
    }
    case 'hours': {
      const hours = t(`matching.hoursKinds.${String(p.hours)}`);
      const accepted = list(strings(p.accepted).map((kind) => t(`matching.hoursKinds.${kind}`)), language);
      return t(`matching.reason.hours.${code}`, { hours, accepted });
    }
    case 'language':
      return t(`matching.reason.language.${code}`, { languages: languageNames(strings(p.languages), language), missing: languageNames(strings(p.missing), language) });
    case 'adaptations': {
      const names = (items: string[]) => list(items.map((item) => t(`matching.adaptations.${item}`, { defaultValue: item })), language);
      return t(`matching.reason.adaptations.${code}`, { adaptations: names(strings(p.adaptations)), missing: names(strings(p.missing)) });
    }
    case 'driving_licence':
      return t(`matching.reason.driving_licence.${code}`);
  }
}

/** "Factor: reason (points of max)". */
export function factorSentence(factor: MatchFactor, t: Translate, language: string): string {
  return t('matching.factorLine', { name: t(`matching.factors.${factor.key}`), reason: reasonText(factor, t, language), points: factor.points, max: factor.max });
}
