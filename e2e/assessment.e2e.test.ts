import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Question } from '../src/contracts/assessments.ts';
import { scoreAssessment } from '../src/server/features/assessments/assessments.rules.ts';
import { EMPLOYABILITY_V1 } from '../src/server/features/assessments/questionnaires/employability.v1.ts';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import { expectAccessible, screenshot, signInAs, startJourney, stopJourney } from './support.ts';

// The Kazlų Rūda case manager with a tablet on the table between her and Danutė, 58,
// assessed once before when she joined: from the case page she starts the employability
// assessment again, goes through it part by part in Lithuanian (each part saved), is told
// about a number out of range and about a question she skipped, completes it, and reads
// the profile, the suggested services — computer literacy and transport among them — and
// what changed since the first time. Then the same at 360 px.
// On the embedded database and on PostgreSQL.

const TABLET = { width: 820, height: 1180 };
const PHONE = { width: 360, height: 780 };
const QUESTIONNAIRE = 'Įsidarbinimo galimybių vertinimas';

/** Danutė's answers: keen to work, but no computer skills and no way to get to town. Debts declined. */
const ANSWERS: Answers = {
  motivation_want_work: 5, motivation_start_soon: 4, motivation_better_life: 5, motivation_lost_hope: 2,
  confidence_can_learn: 4, confidence_interview: 3, confidence_abilities: 4,
  digital_computer: 1, digital_email: 1, digital_online_services: 1, digital_has_internet: false,
  search_find_ads: 3, search_cv: 'out_of_date', search_applications: 2, search_know_where: 4,
  experience_years: 30, experience_last_job: '2_to_5_years', experience_qualification: true, experience_description: 'Siuvėja fabrike, vėliau pardavėja parduotuvėje.',
  health_limits_work: 2, health_hours: 'full_day', health_disability: false, health_low_mood: 2,
  caring_has_duties: false, caring_hours: 0, caring_cover: 'not_needed',
  transport_reach_work: 1, transport_means: 'on_foot', transport_costs: 4,
  housing_where: 'own_or_rented', housing_at_risk: false, housing_conditions: 4,
  language_lithuanian_speak: 5, language_lithuanian_write: 5, language_other: true,
  social_support: 4, social_contact: 4, social_job_tips: true,
};

/** Answers one question on screen the way a person would: tapping the labelled box, or typing. */
async function answer(form: Locator, question: Question, value: Answers[string]) {
  if (question.type === 'number' || question.type === 'text') {
    await form.getByLabel(question.text.lt).fill(String(value));
    return;
  }
  const group = form.getByRole('group', { name: question.text.lt });
  const label = question.type === 'scale' ? question.anchors.find((a) => a.value === value)!.label.lt
    : question.type === 'yes_no' ? (value ? 'Taip' : 'Ne')
      : question.options.find((o) => o.value === value)!.label.lt;
  const radio = group.getByRole('radio', { name: label, exact: true });
  // The box around the radio is what a finger taps.
  await radio.locator('xpath=..').click();
  expect(await radio.isChecked()).toBe(true);
}

for (const kind of ['embedded', 'postgresql'] as const) {
  describe(`an assessment on a tablet on the ${kind} database`, () => {
    let server: Awaited<ReturnType<typeof startJourney>>['server'];
    let browser: Browser;
    let page: Page;
    let caseId: string;
    const errors: string[] = [];
    const form = () => page.locator('form.assessment-step');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    async function answerPart(index: number, skip: readonly string[] = []) {
      const domain = EMPLOYABILITY_V1.domains[index]!;
      await page.getByRole('heading', { level: 2, name: `${index + 1}. ${domain.name.lt}` }).waitFor();
      await page.getByText(`${index + 1} iš 12`, { exact: true }).waitFor();
      for (const question of domain.questions) {
        if (skip.includes(question.key) || !(question.key in ANSWERS)) continue;
        await answer(form(), question, ANSWERS[question.key]!);
      }
    }

    const next = () => page.getByRole('button', { name: 'Išsaugoti ir toliau' }).click();

    beforeAll(async () => {
      ({ server, browser, page } = await startJourney(kind, errors));
      await page.setViewportSize(TABLET);
      const { organisation_id, user_id } = await server.db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['memberships.organisation_id', 'memberships.user_id']).where('users.email', '=', 'vadybininke@demo.kelias.lt').executeTakeFirstOrThrow();
      const [first, last] = ['Danutė', 'Vaitkienė'];
      const participant = await server.db.insertInto('participants').values({
        organisation_id, first_name: first, last_name: last, birth_date: '1968-03-09', sort_key: lithuanianSortKey(`${last} ${first}`),
        search_key: searchKey(`${first} ${last}`), name_key: searchKey(`${first} ${last}`), municipality: 'Kazlų Rūdos sav.',
      }).returning('id').executeTakeFirstOrThrow();
      const programme = await server.db.insertInto('programmes').values({
        organisation_id, name_lt: 'Vertinimo bandymų programa', sort_key: lithuanianSortKey('Vertinimo bandymų programa'), capacity: 20,
      }).returning('id').executeTakeFirstOrThrow();
      const openedOn = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
      const enrolment = await server.db.insertInto('enrolments').values({
        programme_id: programme.id, participant_id: participant.id, status: 'enrolled', enrolled_on: openedOn,
      }).returning('id').executeTakeFirstOrThrow();
      ({ id: caseId } = await server.db.insertInto('cases').values({
        organisation_id, programme_id: programme.id, participant_id: participant.id, enrolment_id: enrolment.id, opened_on: openedOn, case_manager_id: user_id,
      }).returning('id').executeTakeFirstOrThrow());
      await server.db.insertInto('case_members').values({ case_id: caseId, user_id, role: 'case_manager' }).execute();
      // The first assessment, when she joined: about to lose her home, less hope, no idea where to look for work.
      const earlier: Answers = {
        ...ANSWERS, housing_where: 'temporary', housing_at_risk: true, housing_conditions: 2,
        motivation_lost_hope: 4, motivation_start_soon: 2, search_know_where: 1, search_applications: 0, social_contact: 2,
      };
      await server.db.insertInto('assessments').values({
        case_id: caseId, questionnaire_key: 'employability', questionnaire_version: 1, status: 'completed', assessed_on: openedOn,
        answers: JSON.stringify(earlier), result: JSON.stringify(scoreAssessment(EMPLOYABILITY_V1, earlier)), assessor_id: user_id,
        completed_at: new Date(Date.now() - 14 * 86_400_000),
      }).execute();
    });
    afterAll(() => stopJourney({ browser, server }));

    it('starts the employability assessment from the case page', async () => {
      await page.goto(`${server.url}/cases/${caseId}`);
      await signInAs(page, 'vadybininke@demo.kelias.lt');
      const panel = page.getByRole('region', { name: 'Poreikių ir galimybių vertinimai' });
      await panel.getByRole('row', { name: new RegExp(`${QUESTIONNAIRE}.*Užbaigtas.*Pirmiausia reikia socialinės ir sveikatos pagalbos`) }).waitFor();
      await panel.getByRole('button', { name: 'Naujas vertinimas' }).click();
      await panel.getByLabel('Klausimynas').selectOption({ label: QUESTIONNAIRE });
      await expectAccessible(page, 'new assessment');
      await panel.getByRole('button', { name: 'Pradėti vertinimą' }).click();

      await page.getByRole('heading', { level: 1, name: QUESTIONNAIRE }).waitFor();
      await page.getByText('Danutė Vaitkienė').waitFor();
      await answerPart(0);
      await expectAccessible(page, 'assessment form, part 1');
      await screenshot(page, `${kind}-a01-assessment-part-1-820`);
      await next();
      await page.locator('.save-status', { hasText: /^Išsaugota \d\d:\d\d$/ }).waitFor();
    });

    it('answers part by part on the tablet; a number out of range is named by the server', async () => {
      await answerPart(1);
      await next();
      await answerPart(2);
      // The same part on a phone: nothing sideways.
      await page.setViewportSize(PHONE);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'assessment form at 360 px');
      await screenshot(page, `${kind}-a02-assessment-part-3-360`);
      await page.setViewportSize(TABLET);
      await next();
      await answerPart(3, ['search_know_where']);
      await next();

      await answerPart(4);
      await form().getByLabel('Kiek metų iš viso esate dirbęs (-usi)?').fill('75');
      await next();
      const summary = page.getByRole('alert');
      await summary.getByRole('link', { name: '5.1 Kiek metų iš viso esate dirbęs (-usi)?: Didžiausia reikšmė: 60.' }).waitFor();
      await form().getByText('Didžiausia reikšmė: 60.').waitFor();
      await expectAccessible(page, 'assessment form with an error');
      await screenshot(page, `${kind}-a03-assessment-error-820`);
      await summary.getByRole('link').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-answers-experience_years');
      await form().getByLabel('Kiek metų iš viso esate dirbęs (-usi)?').fill('30');
      await next();

      for (let part = 5; part < 12; part++) {
        await answerPart(part);
        // Danutė declined the questions about debts: sensitive questions are never required.
        if (EMPLOYABILITY_V1.domains[part]!.key === 'debts') expect(await form().getByRole('radio', { checked: true }).count()).toBe(0);
        if (part < 11) await next();
      }
    });

    it('is told which question is still unanswered, goes there, then completes', async () => {
      await page.getByRole('button', { name: 'Išsaugoti ir užbaigti vertinimą' }).click();
      const summary = page.getByRole('alert');
      await summary.getByText('Vertinimo dar negalima užbaigti: neatsakyta į privalomus klausimus 4.4.').waitFor();
      await expectAccessible(page, 'assessment with an unanswered question');
      await summary.getByRole('button', { name: '4.4 Žinau, kur kreiptis pagalbos ieškant darbo.' }).click();
      await page.getByRole('heading', { level: 2, name: '4. Darbo paieškos įgūdžiai' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-answers-search_know_where');
      await answer(form(), EMPLOYABILITY_V1.domains[3]!.questions[3]!, 4);

      await page.getByText('Visos dalys').click();
      await page.getByRole('button', { name: '12. Socialiniai ryšiai' }).click();
      await page.getByRole('heading', { level: 2, name: '12. Socialiniai ryšiai' }).waitFor();
      await page.getByRole('button', { name: 'Išsaugoti ir užbaigti vertinimą' }).click();

      await page.getByRole('heading', { level: 2, name: 'Profilis' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assessment-profile-title');
      await page.getByText('Reikia trumpos pagalbos', { exact: true }).waitFor();
      const services = page.getByRole('region', { name: 'Siūlomos paslaugos', exact: true });
      await services.getByText('Kompiuterinio raštingumo mokymai').waitFor();
      await services.getByText('Transporto parama').waitFor();
      const scores = page.getByRole('region', { name: 'Sričių balai', exact: true });
      await scores.getByText('Kompiuterinis raštingumas').waitFor();
      await scores.getByText('0 iš 100 – reikia daug pagalbos').waitFor();
      const changes = page.getByRole('region', { name: 'Kas pasikeitė nuo ankstesnio vertinimo' });
      await changes.getByText('Profilis pasikeitė: buvo „Pirmiausia reikia socialinės ir sveikatos pagalbos“, dabar „Reikia trumpos pagalbos“.').waitFor();
      // The arrows are for the eye; the words say the same to everyone.
      await changes.getByRole('row', { name: /^Motyvacija\s+63\s+88\s+\+25 geriau$/ }).waitFor();
      await changes.getByRole('row', { name: /^Būstas\s+19\s+92\s+\+73 geriau$/ }).waitFor();
      await changes.getByRole('row', { name: /^Kompiuterinis raštingumas\s+0\s+0\s+nepakito$/ }).waitFor();
      await changes.getByRole('row', { name: /^Skolos\s+–\s+–\s+negalima palyginti$/ }).waitFor();
      await expectAccessible(page, 'assessment result');
      await screenshot(page, `${kind}-a04-assessment-result-820`);

      // The same result in English, without asking the server again.
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await page.getByText('Needs short support', { exact: true }).waitFor();
      await page.getByRole('region', { name: 'Suggested services', exact: true }).getByText('Computer literacy', { exact: true }).waitFor();
      await page.getByRole('row', { name: /^Housing\s+19\s+92\s+\+73 better$/ }).waitFor();
      await page.getByRole('button', { name: 'LT', exact: true }).click();
      await page.getByText('Reikia trumpos pagalbos', { exact: true }).waitFor();

      await page.setViewportSize(PHONE);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'assessment result at 360 px');
      await screenshot(page, `${kind}-a05-assessment-result-360`);
      await page.setViewportSize(TABLET);
    });

    it('lists the completed assessment with its profile on the case page, with no errors in the console', async () => {
      await page.getByRole('link', { name: 'Atgal į atvejį' }).click();
      const panel = page.getByRole('region', { name: 'Poreikių ir galimybių vertinimai' });
      await panel.getByRole('row', { name: new RegExp(`${QUESTIONNAIRE}.*Užbaigtas.*Reikia trumpos pagalbos`) }).waitFor();
      expect(await panel.getByRole('row').count()).toBe(3);
      await expectAccessible(page, 'case page with its assessments');
      await screenshot(page, `${kind}-a06-case-assessments-820`);
      // The refused saves (400) and the sign-in page's first look (401) are expected.
      expect(errors.filter((e) => !/status of 40[01]/.test(e))).toEqual([]);
    });
  });
}
