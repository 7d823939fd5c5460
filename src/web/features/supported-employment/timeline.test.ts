import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json' with { type: 'json' };
import lt from '../../locales/lt.json' with { type: 'json' };
import { eventSentence } from '../cases/components/case-timeline.tsx';

// The supported-employment lines of the case timeline, in both languages.

const i18n = createInstance();
await i18n.init({ resources: { lt: { translation: lt }, en: { translation: en } }, lng: 'lt', interpolation: { escapeValue: false } });
const entry = (kind: string, params: Record<string, unknown>) => ({ id: '1', at: '2026-03-02T10:00:00Z', kind, actor: null, params });
const sentence = (kind: string, params: Record<string, unknown>, language: 'lt' | 'en' = 'lt') =>
  eventSentence(entry(kind, params), i18n.getFixedT(language), language, (key) => i18n.exists(key));

describe('supported employment on the case timeline', () => {
  it('says who the job coach is when the process starts', () => {
    expect(sentence('supported_employment_started', { startedOn: '2026-03-02', coachName: 'Inga Kuprytė' }))
      .toBe('Pradėtas remiamo įdarbinimo procesas (2026-03-02), įdarbinimo tarpininkas – Inga Kuprytė');
    expect(sentence('supported_employment_started', { startedOn: '2026-03-02', coachName: 'Inga Kuprytė' }, 'en'))
      .toBe('Supported employment started (02/03/2026), job coach Inga Kuprytė');
  });

  it('names the stage moved to, and the reason for going back', () => {
    expect(sentence('supported_employment_stage_changed', { from: 'engagement', to: 'vocational_profile', direction: 'forward' }))
      .toBe('Remiamas įdarbinimas: pereita į etapą „Profesinis profilis“');
    expect(sentence('supported_employment_stage_changed', { from: 'job_finding', to: 'engagement', direction: 'back', reason: 'Persigalvojo' }, 'en'))
      .toBe('Supported employment: went back to "Engagement". Reason: Persigalvojo');
  });

  it('has a sentence for every other kind it writes', () => {
    expect(sentence('supported_employment_agreed', { agreementOn: '2026-03-03' })).toBe('Įrašytas remiamo įdarbinimo susitarimas (2026-03-03)');
    expect(sentence('supported_employment_coach_changed', { fromName: null, toName: 'Nerijus' }, 'en')).toBe('Job coach changed: — → Nerijus');
    expect(sentence('supported_employment_ended', { endedOn: '2026-05-01', reason: 'Išvyko' })).toBe('Remiamo įdarbinimo procesas baigtas 2026-05-01. Priežastis: Išvyko');
    expect(sentence('supported_employment_resumed', {}, 'en')).toBe('Supported employment resumed');
    expect(sentence('vocational_profile_saved', { version: 2 })).toBe('Išsaugotas profesinis profilis');
    expect(sentence('job_analysis_recorded', { employerName: 'UAB Kazlų baldai', analysedOn: '2026-04-01' }, 'en'))
      .toBe('Job analysis recorded: UAB Kazlų baldai, 01/04/2026');
  });
});
