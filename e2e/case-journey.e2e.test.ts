import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, SCREENSHOTS, signInAs, startJourney, stopJourney } from './support.ts';

// Issue 4 from end to end, in Lithuanian: the Kazlų Rūda case manager enrols Stefanija
// Rimkienė, and her case goes from intake to closed on one page — the stage refused until
// an assessment is completed, the employability assessment with its profile and suggested
// services, the action plan agreed and signed and printed, a delivered service, an
// appointment with the team's psychologist, a task, placement, follow-up and the closing
// with the outcome; at the end the ESF+ results, the automatic 6-month follow-up task and
// a timeline in sentences. On the embedded database and on PostgreSQL.

const MANAGER = 'vadybininke@demo.kelias.lt';
const NAME = 'Stefanija Rimkienė';
const SIGNED = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Vilnius' });
const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const monthsFrom = (date: string, months: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  target.setUTCDate(Math.min(d, new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()));
  return target.toISOString().slice(0, 10);
};

/**
 * Answers every required question of the step on screen, as a person taps them: the
 * answer box at `pick(count)` among a question's boxes, or `number` typed into a number
 * field. Optional questions (sensitive ones, free text) are left as the person may.
 */
async function answerStep(form: Locator, pick: (count: number) => number, number: string) {
  const required = form.locator('.question').filter({ hasNot: form.page().locator('.field-required') });
  for (const question of await required.all()) {
    const radios = question.getByRole('radio');
    const count = await radios.count();
    if (count === 0) {
      await question.getByRole('textbox').fill(number);
      continue;
    }
    const radio = radios.nth(pick(count));
    await radio.locator('xpath=..').click();
    expect(await radio.isChecked()).toBe(true);
  }
}

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`a case from intake to closed on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    let caseId: string;
    const errors: string[] = [];
    const stage = () => page.getByRole('region', { name: 'Etapas', exact: true });
    const steps = () => stage().getByRole('list', { name: 'Atvejo etapai' });
    const currentStage = () => steps().locator('[aria-current="step"]').textContent();
    const timeline = () => page.getByRole('region', { name: 'Atvejo eiga' });
    const plan = () => page.getByRole('region', { name: 'Individualus veiklos planas' });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    async function moveTo(name: string) {
      await stage().getByRole('button', { name: `Perkelti į etapą „${name}“` }).click();
      await expect.poll(currentStage).toContain(name);
      await timeline().getByText(`Perkelta į etapą „${name}“`).waitFor();
    }

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
    });
    afterAll(() => stopJourney({ browser, server }));

    it('enrols a person, finds the new case on My caseload and opens it at intake', async () => {
      await page.goto(`${server.url}/`);
      await signInAs(page, MANAGER);
      await page.getByRole('navigation', { name: 'Pagrindinis meniu' }).waitFor();

      // Set-up through the API with her session, as the participant and programme screens would send it.
      const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
      const headers = { 'x-csrf-token': me.csrfToken, origin: server.url };
      const person = await page.request.post(`${server.url}/api/participants`, {
        headers,
        data: {
          firstName: 'Stefanija', lastName: 'Rimkienė', birthDate: '1971-05-14', sex: 'female', municipality: 'Kazlų Rūdos sav.', eldership: 'Jankų seniūnija',
          labourMarketStatus: 'long_term_unemployed', registeredUnemployedSince: daysFrom(today(), -600), receivesSocialAssistance: true,
          socialAssistanceSince: daysFrom(today(), -400), languages: ['lt'],
        },
      });
      expect(person.status(), await person.text()).toBe(201);
      const { id: programmeId } = await server.db.selectFrom('programmes').select('id').where('template_key', '=', 'kazlu_ruda_motivation').executeTakeFirstOrThrow();
      const enrolment = await page.request.post(`${server.url}/api/programmes/${programmeId}/enrolments`, { headers, data: { participantId: (await person.json()).id } });
      expect(enrolment.status(), await enrolment.text()).toBe(201);
      expect(await enrolment.json()).toMatchObject({ status: 'enrolled', caseId: expect.any(String) });
      caseId = (await enrolment.json()).caseId;

      // On the programme's list of participants, a participation with a case ends on the case page: a link there, not "Baigti dalyvavimą".
      await page.goto(`${server.url}/programmes/${programmeId}`);
      const enrolled = page.getByRole('table', { name: 'Dalyvaujantys asmenys' });
      const row = enrolled.getByRole('row', { name: new RegExp(NAME) });
      await row.getByRole('link', { name: `Atidaryti atvejį: ${NAME}` }).waitFor();
      expect(await enrolled.getByRole('button', { name: /^Baigti dalyvavimą/ }).count()).toBe(0);
      await expectAccessible(page, 'programme participants with their cases');

      await page.getByRole('navigation', { name: 'Pagrindinis meniu' }).getByRole('link', { name: 'Mano atvejai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mano atvejai' }).waitFor();
      const cases = page.getByRole('region', { name: 'Atvejai, kuriuose esu vadybininkas ar komandos narys' });
      await cases.getByRole('row', { name: new RegExp(NAME) }).getByText('Priėmimas').waitFor();
      await cases.getByRole('link', { name: NAME }).click();

      await page.getByRole('heading', { level: 1, name: `${NAME}: atvejis` }).waitFor();
      expect(await currentStage()).toContain('Priėmimas');
      // The programme's standing team came with the case: the psychologist among them.
      const team = page.getByRole('region', { name: 'Atvejo komanda' });
      await team.getByRole('listitem').filter({ hasText: 'Eglė Šimkutė' }).getByText('psichologas').waitFor();
      await timeline().getByText('Atvejis atidarytas asmenį įtraukus į programą').waitFor();
      await expectAccessible(page, 'case page at intake');
      await screenshot(page, `${kind}-j01-case-intake`);
    });

    it('moves to assessment; planning is refused, naming the missing completed assessment', async () => {
      await moveTo('Vertinimas');
      // The screen offers no move to planning and says why …
      await stage().getByText('Į etapą „Planavimas“ pereiti dar negalima: nėra užbaigto vertinimo.').waitFor();
      expect(await stage().getByRole('button', { name: 'Perkelti į etapą „Planavimas“' }).count()).toBe(0);
      // … and a screen left open from before (a move sent anyway) gets the server's refusal in the same words.
      const me = await (await page.request.get(`${server.url}/api/auth/me`)).json();
      const { version } = await (await page.request.get(`${server.url}/api/cases/${caseId}`)).json();
      const refused = await page.request.post(`${server.url}/api/cases/${caseId}/stage`, {
        headers: { 'x-csrf-token': me.csrfToken, origin: server.url, 'accept-language': 'lt' }, data: { to: 'planning', version },
      });
      expect(refused.status()).toBe(409);
      expect((await refused.json()).error).toMatchObject({
        code: 'CASE.TRANSITION_NOT_ALLOWED', message: 'Perkelti į etapą „planavimas“ negalima: nėra užbaigto vertinimo.', details: { condition: 'completed_assessment' },
      });
      await expectAccessible(page, 'case page at assessment');
      await screenshot(page, `${kind}-j02-case-assessment`);
    });

    it('runs the employability assessment part by part, completes it and reads the profile and the suggested services', async () => {
      const panel = page.getByRole('region', { name: 'Poreikių ir galimybių vertinimai' });
      await panel.getByText('Vertinimų dar nėra.').waitFor();
      await panel.getByRole('button', { name: 'Naujas vertinimas' }).click();
      await panel.getByLabel('Klausimynas').selectOption({ label: 'Įsidarbinimo galimybių vertinimas' });
      await panel.getByRole('button', { name: 'Pradėti vertinimą' }).click();
      await page.getByRole('heading', { level: 1, name: 'Įsidarbinimo galimybių vertinimas' }).waitFor();

      // Stefanija is unsure of herself, has little experience and few contacts: the second
      // box of every scale ("Nesutinku", "Prastai", …), "Ne", and 3 where a number is asked.
      const form = page.locator('form.assessment-step');
      for (let part = 1; part <= 12; part++) {
        await page.getByText(`${part} iš 12`, { exact: true }).waitFor();
        await answerStep(form, () => 1, '3');
        if (part === 1) {
          await expectAccessible(page, 'assessment, part 1');
          await screenshot(page, `${kind}-j03-assessment-part-1`);
        }
        if (part < 12) await page.getByRole('button', { name: 'Išsaugoti ir toliau' }).click();
      }
      await page.getByRole('button', { name: 'Išsaugoti ir užbaigti vertinimą' }).click();

      await page.getByRole('heading', { level: 2, name: 'Profilis' }).waitFor();
      await page.getByText('Reikia intensyvios pagalbos', { exact: true }).waitFor();
      const services = page.getByRole('region', { name: 'Siūlomos paslaugos', exact: true });
      for (const service of ['Psichologinė pagalba', 'Socialinių įgūdžių ugdymas', 'Kompiuterinio raštingumo mokymai', 'Socialinės ir motyvavimo paslaugos']) {
        await services.getByText(service, { exact: true }).waitFor();
      }
      await expectAccessible(page, 'assessment result');
      await screenshot(page, `${kind}-j04-assessment-result`);

      await page.getByRole('link', { name: 'Atgal į atvejį' }).click();
      await panel.getByRole('row', { name: /Įsidarbinimo galimybių vertinimas.*Užbaigtas.*Reikia intensyvios pagalbos/ }).waitFor();
      await timeline().getByText('Užbaigtas vertinimas: Įsidarbinimo galimybių vertinimas. Profilis: Reikia intensyvios pagalbos').waitFor();
    });

    it('moves to planning, writes the plan, records the signed agreement and opens the printable PDF', async () => {
      await moveTo('Planavimas');
      await stage().getByText('Į etapą „Teikiamos paslaugos“ pereiti dar negalima: nėra suderinto individualaus veiklos plano (tikslų ir asmens sutikimo datos).').waitFor();

      await plan().getByRole('button', { name: 'Sudaryti planą' }).click();
      await plan().getByRole('group', { name: '1 tikslas' }).getByLabel('Tikslas', { exact: true }).fill('Sugrįžti į darbo rinką ir įsidarbinti Kazlų Rūdoje');
      const step = plan().getByRole('group', { name: '1.1 žingsnis' });
      await step.getByLabel('Ką daryti').fill('Lankyti psichologo konsultacijas, kad sugrįžtų pasitikėjimas savimi');
      await step.getByLabel('Paslauga').selectOption({ label: 'Psichologinė pagalba' });
      await step.getByLabel('Atsakingas asmuo').selectOption({ label: 'Eglė Šimkutė (psichologas)' });
      await step.getByLabel('Terminas').fill(daysFrom(today(), 30));
      await plan().getByRole('button', { name: 'Išsaugoti planą' }).click();
      await plan().getByRole('heading', { name: '1. Sugrįžti į darbo rinką ir įsidarbinti Kazlų Rūdoje' }).waitFor();
      expect(await plan().locator('.plan-step-facts dd').allTextContents()).toEqual(['Psichologinė pagalba', 'Eglė Šimkutė', daysFrom(today(), 30), 'Suplanuota']);

      await plan().getByRole('button', { name: 'Pažymėti asmens sutikimą' }).click();
      const agreement = plan().getByRole('region', { name: 'Pažymėti asmens sutikimą' });
      expect(await agreement.getByLabel('Sutikimo data').inputValue()).toBe(today());
      await agreement.getByLabel('Pasirašyta plano kopija').setInputFiles({ name: 'Planas – Rimkienė.pdf', mimeType: 'application/pdf', buffer: SIGNED });
      await agreement.getByRole('button', { name: 'Išsaugoti sutikimą' }).click();
      await plan().getByText(`Asmuo su planu sutiko ${today()}.`).waitFor();
      await plan().getByRole('link', { name: 'Pasirašyta kopija: Planas – Rimkienė.pdf' }).waitFor();
      await expectAccessible(page, 'agreed plan');
      await plan().screenshot({ path: `${SCREENSHOTS}/${kind}-j05-plan-agreed.png` });

      // The printable plan opens in a new tab: what comes back is a PDF.
      const print = plan().getByRole('link', { name: 'Spausdinti planą lietuvių kalba (PDF, atsidaro naujame lange)' });
      const [response] = await Promise.all([
        page.context().waitForEvent('response', (r) => r.url().includes(`/api/cases/${caseId}/plan.pdf`)),
        print.click(),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const pdf = await page.request.get(`${server.url}${await print.getAttribute('href')}`);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      for (const other of page.context().pages()) if (other !== page) await other.close();
    });

    it('moves to in services, logs a delivered service, books an appointment with the psychologist and adds a task', async () => {
      await moveTo('Teikiamos paslaugos');
      await stage().getByText('Į etapą „Įdarbinimas“ pereiti dar negalima: nėra prasidėjusio įdarbinimo (užregistruokite įdarbinimą ar bandomąją praktiką).').waitFor();

      const services = page.getByRole('region', { name: 'Suteiktos paslaugos', exact: true });
      await services.getByRole('button', { name: 'Registruoti suteiktą paslaugą' }).click();
      const service = services.getByRole('form', { name: 'Registruoti suteiktą paslaugą' });
      await service.getByLabel('Paslauga').selectOption({ label: 'Motyvavimas' });
      expect(await service.getByLabel('Suteikimo data').inputValue()).toBe(today());
      await service.getByLabel('Valandos').fill('1');
      await service.getByLabel('Vieta').selectOption({ label: 'Namų vizitas' });
      await service.getByLabel('Kaimas (gyvenvietė)').fill('Jankai');
      await service.getByLabel('Pastabos').fill('Aptarti darbo paieškos tikslai ir dienotvarkė.');
      await expectAccessible(page, 'service form');
      await service.getByRole('button', { name: 'Registruoti paslaugą' }).click();
      await services.getByText('Iš viso užregistruota paslaugų: 1, trukmė – 1 val.').waitFor();
      await services.getByRole('region', { name: 'Suteiktos paslaugos, naujausios viršuje' }).getByRole('row', { name: /Motyvavimas/ }).getByText('Namų vizitas, Jankai').waitFor();
      await timeline().getByText('Užregistruota suteikta paslauga „Motyvavimas“ (60 min.)').waitFor();

      const tomorrow = daysFrom(today(), 1);
      const appointments = page.getByRole('region', { name: 'Susitikimai', exact: true });
      await appointments.getByRole('button', { name: 'Užregistruoti susitikimą' }).click();
      const booking = appointments.getByRole('form', { name: 'Užregistruoti susitikimą' });
      await booking.getByLabel('Specialistas').selectOption({ label: 'Eglė Šimkutė' });
      await booking.getByLabel('Data', { exact: true }).fill(tomorrow);
      await booking.getByLabel('Pradžia').fill('10:00');
      await booking.getByLabel('Pabaiga').fill('11:00');
      await booking.getByLabel('Vieta').selectOption({ label: 'Centras' });
      await booking.getByLabel('Centras').selectOption({ label: 'Kazlų Rūdos užimtumo skatinimo centras' });
      await booking.getByLabel('Tikslas').fill('Pirmoji psichologo konsultacija');
      await expectAccessible(page, 'booking form');
      await booking.getByRole('button', { name: 'Užregistruoti', exact: true }).click();
      const upcoming = appointments.getByRole('table', { name: 'Artimiausi susitikimai' });
      await upcoming.getByRole('row', { name: /Pirmoji psichologo konsultacija/ }).getByText('Eglė Šimkutė').waitFor();
      await timeline().getByText(`Užregistruotas susitikimas ${tomorrow} 10:00–11:00 (Eglė Šimkutė)`).waitFor();

      const tasks = page.getByRole('region', { name: 'Užduotys', exact: true });
      await tasks.getByRole('button', { name: 'Nauja užduotis' }).click();
      const task = tasks.getByRole('form', { name: 'Nauja užduotis' });
      await task.getByLabel('Ką reikia padaryti').fill('Paskambinti UAB „Kazlų Rūdos medis“ dėl darbo pokalbio');
      await task.getByLabel('Kas atsakingas').selectOption({ label: 'Rūta Žemaitienė' });
      expect(await task.getByLabel('Terminas').inputValue()).toBe(daysFrom(today(), 7));
      await task.getByRole('button', { name: 'Paskirti užduotį' }).click();
      await tasks.getByRole('row', { name: /Paskambinti UAB „Kazlų Rūdos medis“/ }).waitFor();
      await timeline().getByText(`Paskirta užduotis: Rūta Žemaitienė, terminas ${daysFrom(today(), 7)}`).waitFor();
      await expectAccessible(page, 'case page in services');
      await screenshot(page, `${kind}-j06-case-in-services`);
    });

    it('records her job, moves to placement and to follow-up, and closes the case with the outcome "employed"', async () => {
      const placements = page.getByRole('region', { name: 'Įdarbinimai', exact: true });
      await placements.getByRole('button', { name: 'Užregistruoti įdarbinimą' }).click();
      await page.getByLabel('Rūšis').selectOption({ label: 'Darbas atviroje darbo rinkoje' });
      await page.getByRole('combobox', { name: 'Darbdavys' }).fill('medis');
      await page.getByRole('option', { name: /Kazlų Rūdos medis/ }).click();
      await page.getByRole('combobox', { name: 'Profesija (ISCO-08)' }).fill('9329');
      await page.getByRole('option', { name: /^9329/ }).click();
      await page.getByLabel('Pareigos').fill('Pakuotoja');
      await page.getByLabel('Mėnesinis darbo užmokestis (bruto, €)').fill('1200');
      await page.getByRole('button', { name: 'Išsaugoti įdarbinimą' }).click();
      await placements.getByText('Įdarbinimas užregistruotas, stebėsenos užduotys sukurtos.').waitFor();
      await moveTo('Įdarbinimas');
      await moveTo('Stebėsena');

      await stage().getByRole('button', { name: 'Baigti dalyvavimą' }).click();
      const closing = page.getByRole('form', { name: 'Baigti dalyvavimą ir įrašyti rezultatą' });
      await closing.getByLabel('Rezultatas').selectOption({ label: 'Įsidarbino' });
      await closing.getByLabel('Rezultato data').fill(today());
      await closing.getByLabel('Pastaba apie rezultatą').fill('Įdarbinta UAB „Kazlų Rūdos medis“ pakuotoja, darbo sutartis neterminuota.');
      await expectAccessible(page, 'closing form');
      await screenshot(page, `${kind}-j07-closing-form`);
      await closing.getByRole('button', { name: 'Baigti dalyvavimą' }).click();
      await expect.poll(currentStage).toContain('Uždarytas');
    });

    it('shows the closed case: its stage, the ESF+ results, the 6-month follow-up task and the timeline in sentences', async () => {
      const facts = page.locator('dl.facts').first();
      await facts.getByText('Uždarytas', { exact: true }).waitFor();
      const outcome = page.getByRole('region', { name: 'Rezultatas', exact: true });
      await outcome.getByText('Įsidarbino', { exact: true }).waitFor();
      const results = Object.fromEntries(await outcome.locator('dl.facts').last().locator('div').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent])));
      expect(results).toEqual({
        'Dirba (įskaitant savarankišką veiklą) baigęs dalyvauti': 'taip',
        'Mokosi ar dalyvauja mokymuose baigęs dalyvauti': 'ne',
        'Įgijo kvalifikaciją baigęs dalyvauti': 'ne',
        'Ieško darbo baigęs dalyvauti': 'ne',
        'Dirba praėjus 6 mėn.': 'dar nežinoma',
        'Padėtis darbo rinkoje pagerėjo per 6 mėn.': 'dar nežinoma',
      });

      // The follow-up task came with the closing, without reloading the page.
      const tasks = page.getByRole('region', { name: 'Užduotys', exact: true });
      await tasks.getByRole('row', { name: /6 mėn\. stebėsena po dalyvavimo pabaigos/ }).getByText(monthsFrom(today(), 6)).waitFor();

      const sentences = await timeline().locator('li').allTextContents();
      const expected = [
        'Atvejis uždarytas. Rezultatas: Įsidarbino',
        'Perkelta į etapą „Stebėsena“', 'Perkelta į etapą „Įdarbinimas“', 'Užregistruotas įdarbinimas', 'Paskirta užduotis: Rūta Žemaitienė',
        'Užregistruotas susitikimas', 'Užregistruota suteikta paslauga „Motyvavimas“ (60 min.)', 'Perkelta į etapą „Teikiamos paslaugos“',
        'Asmuo sutiko su individualiu veiklos planu', 'Išsaugota individualaus veiklos plano 1 versija', 'Perkelta į etapą „Planavimas“',
        'Užbaigtas vertinimas: Įsidarbinimo galimybių vertinimas', 'Pradėtas vertinimas: Įsidarbinimo galimybių vertinimas',
        'Perkelta į etapą „Vertinimas“', 'Atvejis atidarytas asmenį įtraukus į programą',
      ];
      // Newest first, one line per step, each a sentence with who did it.
      expect(sentences).toHaveLength(expected.length);
      sentences.forEach((sentence, index) => {
        expect(sentence).toContain(expected[index]);
        expect(sentence).toContain('— Rūta Žemaitienė');
      });
      // No event is shown by its code.
      expect(sentences.filter((s) => /Įvykis „|[a-z]+_[a-z]+/.test(s))).toEqual([]);
      await expectAccessible(page, 'closed case');
      await screenshot(page, `${kind}-j08-case-closed`);
    });

    it('reads well at 360 px: no sideways scrolling', async () => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.getByRole('heading', { level: 1, name: `${NAME}: atvejis` }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'closed case at 360 px');
      await screenshot(page, `${kind}-j09-case-closed-360`);
      await page.setViewportSize({ width: 1280, height: 900 });
      // The sign-in page asks who is signed in first: that 401 is expected.
      expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    });
  });
}
