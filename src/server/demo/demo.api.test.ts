import { describe, expect, it } from 'vitest';
import { signIn, testApp } from '../../../tests/api.ts';
import { seedDemo } from './seed.ts';
import { DEMO_ACCOUNT } from './demo-account.ts';

// The demo tells one story a case manager would believe: read back through the API as
// she and the psychologist see it. (The seed itself refuses a move the workflow would
// refuse; this checks what the screens then show.)

const LATER = ['planning', 'in_services', 'placement', 'follow_up', 'closed'];
const SERVING = ['in_services', 'placement', 'follow_up', 'closed'];

describe('the demo story', () => {
  it('gives every case what its stage needs, in order on its timeline, with the week and the reminders of what is due', async () => {
    const demo = await testApp();
    try {
      expect(await seedDemo(demo.db)).toBe(true);
      const manager = await signIn(demo.app, 'vadybininke@demo.kelias.lt', DEMO_ACCOUNT.password);
      const cases = [
        ...(await manager.get('/api/cases')).json().items,
        ...(await manager.get('/api/cases?stage=closed')).json().items,
      ] as { id: string; stage: string; participant: { name: string } }[];
      expect(cases).toHaveLength(8);
      const byName = new Map(cases.map((c) => [c.participant.name, c]));

      for (const c of cases) {
        const assessments = (await manager.get(`/api/cases/${c.id}/assessments`)).json() as { status: string; questionnaireKey: string }[];
        if (LATER.includes(c.stage)) expect(assessments.filter((a) => a.status === 'completed').length, c.participant.name).toBeGreaterThan(0);
        if (SERVING.includes(c.stage)) {
          // Delivered services are the steps of the agreed plan.
          const plan = (await manager.get(`/api/cases/${c.id}/plan`)).json() as { agreedOn: string | null; goals: { steps: { serviceKey: string }[] }[] };
          expect(plan.agreedOn, c.participant.name).not.toBeNull();
          const planned = new Set(plan.goals.flatMap((g) => g.steps.map((s) => s.serviceKey)));
          const services = (await manager.get(`/api/cases/${c.id}/services?pageSize=100`)).json() as { items: { serviceKey: string }[] };
          expect(services.items.length, c.participant.name).toBeGreaterThan(0);
          expect(services.items.filter((s) => !planned.has(s.serviceKey)), c.participant.name).toEqual([]);
        }
        // At placement and after (the closed case was employed), a placement with its employer has started (decision 0034).
        if (['placement', 'follow_up', 'closed'].includes(c.stage)) {
          const placements = (await manager.get(`/api/cases/${c.id}/placements`)).json().items as { employer: unknown; startsOn: string }[];
          expect(placements.filter((p) => p.employer !== null && Date.parse(p.startsOn) < Date.now()).length, c.participant.name).toBeGreaterThan(0);
        }
        // Newest first, each line on its own day in the past.
        const timeline = (await manager.get(`/api/cases/${c.id}/timeline?pageSize=100`)).json().items as { at: string; kind: string }[];
        const times = timeline.map((e) => Date.parse(e.at));
        expect(times, c.participant.name).toEqual([...times].sort((a, b) => b - a));
        expect(timeline.at(-1)!.kind).toBe('opened');
        expect(Math.max(...times)).toBeLessThan(Date.now());
      }

      // A repeat assessment months later shows the progress; the person over 50 had the capability one too.
      const balciunas = (await manager.get(`/api/cases/${byName.get('Vidmantas Balčiūnas')!.id}/assessments`)).json() as { id: string; assessedOn: string }[];
      const latest = balciunas.reduce((a, b) => (a.assessedOn > b.assessedOn ? a : b));
      const compared = (await manager.get(`/api/assessments/${latest.id}`)).json();
      expect(compared.comparison).toMatchObject({ profileBefore: 'social_and_health_first', profileAfter: 'short_support' });
      expect(compared.comparison.domains.filter((d: { trend: string }) => d.trend === 'better').length).toBeGreaterThan(5);
      const azuolinis = (await manager.get(`/api/cases/${byName.get('Algis Ąžuolinis')!.id}/assessments`)).json() as { questionnaireKey: string }[];
      expect(azuolinis.map((a) => a.questionnaireKey).sort()).toEqual(['capability_50plus', 'employability']);

      // The reminders of what is due are there at once, for her and for the psychologist.
      expect((await manager.get('/api/reminders/unread')).json().unread).toBe(3);
      const psychologist = await signIn(demo.app, 'psichologe@demo.kelias.lt', DEMO_ACCOUNT.password);
      expect((await psychologist.get('/api/reminders/unread')).json().unread).toBe(1);

      // Their fortnight around today: a mobile-team visit by village and meetings at the centre.
      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
      const around = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
      const window = `from=${around(-6)}&to=${around(7)}`;
      const mine = (await manager.get(`/api/appointments?specialistId=me&${window}`)).json().items as { place: string }[];
      const hers = (await psychologist.get(`/api/appointments?specialistId=me&${window}`)).json().items as { place: string; village: string }[];
      expect(mine.length).toBeGreaterThanOrEqual(5);
      expect(hers.find((a) => a.place === 'mobile_team')?.village).toBe('Bagotoji');
      expect([...mine, ...hers].filter((a) => a.place === 'centre').length).toBeGreaterThanOrEqual(3);
    } finally {
      await demo.close();
    }
  }, 60_000);

  it('lets the job coach see her people, employers and matches: the people who fit a vacancy are those who consent, best first', async () => {
    const demo = await testApp();
    try {
      expect(await seedDemo(demo.db)).toBe(true);
      const coach = await signIn(demo.app, 'tarpininke@demo.kelias.lt', DEMO_ACCOUNT.password);
      const mine = (await coach.get('/api/fidelity/me')).json();
      // Three processes still run (Kučinskas's ended with his job); her week has contacts; Ąžuolinis's follow-ups are hers.
      expect(mine.participants.map((p: { participantName: string }) => p.participantName).sort()).toEqual(['Algis Ąžuolinis', 'Laima Čiurlienė', 'Vidmantas Balčiūnas']);
      expect(mine.week.count).toBeGreaterThanOrEqual(2);
      expect(mine.followUps.map((f: { participantName: string }) => f.participantName)).toContain('Algis Ąžuolinis');

      const vacancies = (await coach.get('/api/vacancies?status=open&pageSize=50')).json().items as { id: string; title: string; warnings?: unknown[] }[];
      expect(vacancies.length).toBe(8);
      const helper = vacancies.find((v) => v.title === 'Pagalbinis darbuotojas medienos ceche')!;
      const matches = (await coach.get(`/api/vacancies/${helper.id}/matches`)).json().items as { name: string; score: number }[];
      expect(matches[0]!.name).toBe('Vidmantas Balčiūnas');
      // Kučinskas's case is closed and Ąžuolinis works: neither is offered.
      expect(matches.map((m) => m.name)).not.toContain('Rimantas Kučinskas');
      expect(matches.map((m) => m.name)).not.toContain('Algis Ąžuolinis');
    } finally {
      await demo.close();
    }
  }, 60_000);
});
