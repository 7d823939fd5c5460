import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/server/demo/demo-account.ts';
import { expectAccessible, screenshot, startJourney, stopJourney } from './support.ts';

// An administrator's first morning: sign in, read Kelias in English and back in
// Lithuanian, open a new village centre, and find that change in the audit log.
// The same journey runs on the embedded database and on a real PostgreSQL server.

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`an administrator on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const nav = (name = 'Pagrindinis meniu') => page.getByRole('navigation', { name });
    const centreName = `Suvainiškio kaimo centras „Ąžuolas“ <b>${kind}</b> 🌾`;

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('signs in with the demo account shown on the sign-in page', async () => {
      await page.goto(`${server.url}/centres`);
      await expect.poll(() => page.url()).toContain('/login');
      await page.getByRole('heading', { level: 1, name: 'Prisijungimas' }).waitFor();
      await page.getByText('Demonstracinė versija', { exact: false }).first().waitFor();
      await page.getByText(DEMO_ACCOUNT.email).first().waitFor();
      await expectAccessible(page, 'sign-in page');
      await screenshot(page, `${kind}-01-sign-in`);

      await page.getByLabel('El. paštas').fill(DEMO_ACCOUNT.email);
      await page.getByLabel('Slaptažodis').fill('wrong-password');
      await page.getByRole('button', { name: 'Prisijungti' }).click();
      await page.getByText('Neteisingas el. pašto adresas arba slaptažodis.').first().waitFor();
      await expectAccessible(page, 'sign-in page with an error');

      await page.getByLabel('Slaptažodis').fill(DEMO_ACCOUNT.password);
      await page.getByRole('button', { name: 'Prisijungti' }).click();
      // Back to the page asked for before signing in.
      await page.getByRole('heading', { level: 1, name: 'Centrai' }).waitFor();
      expect(page.url()).toMatch(/\/centres$/);
    });

    it('switches to English and back, and remembers the choice across a reload', async () => {
      await nav().getByRole('link', { name: 'Pradžia' }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectAccessible(page, 'home (LT)');
      await screenshot(page, `${kind}-02-home-lt`);

      await page.getByRole('button', { name: 'EN' }).click();
      await nav('Main menu').getByRole('link', { name: 'Organisations' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.reload();
      await nav('Main menu').getByRole('link', { name: 'Audit log' }).waitFor();
      await page.getByText('Demo version', { exact: false }).first().waitFor();
      await expectAccessible(page, 'home (EN)');
      await screenshot(page, `${kind}-03-home-en`);

      await page.getByRole('button', { name: 'LT' }).click();
      await nav().getByRole('link', { name: 'Veiksmų žurnalas' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('lt');
    });

    it('opens a new local centre, after the form has explained what was missing', async () => {
      await nav().getByRole('link', { name: 'Centrai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Centrai' }).waitFor();
      await page.getByRole('button', { name: 'Naujas centras' }).click();
      await page.getByRole('button', { name: 'Sukurti centrą' }).click();
      const summary = page.getByRole('alert').first();
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Organizacija');
      await expectAccessible(page, 'centre form with errors');
      await screenshot(page, `${kind}-04-centre-form-errors`);

      await page.locator('#centre-new-organisationId').selectOption({ label: 'Rokiškio rajono savivaldybės administracija' });
      await page.getByLabel('Centro pavadinimas').fill(centreName);
      await page.getByLabel('Adresas').fill('Suvainiškio g. 1, Suvainiškis');
      await page.getByLabel('Darbo laikas').fill('II, IV 10.00–16.00');
      await page.getByLabel('Darbo vietos su kompiuteriu').fill('3');
      await page.getByRole('button', { name: 'Sukurti centrą' }).click();

      await page.getByRole('heading', { level: 1, name: centreName }).waitFor();
      expect(page.url()).toMatch(/\/centres\/[0-9a-f-]{36}$/);
      await expectAccessible(page, 'new centre page');
      await screenshot(page, `${kind}-05-centre-created`);

      const saved = await server.db.selectFrom('centres').select(['name', 'workstations']).where('name', '=', centreName).execute();
      expect(saved).toEqual([{ name: centreName, workstations: 3 }]);
    });

    it('finds the new centre in the audit log', async () => {
      const centreUrl = page.url();
      await nav().getByRole('link', { name: 'Veiksmų žurnalas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Veiksmų žurnalas' }).waitFor();
      await page.getByLabel('Veiksmas').selectOption({ label: 'Sukurtas centras' });
      await page.getByRole('button', { name: 'Ieškoti' }).click();
      const row = page.getByRole('row').filter({ hasText: 'Sukurtas centras' });
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toContain('Aistė Administratorė');
      const link = row.getByRole('link');
      expect(new URL(centreUrl).pathname).toBe(await link.getAttribute('href'));
      await expectAccessible(page, 'audit log');
      await screenshot(page, `${kind}-06-audit-log`);
    });

    it('works at 360 px wide without sideways scrolling', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.getByRole('button', { name: 'Meniu' }).click();
      await nav().getByRole('link', { name: 'Centrai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Centrai' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'centres at 360 px');
      await screenshot(page, `${kind}-07-centres-360`);
    });

    it('shows its own page for an address that does not exist, and had no errors in the console', async () => {
      const response = await page.goto(`${server.url}/no-such-page`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: 'Puslapis nerastas' }).waitFor();
      await page.getByRole('link', { name: 'Grįžti į pradžią' }).waitFor();
      await expectAccessible(page, 'not-found page');
      expect(errors.filter((e) => !/status of 40[14]/.test(e))).toEqual([]);
    });
  });
}
