import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json' with { type: 'json' };
import lt from '../../../locales/lt.json' with { type: 'json' };
import { eventSentence } from './case-timeline.tsx';

const i18n = createInstance();
await i18n.init({ resources: { lt: { translation: lt }, en: { translation: en } }, lng: 'lt', interpolation: { escapeValue: false } });
const entry = (kind: string, params: Record<string, unknown>) => ({ id: '1', at: '2026-03-02T10:00:00Z', kind, actor: null, params });
const names: Record<string, string> = { psychological_help: 'Psichologinė pagalba' };

function sentence(kind: string, params: Record<string, unknown>, language: 'lt' | 'en' = 'lt') {
  const t = i18n.getFixedT(language);
  return eventSentence(entry(kind, params), t, language, (key) => i18n.exists(key), (key) => names[key] ?? key);
}

describe('the case timeline in words', () => {
  it('names the service of a logged or removed delivery', () => {
    expect(sentence('service_delivered', { serviceKey: 'psychological_help', minutes: 60 })).toBe('Užregistruota suteikta paslauga „Psichologinė pagalba“ (60 min.)');
    expect(sentence('service_removed', { serviceKey: 'psychological_help', deliveredOn: '2026-03-01', minutes: 45, reason: 'Įrašyta per klaidą' }))
      .toBe('Ištrintas paslaugos „Psichologinė pagalba“, suteiktos 2026-03-01 (45 min.), įrašas. Priežastis: Įrašyta per klaidą');
  });

  it('writes dates as the reader does', () => {
    expect(sentence('task_created', { assigneeName: 'Rūta Žemaitienė', dueOn: '2026-03-09' })).toBe('Paskirta užduotis: Rūta Žemaitienė, terminas 2026-03-09');
    expect(sentence('task_created', { assigneeName: 'Rūta Žemaitienė', dueOn: '2026-03-09' }, 'en')).toBe('Task assigned to Rūta Žemaitienė, due 09/03/2026');
  });

  it('names the questionnaire as the assessment does', () => {
    expect(sentence('assessment_completed', { questionnaireKey: 'employability', profile: 'short_support' }))
      .toBe('Užbaigtas vertinimas: Įsidarbinimo galimybių vertinimas. Profilis: Reikia trumpos pagalbos');
  });

  it('names a kind it has no sentence for, rather than failing', () => {
    expect(sentence('something_new', {})).toBe('Įvykis „something_new“');
  });
});
