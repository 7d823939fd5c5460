import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { testConfig } from '../tests/api.ts';
import { seedDemo } from '../src/server/demo/seed.ts';
import { startKelias } from '../src/server/start.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('test-results/screenshots');

/** Kelias with demo data and the built web app, listening on a free loopback port. */
export async function startDemoServer(kind: 'embedded' | 'postgresql') {
  const config = await testConfig({ KELIAS_DEMO: 'true', KELIAS_WEB_DIR: resolve('dist/web') }, kind);
  const { app, database } = await startKelias(config, { logger: false });
  await seedDemo(database.db);
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    db: database.db,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Flags the closed network here needs; --no-sandbox because CI runs as root.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Fails on any WCAG 2.0/2.1/2.2 A or AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(problems, `accessibility problems on ${where}`).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** A page in a Lithuanian desktop browser, as in a municipality's office, collecting console errors. */
export async function openLithuanianPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'lt-LT', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Signs in on the sign-in page that is open, with the demo password. */
export async function signInAs(page: Page, email: string) {
  await page.getByLabel('El. paštas').fill(email);
  await page.getByLabel('Slaptažodis').fill('kelias-demo');
  await page.getByRole('button', { name: 'Prisijungti' }).click();
}

/** A demo server on the given database and a Lithuanian browser page pointed at nothing yet. */
export async function startJourney(kind: 'embedded' | 'postgresql', errors: string[]) {
  const server = await startDemoServer(kind);
  const browser = await launchBrowser();
  return { server, browser, page: await openLithuanianPage(browser, errors) };
}

export async function stopJourney(journey: { browser?: Browser; server?: { close(): Promise<void> } }) {
  await journey.browser?.close();
  await journey.server?.close();
}
