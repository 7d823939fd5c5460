import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPersonalCode, withCheckDigit } from '../src/server/features/participants/personal-code.rules.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// A case manager's morning in Kazlų Rūda: register a person who came to the office
// (after a typing mistake in the personal code), record her signed consent with the
// scanned form, check her against the municipality's programme, read why she is eligible
// in Lithuanian and in English, enrol her, and see her counted on the home page.
// The same journey runs on the embedded database and on a real PostgreSQL server.

const KAZLU_RUDA = 'Užimtumo skatinimo ir motyvavimo paslaugų nedirbantiems ir socialinę paramą gaunantiems asmenims modelis';

/** A date `years` and `months` before today, as YYYY-MM-DD (UTC is close enough a year or two back). */
function ago(years: number, months = 0): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years, date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a case manager on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const nav = (name = 'Pagrindinis meniu') => page.getByRole('navigation', { name });
    // A woman born on 14 May 1980: old enough for the "30 or more" rule.
    const code = withCheckDigit('4800514273');
    const lastDigit = Number(code.slice(-1));
    const wrongCode = `${code.slice(0, 10)}${(lastDigit + 1) % 10}`;
    const firstName = 'Vilhelmina';
    const lastName = kind === 'embedded' ? 'Šaltenytė-Žąsinienė' : 'Čiurlionytė-Ėglienė';
    const fullName = `${firstName} ${lastName}`;
    let placesBefore = 0;

    beforeAll(async () => {
      expect(checkPersonalCode(code)).toMatchObject({ valid: true, birthDate: '1980-05-14', sex: 'female' });
      expect(checkPersonalCode(wrongCode)).toEqual({ valid: false, problem: 'checksum' });
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('signs in and sees the programme with its rules in plain words', async () => {
      await page.goto(`${server.url}/participants`);
      await page.getByRole('heading', { level: 1, name: 'Prisijungimas' }).waitFor();
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      await page.getByRole('heading', { level: 1, name: 'Dalyviai' }).waitFor();
      await page.getByRole('table').getByRole('link').first().waitFor();
      await expectAccessible(page, 'participants list');
      await screenshot(page, `${kind}-p01-participants`);

      await nav().getByRole('link', { name: 'Programos' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programos' }).waitFor();
      await page.getByRole('link', { name: KAZLU_RUDA }).click();
      await page.getByRole('heading', { level: 1, name: KAZLU_RUDA }).waitFor();
      await page.getByText('Ne jaunesnis kaip 30 m.').waitFor();
      await page.getByText('Registruotas Užimtumo tarnyboje ilgiau kaip 12 mėn.').waitFor();
      await page.getByText('Nedirba ilgiau kaip 24 mėn.').waitFor();
      const places = await page.locator('.facts div').filter({ hasText: 'Užimta vietų' }).locator('dd').textContent();
      expect(places).toMatch(/^\d+ iš 70$/);
      placesBefore = Number(places!.split(' ')[0]);
      await expectAccessible(page, 'programme page');
      await screenshot(page, `${kind}-p02-programme`);
    });

    it('registers a person after the form has named the wrong check digit', async () => {
      await nav().getByRole('link', { name: 'Dalyviai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dalyviai' }).waitFor();
      await page.getByRole('button', { name: 'Naujas dalyvis' }).click();
      const form = page.getByRole('region', { name: 'Naujas dalyvis' });
      await form.getByLabel('Vardas', { exact: true }).fill(firstName);
      await form.getByLabel('Pavardė', { exact: true }).fill(lastName);
      await form.getByLabel('Asmens kodas', { exact: true }).fill(wrongCode);
      await form.getByLabel('Savivaldybė', { exact: true }).fill('Kazlų Rūdos sav.');
      await form.getByLabel('Padėtis darbo rinkoje').selectOption({ label: 'Ilgalaikis bedarbis' });
      await form.getByLabel('Užimtumo tarnyboje registruotas nuo').fill(ago(2));
      await form.getByLabel('Gauna piniginę socialinę paramą').selectOption({ label: 'Taip' });
      await form.getByLabel('Socialinę paramą gauna nuo').fill(ago(1));
      await page.getByRole('button', { name: 'Užregistruoti dalyvį' }).click();

      const checksum = 'Kontrolinis skaitmuo neteisingas — patikrinkite, ar neapsirikote rašydami.';
      const summary = page.getByRole('alert').first();
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Asmens kodas neteisingas.');
      expect(await summary.textContent()).toContain(`Asmens kodas: ${checksum}`);
      // The same words under the field itself.
      await page.locator('.field-error', { hasText: checksum }).waitFor();
      await expectAccessible(page, 'new participant with a wrong code');
      await screenshot(page, `${kind}-p03-wrong-check-digit`);

      await form.getByLabel('Asmens kodas', { exact: true }).fill(code);
      await page.getByRole('button', { name: 'Užregistruoti dalyvį' }).click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      expect(page.url()).toMatch(/\/participants\/[0-9a-f-]{36}$/);
      // Date of birth and sex came from the code.
      const facts = page.locator('.facts').first();
      expect(await facts.textContent()).toContain('1980-05-14');
      expect(await facts.textContent()).toContain('Moteris');
      expect(await facts.textContent()).toContain('Kazlų Rūdos sav.');
      await page.getByText('Nėra galiojančio sutikimo ar kito teisinio pagrindo šiems tikslams:').waitFor();
      await expectAccessible(page, 'new participant profile');
      await screenshot(page, `${kind}-p04-profile`);
    });

    it('records the signed consent with its scanned form and downloads the form back', async () => {
      const consents = page.getByRole('region', { name: 'Sutikimai ir teisinis pagrindas' });
      await consents.getByRole('button', { name: 'Įrašyti sutikimą' }).click();
      const form = consents.getByRole('form', { name: 'Įrašyti sutikimą' });
      await form.getByLabel('Tikslas').selectOption({ label: 'Atvejo vadyba' });
      await form.getByText('PDF, JPEG arba PNG failas, iki 5 MB', { exact: false }).waitFor();

      // A file of a kind Kelias does not keep is refused before anything is sent.
      const documentField = form.getByLabel('Pasirašytas dokumentas');
      await documentField.setInputFiles({ name: 'sutikimas.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') });
      await form.getByRole('button', { name: 'Įrašyti', exact: true }).click();
      const refused = 'Priimami tik PDF, JPEG ir PNG failai. Pasirinkite kitą failą.';
      await form.getByRole('alert').getByText(`Pasirašytas dokumentas: ${refused}`).waitFor();
      await form.locator('.field-error', { hasText: refused }).waitFor();
      await expectAccessible(page, 'consent form with a refused file');
      await screenshot(page, `${kind}-p04b-consent-refused-file`);

      const fileName = `sutikimas-${kind}.pdf`;
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
      await documentField.setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
      await form.getByRole('button', { name: 'Įrašyti', exact: true }).click();
      await page.getByText('Sutikimas įrašytas.').first().waitFor();
      const row = consents.getByRole('row').filter({ hasText: 'Atvejo vadyba' });
      await row.getByText('Galioja', { exact: true }).waitFor();
      const link = row.getByRole('link', { name: `Atsisiųsti ${fileName} (1 kB)` });
      await expectAccessible(page, 'consent with its signed form');
      await screenshot(page, `${kind}-p04c-consent-recorded`);

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(fileName);
      expect(readFileSync((await download.path())!)).toEqual(pdf);
      // Job mediation still has no consent; case management no longer warns.
      const warning = page.locator('.banner', { hasText: 'Nėra galiojančio sutikimo ar kito teisinio pagrindo šiems tikslams:' });
      await expect.poll(() => warning.locator('li').allTextContents()).toEqual(['Tarpininkavimas įdarbinant']);
    });

    it('screens the person and reads why, in Lithuanian and in English', async () => {
      await page.getByLabel('Programa', { exact: true }).selectOption({ label: KAZLU_RUDA });
      await page.getByRole('button', { name: 'Tikrinti tinkamumą' }).click();
      const result = page.getByRole('region', { name: 'Patikros rezultatas' });
      await result.getByRole('heading', { name: 'Tinka', exact: true }).waitFor();
      const rules = result.locator('li');
      const ltTexts = await rules.allTextContents();
      expect(ltTexts).toHaveLength(4);
      expect(ltTexts[0]).toMatch(/^Amžius patikros dieną: 4\d m\. — reikalaujama ne mažiau kaip 30 m\. ✔$/);
      expect(ltTexts[1]).toMatch(/^Registruotas Užimtumo tarnyboje nuo \d{4}-\d{2}-\d{2}: 2[34] mėn\. \d+ d\. — reikalaujama ilgiau kaip 12 mėn\. ✔$/);
      expect(ltTexts[2]).toBe('Nežinoma, nuo kada nedirba — reikalaujama ilgiau kaip 24 mėn. ? trūksta duomenų');
      expect(ltTexts[3]).toBe('Gauna piniginę socialinę paramą — reikalaujama ją gauti. ✔');
      await result.getByText('taisyklių versija 1', { exact: false }).waitFor();
      await expectAccessible(page, 'screening result (LT)');
      await screenshot(page, `${kind}-p05-screening-lt`);

      await page.getByRole('button', { name: 'EN', exact: true }).click();
      const resultEn = page.getByRole('region', { name: 'Screening result' });
      await resultEn.getByRole('heading', { name: 'Eligible', exact: true }).waitFor();
      const enTexts = await resultEn.locator('li').allTextContents();
      expect(enTexts[0]).toMatch(/^Age on the screening date: 4\d — at least 30 required\. ✔$/);
      expect(enTexts[1]).toMatch(/^Registered with the Employment Service since \d{4}-\d{2}-\d{2}: 2[34] months \d+ days — more than 12 months required\. ✔$/);
      expect(enTexts[2]).toBe('Not recorded since when the person has not been working — more than 24 months required. ? facts missing');
      expect(enTexts[3]).toBe('Receives cash social assistance — required. ✔');
      await expectAccessible(page, 'screening result (EN)');
      await screenshot(page, `${kind}-p06-screening-en`);

      await page.getByRole('button', { name: 'LT', exact: true }).click();
      await result.getByRole('heading', { name: 'Tinka', exact: true }).waitFor();
      expect(await rules.allTextContents()).toEqual(ltTexts);
    });

    it('enrols the person and finds them in the programme', async () => {
      await page.getByRole('button', { name: 'Įtraukti į programą' }).click();
      await page.getByText(`Asmuo įtrauktas į programą „${KAZLU_RUDA}“.`).first().waitFor();
      const history = page.getByRole('region', { name: 'Programos' });
      await history.getByRole('row').filter({ hasText: 'Dalyvauja' }).waitFor();
      await page.getByText(`Įtrauktas į programą „${KAZLU_RUDA}“`, { exact: true }).waitFor();
      await expectAccessible(page, 'profile after enrolment');
      await screenshot(page, `${kind}-p07-enrolled`);

      await history.getByRole('link', { name: KAZLU_RUDA }).click();
      await page.getByRole('heading', { level: 1, name: KAZLU_RUDA }).waitFor();
      const enrolled = page.getByRole('region', { name: 'Dalyvaujantys asmenys' });
      await enrolled.getByRole('link', { name: fullName, exact: true }).waitFor();
      // Enrolling opened the person's case, and the programme page links to it.
      await enrolled.getByRole('link', { name: `Atidaryti atvejį: ${fullName}` }).waitFor();
      const places = page.locator('.facts div').filter({ hasText: 'Užimta vietų' }).locator('dd');
      await expect.poll(() => places.textContent()).toBe(`${placesBefore + 1} iš 70`);
      expect(await page.getByRole('heading', { level: 2, name: `Dalyvauja (${placesBefore + 1})` }).count()).toBe(1);
      await expectAccessible(page, 'programme with the new participant');
      await screenshot(page, `${kind}-p08-programme-enrolled`);
    });

    it('finds the person by name without Lithuanian letters, at 360 px wide', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.getByRole('button', { name: 'Meniu' }).click();
      await nav().getByRole('link', { name: 'Dalyviai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dalyviai' }).waitFor();
      const plain = lastName.normalize('NFD').replace(/\p{M}/gu, '').split('-')[0]!.toLowerCase();
      await page.getByLabel('Vardas, pavardė arba asmens kodas').fill(plain);
      await page.getByRole('button', { name: 'Ieškoti' }).click();
      await page.getByRole('table').getByRole('link', { name: `${lastName} ${firstName}` }).waitFor();
      await page.getByText('Dalyviai (rasta: 1)').waitFor();
      // The list shows the code masked.
      await page.getByRole('table').getByText(`*******${code.slice(-4)}`).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'participants at 360 px');
      await screenshot(page, `${kind}-p09-participants-360`);

      await page.getByRole('table').getByRole('link', { name: `${lastName} ${firstName}` }).click();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      const overflowProfile = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflowProfile).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'profile at 360 px');
      await screenshot(page, `${kind}-p10-profile-360`);
    });

    it('sees the people and programmes of her organisation counted on the home page', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await nav().getByRole('link', { name: 'Pradžia' }).click();
      await page.getByRole('heading', { level: 2, name: 'Jūsų organizacijose' }).waitFor();
      const count = async (label: string) => Number((await page.getByRole('link', { name: label }).locator('.card-value').textContent())!.replace(/\D/g, ''));
      await page.getByRole('link', { name: 'Dalyviai registre' }).waitFor();
      expect(await count('Dalyviai registre')).toBeGreaterThanOrEqual(1);
      expect(await count('Vykdomos programos')).toBeGreaterThanOrEqual(1);
      // She has just enrolled Vilhelmina, so at least one person takes part.
      expect(await count('Dalyvauja programose')).toBeGreaterThanOrEqual(1);
      expect(await count('Laukiančiųjų sąrašuose')).toBeGreaterThanOrEqual(0);
      await expectAccessible(page, 'home page');
      await screenshot(page, `${kind}-p11-home`);

      await page.getByRole('link', { name: 'Dalyviai registre' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dalyviai' }).waitFor();
      expect(errors.filter((e) => !/status of 40[0149]/.test(e))).toEqual([]);
    });
  });
}
