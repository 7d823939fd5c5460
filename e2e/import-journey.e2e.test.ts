import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../src/server/features/participants/personal-code.rules.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// A case manager imports an Employment Service file: a dry run names the row with a
// mistyped personal code, the two good rows are imported, and the rejected row comes back
// as a file to fix. Then she records special-category data for one of the new people,
// which needs a legal basis first. On the embedded database and on PostgreSQL.

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`importing a file on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const good1 = withCheckDigit(kind === 'embedded' ? '3850312051' : '3850312052');
    const good2 = withCheckDigit(kind === 'embedded' ? '4920707061' : '4920707062');
    const valid = withCheckDigit('3770101081');
    const wrong = `${valid.slice(0, 10)}${(Number(valid.slice(-1)) + 1) % 10}`;
    const csv = [
      'Vardas;Pavardė;Asmens kodas;Savivaldybė',
      `Jonas;Importavičius;${good1};Kazlų Rūdos sav.`,
      `Žaneta;Įkeltaitė;${good2};Kazlų Rūdos sav.`,
      `Petras;Klaidingas;${wrong};Kazlų Rūdos sav.`,
      '',
    ].join('\r\n');
    const upload = (name: string, text: string | Buffer) =>
      page.getByLabel('CSV arba XLSX failas').setInputFiles({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('opens the import page from the participants list', async () => {
      await page.goto(`${server.url}/participants`);
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      await page.getByRole('heading', { level: 1, name: 'Dalyviai' }).waitFor();
      await page.getByRole('link', { name: 'Importuoti iš failo' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dalyvių importas iš failo' }).waitFor();
      expect(page.url()).toMatch(/\/participants\/import$/);
      // One organisation: nothing to choose.
      expect(await page.getByLabel('Organizacija').count()).toBe(0);
      await expectAccessible(page, 'import page');
      await screenshot(page, `${kind}-i01-import`);
    });

    it('refuses a file that is too large or has wrong columns, before anything is imported', async () => {
      await upload('didelis.csv', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
      await page.getByRole('button', { name: 'Tikrinti failą' }).click();
      const summary = page.getByRole('alert').first();
      await summary.getByText('Failas per didelis', { exact: false }).first().waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      await expectAccessible(page, 'file too large');

      await upload('stulpeliai.csv', 'Vardas;Pavarde2;AK\r\nJonas;X;1\r\n');
      await page.getByRole('button', { name: 'Tikrinti failą' }).click();
      await page.getByRole('alert').getByText('Netinkami failo stulpeliai', { exact: false }).waitFor();
      const text = await page.getByRole('alert').first().textContent();
      expect(text).toContain('„Pavarde2“');
      expect(text).toContain('„Pavardė“');
      await expectAccessible(page, 'wrong columns');
      await screenshot(page, `${kind}-i02-wrong-columns`);
    });

    it('checks the file: two rows to create, one rejected with the reason', async () => {
      await upload('uzt-eksportas.csv', csv);
      await page.getByRole('button', { name: 'Tikrinti failą' }).click();
      const check = page.getByRole('region', { name: '2. Patikros rezultatas' });
      await check.waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await check.getByText('Tai tik patikra: niekas dar neįrašyta.').waitFor();
      const facts = check.locator('.facts');
      expect(await facts.locator('div').filter({ hasText: 'Eilučių faile' }).locator('dd').textContent()).toBe('3');
      expect(await facts.locator('div').filter({ hasText: 'Bus sukurta naujų asmenų' }).locator('dd').textContent()).toBe('2');
      expect(await facts.locator('div').filter({ hasText: 'Atmesta eilučių' }).locator('dd').textContent()).toBe('1');
      const rows = check.getByRole('table').locator('tbody tr');
      expect(await rows.count()).toBe(3);
      // The rejected row first, with its reason.
      expect(await rows.nth(0).locator('th').textContent()).toBe('4');
      expect(await rows.nth(0).textContent()).toContain('Atmesta');
      expect(await rows.nth(0).textContent()).toContain('Kontrolinis skaitmuo neteisingas');
      expect(await rows.nth(1).textContent()).toContain('Naujas asmuo');
      await expectAccessible(page, 'dry run');
      await screenshot(page, `${kind}-i03-dry-run`);

      // Nothing was imported yet.
      const found = await page.evaluate(async (code) => (await fetch(`/api/participants?q=${code}`)).json(), good1) as { items: unknown[] };
      expect(found.items).toHaveLength(0);
    });

    it('imports the valid rows and hands back the rejected one as a file', async () => {
      await page.getByRole('button', { name: 'Importuoti tinkamas eilutes (2)' }).click();
      const done = page.getByRole('region', { name: '3. Importo rezultatas' });
      await done.waitFor();
      expect(await done.locator('.facts div').filter({ hasText: 'Sukurta naujų asmenų' }).locator('dd').textContent()).toBe('2');
      expect(await done.locator('.facts div').filter({ hasText: 'Atmesta eilučių' }).locator('dd').textContent()).toBe('1');
      await expectAccessible(page, 'import result');
      await screenshot(page, `${kind}-i04-imported`);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        done.getByRole('link', { name: 'Atsisiųsti atmestas eilutes (CSV, 1)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const content = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const lines = content.split(/\r?\n/).filter(Boolean);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain('Klaidos');
      expect(lines[1]).toContain(wrong);
      expect(lines[1]).toContain('Kontrolinis skaitmuo neteisingas');
    });

    it('records special-category data only once there is a legal basis for it', async () => {
      await page.getByRole('link', { name: '← Visi dalyviai' }).first().click();
      await page.getByLabel('Vardas, pavardė arba asmens kodas').fill('Importavicius');
      await page.getByRole('button', { name: 'Ieškoti' }).click();
      await page.getByRole('table').getByRole('link', { name: 'Importavičius Jonas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Jonas Importavičius' }).waitFor();

      const special = page.getByRole('region', { name: 'Specialių kategorijų duomenys' });
      await special.getByRole('button', { name: 'Keisti atsakymus' }).click();
      await special.getByLabel('Negalia').selectOption({ label: 'Taip' });
      await special.getByLabel('Tautinė mažuma (įskaitant romus)').selectOption({ label: 'Asmuo nenorėjo atsakyti' });
      await special.getByRole('button', { name: 'Išsaugoti atsakymus' }).click();
      const alert = special.getByRole('alert');
      await alert.getByText('reikia galiojančio sutikimo ar kito teisinio pagrindo', { exact: false }).waitFor();
      await expectAccessible(page, 'special data without a basis');
      await screenshot(page, `${kind}-i05-special-no-basis`);
      await alert.getByRole('link', { name: 'Eiti į skyrių „Sutikimai ir teisinis pagrindas“' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('consents-title');

      await page.getByRole('button', { name: 'Įrašyti sutikimą' }).click();
      await page.getByLabel('Tikslas').selectOption({ label: 'Specialių kategorijų duomenys' });
      await page.getByRole('button', { name: 'Įrašyti', exact: true }).click();
      await page.getByText('Sutikimas įrašytas.').first().waitFor();

      await special.getByRole('button', { name: 'Išsaugoti atsakymus' }).click();
      await page.getByText('Pakeitimai išsaugoti.').first().waitFor();
      await special.locator('.facts div').filter({ hasText: 'Negalia' }).locator('dd', { hasText: 'Taip' }).waitFor();
      await special.locator('.facts div').filter({ hasText: 'Tautinė mažuma' }).locator('dd', { hasText: 'Asmuo nenorėjo atsakyti' }).waitFor();
      expect(await special.getByRole('form').count()).toBe(0);
      await expectAccessible(page, 'special data saved');
      await screenshot(page, `${kind}-i06-special-saved`);
    });

    it('fits a 360 px screen', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${server.url}/participants/import`);
      await page.getByRole('heading', { level: 1, name: 'Dalyvių importas iš failo' }).waitFor();
      await upload('uzt-eksportas.csv', csv);
      await page.getByRole('button', { name: 'Tikrinti failą' }).click();
      await page.getByRole('region', { name: '2. Patikros rezultatas' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'dry run at 360 px');
      await screenshot(page, `${kind}-i07-dry-run-360`);
      expect(errors.filter((e) => !/status of 4(0[0149]|13)/.test(e))).toEqual([]);
    });
  });
}
