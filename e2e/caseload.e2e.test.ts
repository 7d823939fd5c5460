import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// The Kazlų Rūda case manager starts her day on "My caseload": what is overdue, who is
// coming today, her cases by stage. She opens the case of a man enrolled last week and
// moves it from intake to assessment; trying to go back without a reason is refused and
// the reason she then gives stays on the timeline. At 1280 and 360 px, in Lithuanian.

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a case manager's caseload on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const nav = () => page.getByRole('navigation', { name: 'Pagrindinis meniu' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('sees her overdue tasks, today\'s appointments and her cases by stage', async () => {
      await page.goto(`${server.url}/`);
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      await nav().getByRole('link', { name: 'Mano atvejai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mano atvejai' }).waitFor();
      const today = page.getByRole('region', { name: 'Šiandien' });
      await today.getByText('Pavėluotos mano užduotys').waitFor();
      expect(await today.locator('.card-value').allTextContents()).toEqual(['2', '2']);
      expect(await today.locator('.appointments-today li').count()).toBe(2);
      await today.getByRole('link', { name: 'Darius Žilinskas' }).waitFor();

      const table = page.getByRole('region', { name: 'Atvejai, kuriuose esu vadybininkas ar komandos narys' });
      const names = await table.locator('tbody th a').allTextContents();
      // Lithuanian order: y comes with i, before j; š after s; ž last.
      expect(names).toEqual(['Algis Ąžuolinis', 'Vidmantas Balčiūnas', 'Laima Čiurlienė', 'Jūratė Gudaitytė', 'Vilma Yčienė', 'Irena Šukienė', 'Darius Žilinskas']);
      await table.getByRole('row', { name: /Darius Žilinskas/ }).getByText('Priėmimas').waitFor();
      await expectAccessible(page, 'my caseload');
      await screenshot(page, `${kind}-c01-caseload`);

      // Only the cases at one stage.
      await page.getByLabel('Etapas').selectOption('intake');
      await page.getByRole('button', { name: 'Ieškoti' }).click();
      await expect.poll(() => table.locator('tbody th a').allTextContents()).toEqual(['Jūratė Gudaitytė', 'Darius Žilinskas']);
    });

    it('moves a case from intake to assessment, and goes back only with a reason', async () => {
      await page.getByRole('region', { name: 'Atvejai, kuriuose esu vadybininkas ar komandos narys' }).getByRole('link', { name: 'Darius Žilinskas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Darius Žilinskas: atvejis' }).waitFor();
      const stage = page.getByRole('region', { name: 'Etapas' });
      const steps = stage.getByRole('list', { name: 'Atvejo etapai' });
      expect(await steps.locator('[aria-current="step"]').textContent()).toContain('Priėmimas');
      await page.getByRole('region', { name: 'Atvejo komanda' }).getByText('Algirdas Ąžuolas').waitFor();
      await page.getByRole('region', { name: 'Atvejo eiga' }).getByText('Atvejis atidarytas asmenį įtraukus į programą').waitFor();
      await expectAccessible(page, 'case page at intake');
      await screenshot(page, `${kind}-c02-case-intake`);

      await stage.getByRole('button', { name: 'Perkelti į etapą „Vertinimas“' }).click();
      await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Vertinimas');
      await stage.getByText('Į etapą „Planavimas“ pereiti dar negalima: nėra užbaigto vertinimo.').waitFor();
      const timeline = page.getByRole('region', { name: 'Atvejo eiga' });
      await timeline.getByText('Perkelta į etapą „Vertinimas“').waitFor();
      await expectAccessible(page, 'case page at assessment');
      await screenshot(page, `${kind}-c03-case-assessment`);

      await stage.getByRole('button', { name: 'Grąžinti į ankstesnį etapą' }).click();
      const back = page.getByRole('form', { name: 'Grąžinti į ankstesnį etapą' });
      await back.getByRole('button', { name: 'Grąžinti' }).click();
      await back.getByRole('alert').getByRole('link', { name: 'Priežastis: Užpildykite šį lauką.' }).waitFor();
      await expectAccessible(page, 'going back without a reason');
      await back.getByLabel('Priežastis').fill('Paspausta per klaidą: dar trūksta pažymos iš seniūnijos');
      await back.getByRole('button', { name: 'Grąžinti' }).click();
      await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Priėmimas');
      await timeline.getByText('Grąžinta į etapą „Priėmimas“. Priežastis: Paspausta per klaidą: dar trūksta pažymos iš seniūnijos').waitFor();
      await stage.getByRole('button', { name: 'Perkelti į etapą „Vertinimas“' }).click();
      await expect.poll(() => steps.locator('[aria-current="step"]').textContent()).toContain('Vertinimas');
    });

    it('offers the closing form with the outcomes, and shows the case on the participant\'s programme history', async () => {
      const stage = page.getByRole('region', { name: 'Etapas' });
      await stage.getByRole('button', { name: 'Baigti dalyvavimą' }).click();
      const closing = page.getByRole('form', { name: 'Baigti dalyvavimą ir įrašyti rezultatą' });
      await closing.getByLabel('Rezultatas').waitFor();
      expect(await closing.getByLabel('Rezultatas').locator('option').allTextContents())
        .toEqual(['– Pasirinkite –', 'Įsidarbino', 'Pradėjo savarankišką veiklą', 'Mokosi ar dalyvauja mokymuose', 'Įgijo kvalifikaciją', 'Ieško darbo', 'Kita']);
      await expectAccessible(page, 'closing form');
      await screenshot(page, `${kind}-c04-closing-form`);
      await closing.getByRole('button', { name: 'Atšaukti' }).click();

      await page.getByRole('link', { name: 'Darius Žilinskas', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Darius Žilinskas' }).waitFor();
      await page.getByRole('link', { name: 'Atidaryti atvejį' }).click();
      await page.getByRole('heading', { level: 1, name: 'Darius Žilinskas: atvejis' }).waitFor();
    });

    it('adds the psychologist to the case team; the handover form says there is nobody to hand over to', async () => {
      const team = page.getByRole('region', { name: 'Atvejo komanda' });
      await team.getByRole('button', { name: 'Keisti komandą' }).click();
      const form = page.getByRole('form', { name: 'Keisti komandą' });
      await form.getByRole('button', { name: 'Pridėti komandos narį' }).click();
      const second = form.getByRole('group', { name: '2 komandos narys' });
      await second.getByLabel('Darbuotojas').selectOption({ label: 'Eglė Šimkutė' });
      await second.getByLabel('Vaidmuo atvejyje').selectOption('psychologist');
      await expectAccessible(page, 'team form');
      await form.getByRole('button', { name: 'Išsaugoti komandą' }).click();
      await team.getByRole('listitem').filter({ hasText: 'Eglė Šimkutė' }).getByText('psichologas').waitFor();
      await page.getByRole('region', { name: 'Atvejo eiga' }).getByText('Į komandą įtraukta: Eglė Šimkutė (psichologas)').waitFor();

      await team.getByRole('button', { name: 'Perduoti atvejį kitam vadybininkui' }).click();
      const handover = page.getByRole('form', { name: 'Perduoti atvejį kitam vadybininkui' });
      await page.getByRole('region', { name: 'Atvejo komanda' }).getByText('Organizacijoje nėra kito atvejo vadybininko.').waitFor();
      await expectAccessible(page, 'handover form');
      await screenshot(page, `${kind}-c05-team-handover`);
      await handover.getByRole('button', { name: 'Atšaukti' }).click();
    });

    it('is pleasant at 360 px: no sideways scrolling of the page', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'case page at 360 px');
      await screenshot(page, `${kind}-c06-case-360`);

      await page.getByRole('link', { name: '← Mano atvejai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mano atvejai' }).waitFor();
      // On a phone the cases come as cards, each headed by the person's name.
      const cards = page.getByRole('region', { name: 'Atvejai, kuriuose esu vadybininkas ar komandos narys' });
      await cards.getByRole('heading', { level: 3, name: 'Darius Žilinskas' }).waitFor();
      expect(await cards.getByRole('listitem').count()).toBe(7);
      await cards.getByRole('listitem').filter({ hasText: 'Vidmantas Balčiūnas' }).getByText('Pavėluotos užduotys: 1').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'caseload at 360 px');
      await screenshot(page, `${kind}-c07-caseload-360`);
      expect(errors.filter((e) => !/status of 40[0149]/.test(e))).toEqual([]);
    });
  });
}
