import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchFactor } from '../../../../contracts/matching.ts';
import en from '../../../locales/en.json' with { type: 'json' };
import lt from '../../../locales/lt.json' with { type: 'json' };
import { factorSentence } from './match-sentences.ts';

// Every reason the server can give, put into words in both languages.

const i18n = createInstance();
await i18n.init({ resources: { lt: { translation: lt }, en: { translation: en } }, lng: 'lt', interpolation: { escapeValue: false } });

const f = (key: MatchFactor['key'], points: number, max: number, code: string, params: MatchFactor['reason']['params'] = {}): MatchFactor =>
  ({ key, points, max, reason: { code, params } });
const say = (factor: MatchFactor, language: 'lt' | 'en' = 'lt') => factorSentence(factor, i18n.getFixedT(language), language);

describe('match factors in words', () => {
  it('names the matched occupation and its level', () => {
    expect(say(f('occupation', 40, 40, 'target', { level: 4, code: '7212', group: '7212', vacancyCode: '7212' }))).toBe('Profesija: tikslinė profesija 7212 sutampa (40 iš 40)');
    expect(say(f('occupation', 22, 40, 'experience', { level: 3, code: '7213', group: '721', vacancyCode: '7212' }), 'en'))
      .toBe('Occupation: work experience 7213 in the same minor group 721 (22 of 40)');
    expect(say(f('occupation', 0, 40, 'none', { vacancyCode: '7212' }))).toBe('Profesija: nei tikslinės profesijos, nei darbo patirties, artimos 7212 (0 iš 40)');
  });

  it('gives the distance with both places and the reach', () => {
    const params = { km: 30, from: 'Kazlų Rūda', to: 'Marijampolė', reachKm: 30, ownTransport: true, transportProvided: false, reachStated: true };
    expect(say(f('distance', 20, 20, 'within_reach', params))).toBe('Atstumas: apie 30 km (Kazlų Rūda → Marijampolė), iki 30 km priimtina (20 iš 20)');
    expect(say(f('distance', 10, 20, 'beyond_reach', { ...params, reachKm: 20, ownTransport: false }), 'en'))
      .toBe('Distance: about 30 km (Kazlų Rūda → Marijampolė), only up to 20 km is fine, as the person has no transport of their own (10 of 20)');
    expect(say(f('distance', 20, 20, 'same_municipality', { km: 0, place: 'Kazlų Rūda', ownTransport: false, transportProvided: true })))
      .toBe('Atstumas: ta pati savivaldybė (Kazlų Rūda); darbdavys suteikia transportą (20 iš 20)');
    expect(say(f('distance', 10, 20, 'place_unknown', { from: '', to: 'Kazlų Rūda' }))).toBe('Atstumas: asmens savivaldybė nenurodyta, atstumas iki Kazlų Rūda nežinomas (10 iš 20)');
  });

  it('lists missing skills, languages and adaptations by name', () => {
    expect(say(f('skills', 8, 15, 'some', { matched: 1, asked: 2, missing: ['Brėžinių skaitymas'] })))
      .toBe('Įgūdžiai: turi 1 iš 2 prašomų įgūdžių, trūksta: Brėžinių skaitymas (8 iš 15)');
    expect(say(f('language', 0, 5, 'missing', { languages: ['lt', 'en'], missing: ['en'] }), 'en')).toBe('Language: does not speak: English (0 of 5)');
    expect(say(f('adaptations', 3, 5, 'missing', { adaptations: ['step_free_access', 'sign_language'], missing: ['sign_language'] })))
      .toBe('Pritaikymas: trūksta: gestų kalba (3 iš 5)');
  });

  it('names the working time and the driving licence', () => {
    expect(say(f('hours', 6, 10, 'partly', { hours: 'flexible', accepted: ['part_time'] })))
      .toBe('Darbo laikas: lankstus darbo laikas tinka iš dalies (asmeniui tinka: ne visas darbo laikas) (6 iš 10)');
    expect(say(f('driving_licence', 0, 5, 'missing'), 'en')).toBe('Driving licence: required, but the person has none (0 of 5)');
  });

  it('has words for every reason code in both languages', () => {
    const codes: [MatchFactor['key'], string, MatchFactor['reason']['params']][] = [
      ...[1, 2, 3, 4].flatMap((level) => (['target', 'experience'] as const).map((code): [MatchFactor['key'], string, MatchFactor['reason']['params']] => ['occupation', code, { level, code: '7212', group: '72' }])),
      ['skills', 'none_asked', {}], ['skills', 'all', { asked: 2 }], ['skills', 'none', { missing: ['x'] }],
      ['distance', 'same_eldership', { eldership: 'Jankų seniūnija', place: 'Kazlų Rūda' }], ['distance', 'place_unknown', { from: 'X', to: 'Y' }],
      ['hours', 'accepted', { hours: 'full_time' }], ['hours', 'not_accepted', { hours: 'full_time', accepted: ['part_time'] }], ['hours', 'unknown', { hours: 'part_time' }],
      ['language', 'none_asked', {}], ['language', 'all_spoken', { languages: ['lt'] }],
      ['adaptations', 'none_needed', {}], ['adaptations', 'all_offered', { adaptations: ['quiet_workplace'] }],
      ['driving_licence', 'not_required', {}], ['driving_licence', 'has_licence', {}],
    ];
    for (const language of ['lt', 'en'] as const) {
      for (const [key, code, params] of codes) {
        const text = say(f(key, 1, 5, code, params), language);
        expect(text, `${key}.${code}`).not.toMatch(/matching\.|\{\{/);
      }
    }
  });
});
