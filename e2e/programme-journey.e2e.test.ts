import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// The Kazlų Rūda programme manager after the funder added places: change the programme's
// capacity and funder (after someone else saved first), then go through everyone the
// programme could take, page by page, and download the list for the invitations.
// On the embedded database and on PostgreSQL.

const KAZLU_RUDA = 'Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis';
const EXTRA_PEOPLE = 60;

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a programme manager on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const funder = `ESF+ 2021–2027 m. programa „${kind}“`;
    const facts = (label: string) => page.locator('.facts div').filter({ hasText: label }).locator('dd');

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
      // More eligible people than one page holds (the demo registry is small).
      const { organisation_id } = await server.db.selectFrom('programmes').select('organisation_id')
        .where('template_key', '=', 'kazlu_ruda_motivation').executeTakeFirstOrThrow();
      await server.db.insertInto('participants').values(Array.from({ length: EXTRA_PEOPLE }, (_, i) => {
        const first = 'Ona';
        const last = `Puslapytė-${String(i + 1).padStart(2, '0')}`;
        return {
          organisation_id, first_name: first, last_name: last, sort_key: lithuanianSortKey(`${last} ${first}`),
          search_key: searchKey(`${first} ${last}`), name_key: searchKey(`${first} ${last}`), municipality: 'Kazlų Rūdos sav.',
          birth_date: '1975-04-01', registered_unemployed_since: '2019-01-01', receives_social_assistance: true, social_assistance_since: '2020-01-01',
        };
      })).execute();
    });
    afterAll(() => stopJourney({ browser, server }));

    it('changes capacity and funder, after being told that someone else saved first', async () => {
      await page.goto(`${server.url}/programmes`);
      await signInAs(page, 'programa@demo.kelias.lt');
      await page.getByRole('heading', { level: 1, name: 'Programos' }).waitFor();
      await page.getByRole('link', { name: KAZLU_RUDA }).click();
      await page.getByRole('heading', { level: 1, name: KAZLU_RUDA }).waitFor();
      expect(await facts('Užimta vietų').textContent()).toMatch(/^\d+ iš 70$/);

      await page.getByRole('button', { name: 'Keisti programos duomenis' }).click();
      const form = page.getByRole('region', { name: 'Keisti programos duomenis' });
      await form.getByRole('checkbox', { name: 'Kazlų Rūdos užimtumo skatinimo centras' }).waitFor();
      expect(await form.getByRole('checkbox', { name: 'bandomoji praktika' }).isChecked()).toBe(true);
      expect(await form.getByRole('group', { name: '1 komandos narys' }).getByLabel('Darbuotojas').inputValue()).not.toBe('');
      await expectAccessible(page, 'programme edit form');
      await screenshot(page, `${kind}-g01-programme-edit`);

      // 0 places: the server's words under the field.
      await form.getByLabel('Vietų skaičius').fill('0');
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await form.locator('.field-error', { hasText: 'Mažiausia reikšmė: 1.' }).waitFor();
      await form.getByRole('alert').getByRole('link', { name: 'Vietų skaičius: Mažiausia reikšmė: 1.' }).waitFor();
      await expectAccessible(page, 'programme edit form with an error');

      // Someone else saves meanwhile: what was typed stays on screen.
      await server.db.updateTable('programmes').set((eb) => ({ version: eb('version', '+', 1) })).where('template_key', '=', 'kazlu_ruda_motivation').execute();
      await form.getByLabel('Vietų skaičius').fill('75');
      await form.getByLabel('Finansuotojas').fill(funder);
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await form.getByText('Kol redagavote, įrašą pakeitė kitas naudotojas.', { exact: false }).waitFor();
      expect(await form.getByLabel('Vietų skaičius').inputValue()).toBe('75');
      expect(await form.getByLabel('Finansuotojas').inputValue()).toBe(funder);
      await expectAccessible(page, 'programme changed by someone else');
      await screenshot(page, `${kind}-g02-programme-changed`);

      await form.getByRole('button', { name: 'Įkelti naujausią versiją' }).click();
      await expect.poll(() => form.getByLabel('Vietų skaičius').inputValue()).toBe('70');
      await form.getByLabel('Vietų skaičius').fill('75');
      await form.getByLabel('Finansuotojas').fill(funder);
      await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
      await page.getByRole('button', { name: 'Keisti programos duomenis' }).waitFor();
      expect(await facts('Užimta vietų').textContent()).toMatch(/^\d+ iš 75$/);
      expect(await facts('Finansuotojas').textContent()).toBe(funder);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: KAZLU_RUDA }).waitFor();
      expect(await facts('Finansuotojas').textContent()).toBe(funder);
    });

    it('pages through everyone eligible and downloads the whole list', async () => {
      const bulk = page.getByRole('region', { name: 'Kas galėtų dalyvauti?' });
      await bulk.getByRole('button', { name: 'Tikrinti registrą' }).click();
      const caption = bulk.locator('caption');
      await caption.waitFor();
      const first = (await caption.textContent())!;
      expect(first).toMatch(/^Rodomi 1–50 iš \d+$/);
      const total = Number(first.split(' iš ')[1]);
      expect(total).toBeGreaterThan(EXTRA_PEOPLE);
      const names = () => bulk.locator('tbody th').allTextContents();
      const firstPage = await names();
      expect(firstPage).toHaveLength(50);

      await bulk.getByRole('button', { name: 'Kitas puslapis' }).click();
      await expect.poll(() => caption.textContent()).toBe(`Rodomi 51–${total} iš ${total}`);
      const secondPage = await names();
      expect(secondPage).toHaveLength(total - 50);
      expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
      expect(await bulk.getByRole('button', { name: 'Kitas puslapis' }).isDisabled()).toBe(true);
      await expectAccessible(page, 'bulk screening, second page');
      await screenshot(page, `${kind}-g03-bulk-second-page`);

      await bulk.getByRole('button', { name: 'Ankstesnis puslapis' }).click();
      await expect.poll(() => caption.textContent()).toBe(`Rodomi 1–50 iš ${total}`);
      expect(await names()).toEqual(firstPage);

      const [download] = await Promise.all([page.waitForEvent('download'), bulk.getByRole('button', { name: 'Atsisiųsti visą sąrašą (CSV)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^tinkamumo-patikra-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
      expect(lines[0]).toBe('\ufeffVardas ir pavardė;Rezultatas;Trūksta duomenų');
      expect(lines.slice(1, -1)).toHaveLength(total);
      expect(lines.slice(1, -1).map((line) => line.split(';')[0])).toEqual([...firstPage, ...secondPage]);
      expect(lines[1]).toMatch(/;Tinka;/);
    });

    it('fits the edit form into a phone screen', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.getByRole('button', { name: 'Keisti programos duomenis' }).click();
      await page.getByRole('region', { name: 'Keisti programos duomenis' }).getByLabel('Vietų skaičius').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'programme edit form at 360 px');
      await screenshot(page, `${kind}-g04-programme-edit-360`);
      expect(errors.filter((e) => !/status of 40[0149]/.test(e))).toEqual([]);
    });
  });
}
