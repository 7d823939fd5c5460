import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, SCREENSHOTS, signInAs, startJourney, stopJourney } from './support.ts';

// The Kazlų Rūda case manager writes Vilma Yčienė's individual action plan with her: a
// goal and a step, saved; a colleague saves meanwhile and her text is kept; Vilma signs,
// the signed copy is attached; the plan is printed in Lithuanian for her.
// On the embedded database and on PostgreSQL.

const SIGNED = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`an individual action plan on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    let caseId: string;
    const errors: string[] = [];
    const plan = () => page.getByRole('region', { name: 'Individualus veiklos planas' });

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
      ({ id: caseId } = await server.db.selectFrom('cases').innerJoin('participants', 'participants.id', 'cases.participant_id')
        .select('cases.id').where('participants.last_name', '=', 'Yčienė').executeTakeFirstOrThrow());
    });
    afterAll(() => stopJourney({ browser, server }));

    it('writes a plan with a goal and a step and saves it', async () => {
      await page.goto(`${server.url}/cases/${caseId}`);
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      await plan().getByText('Plano dar nėra.').waitFor();
      await plan().getByRole('button', { name: 'Sudaryti planą' }).click();

      const goal = plan().getByRole('group', { name: '1 tikslas' });
      await goal.getByLabel('Tikslas', { exact: true }).fill('Įgyti skaitmeninių įgūdžių ir susirasti darbą Kazlų Rūdoje');
      const step = plan().getByRole('group', { name: '1.1 žingsnis' });
      await step.getByLabel('Ką daryti').fill('Baigti kompiuterinio raštingumo mokymus bendruomenės centre');
      await step.getByLabel('Paslauga').selectOption({ label: 'Kompiuterinio raštingumo mokymai' });
      await step.getByLabel('Atsakingas asmuo').selectOption({ label: 'Tomas Čepaitis (socialinis darbuotojas)' });
      await step.getByLabel('Terminas').fill('2027-03-01');
      await expectAccessible(page, 'plan editor');
      await screenshot(page, `${kind}-plan01-editor`);

      // An empty step is refused by the form itself, naming the step.
      await goal.getByRole('button', { name: 'Pridėti žingsnį prie 1 tikslo' }).click();
      await plan().getByRole('button', { name: 'Išsaugoti planą' }).click();
      await plan().getByRole('alert').getByRole('link', { name: '1.2 žingsnis, Ką daryti: Užpildykite šį lauką.' }).waitFor();
      await expectAccessible(page, 'plan editor with an error');
      await plan().getByRole('button', { name: 'Pašalinti žingsnį 1.2' }).click();

      await plan().getByLabel('Pastaba apie pakeitimus').fill('Aptarta su Vilma pirmame susitikime');
      await plan().getByRole('button', { name: 'Išsaugoti planą' }).click();
      await plan().getByRole('heading', { name: '1. Įgyti skaitmeninių įgūdžių ir susirasti darbą Kazlų Rūdoje' }).waitFor();
      await plan().getByText('Asmuo su planu dar nesutiko.').waitFor();
      expect(await plan().locator('.plan-step-facts dd').allTextContents()).toEqual(['Kompiuterinio raštingumo mokymai', 'Tomas Čepaitis', '2027-03-01', 'Suplanuota']);
    });

    it('keeps what was typed when someone else saved the plan first', async () => {
      await plan().getByRole('button', { name: 'Redaguoti planą' }).click();
      await plan().getByLabel('Tikslas', { exact: true }).fill('Įgyti skaitmeninių įgūdžių ir įsidarbinti');
      // A colleague saves in the meantime.
      await server.db.updateTable('plans').set((eb) => ({ version: eb('version', '+', 1) })).where('case_id', '=', caseId).execute();
      await plan().getByRole('button', { name: 'Išsaugoti planą' }).click();
      await plan().getByText('Kol redagavote, planą išsaugojo kitas naudotojas.').waitFor();
      expect(await plan().getByLabel('Tikslas', { exact: true }).inputValue()).toBe('Įgyti skaitmeninių įgūdžių ir įsidarbinti');
      await plan().getByRole('button', { name: 'Rodyti kito naudotojo versiją' }).click();
      await plan().getByRole('heading', { name: /^2 versija/ }).waitFor();
      await expectAccessible(page, 'plan saved by someone else');
      await screenshot(page, `${kind}-plan02-conflict`);
      await plan().getByRole('button', { name: 'Išsaugoti mano tekstą kaip naujesnę versiją' }).click();
      await plan().getByRole('heading', { name: '1. Įgyti skaitmeninių įgūdžių ir įsidarbinti' }).waitFor();
    });

    it('records the person\'s agreement with the signed copy', async () => {
      await plan().getByRole('button', { name: 'Pažymėti asmens sutikimą' }).click();
      const form = plan().getByRole('region', { name: 'Pažymėti asmens sutikimą' });
      expect(await form.getByLabel('Sutikimo data').inputValue()).toBe(today());
      await form.getByLabel('Pasirašyta plano kopija').setInputFiles({ name: 'Planas – Yčienė.pdf', mimeType: 'application/pdf', buffer: SIGNED });
      await expectAccessible(page, 'plan agreement form');
      await form.getByRole('button', { name: 'Išsaugoti sutikimą' }).click();
      await plan().getByText(`Asmuo su planu sutiko ${today()}.`).waitFor();
      await plan().getByRole('link', { name: 'Pasirašyta kopija: Planas – Yčienė.pdf' }).waitFor();
    });

    it('prints the plan in Lithuanian as a PDF', async () => {
      const link = plan().getByRole('link', { name: 'Spausdinti planą lietuvių kalba (PDF, atsidaro naujame lange)' });
      const href = await link.getAttribute('href');
      const response = await page.request.get(`${server.url}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const pdf = await response.body();
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // The first page as a picture, to look at (when poppler is installed).
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/${kind}-plan05.pdf`, pdf);
      if (existsSync('/usr/bin/pdftoppm')) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', `${SCREENSHOTS}/${kind}-plan05.pdf`, `${SCREENSHOTS}/${kind}-plan05-page-1`]);

      await plan().getByRole('button', { name: /^Versijų istorija/ }).click();
      await plan().getByRole('table', { name: 'Išsaugotos plano versijos, naujausia viršuje' }).waitFor();
      await plan().getByRole('cell', { name: 'Aptarta su Vilma pirmame susitikime' }).waitFor();
      await expectAccessible(page, 'plan with its revisions');
      await screenshot(page, `${kind}-plan03-1280`);
      await page.setViewportSize({ width: 360, height: 800 });
      await plan().getByRole('heading', { name: '1. Įgyti skaitmeninių įgūdžių ir įsidarbinti' }).scrollIntoViewIfNeeded();
      await expectAccessible(page, 'plan on a phone');
      await screenshot(page, `${kind}-plan04-360`);
      await plan().screenshot({ path: `${SCREENSHOTS}/${kind}-plan04-panel-360.png` });
      await page.setViewportSize({ width: 1280, height: 900 });
      // The browser logs the answers the journey expects (401 before signing in, 400, 409) as errors.
      expect(errors.filter((e) => !/status of 40[019]/.test(e))).toEqual([]);
    });
  });
}
