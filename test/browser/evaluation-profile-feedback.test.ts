import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobcenterProfile } from '../../functions/evaluation/use-cases/get-jobcenter-profile';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { fetchSentEmails } from '../../local/services';
import { completeSelfAssessment } from '../fixtures';
import {
  type BrowserEnv,
  callApi,
  expectNoAxeViolations,
  focused,
  launchCampaign,
  logIn,
  openPage,
  personalLink,
  scrollsHorizontally,
  staffToken,
  startBrowserEnv,
  tabTo,
  watchPageErrors,
} from './helpers';
import { openForm } from './self-assessment-seed';

/**
 * Auswertung II in the browser: the free-text answers word for word (filter, export), the
 * Jobcenter profile across the years, and MAGS's written feedback on a self-assessment, from the
 * staff response page to the e-mail and the Jobcenter's own report. Seed: the demo accessions,
 * then a 2026 self-assessment submitted by Düsseldorf and Bonn with an answer on "Hindernisse".
 */
const SB = questionnaire('sb-2026');
const TEXTS = '/verwaltung/auswertung/antworten';
const PROFILE = '/verwaltung/auswertung/jobcenter/duesseldorf';
const REGISTER = '/verwaltung/auswertung/beitritte';
const HINDERNISSE = {
  duesseldorf: 'Zwei Standorte ohne Aufzug.\nDer Umbau wartet auf den Vermieter.',
  bonn: 'Zu wenig Personal für Leichte Sprache.',
};
const FEEDBACK = 'Vielen Dank für Ihre gründliche Selbstbewertung.\nBitte berichten Sie 2027 zum Aufzug.';
const FEEDBACK_SECTION = 'section[aria-labelledby="rueckmeldung-title"]';
const FEEDBACK_SUBJECT = 'Rückmeldung des MAGS zu Ihrer Selbstbewertung: Jobcenter Düsseldorf';

/**
 * axe with WCAG 2.0, 2.1 and 2.2 A/AA. `include`: after a full check of a long page (the response
 * page has six large tables), a change of state is checked where it happens.
 */
const expectAccessible = (page: Page, state: string, include?: string) =>
  expectNoAxeViolations(page, state, {
    tags: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
    ...(include ? { include } : {}),
  });

/** Presses Tab until the focused link has this text and leads to `href`. */
const tabToLink = async (page: Page, text: string, href: string, maxPresses = 150) => {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      href: document.activeElement?.getAttribute('href') ?? '',
    }));
    if (at.text === text && at.href === href) return;
  }
  throw new Error(`link ${text} → ${href} not reached with ${maxPresses} presses of Tab`);
};

/** The Jobcenter's side through the API (self-assessment-seed.ts), with an answer on "Hindernisse". */
const submitSelfAssessment = async (
  env: BrowserEnv,
  jobcenterId: keyof typeof HINDERNISSE,
  subject: string,
) => {
  const form = await openForm(env, jobcenterId, subject);
  const draft = completeSelfAssessment(SB, form.basis, { text: `Bericht ${jobcenterId}` });
  const hf2 = draft.abschnitte?.hf2;
  if (!hf2) throw new Error('no hf2');
  hf2.antworten = { ...hf2.antworten, hindernisse: HINDERNISSE[jobcenterId] };
  hf2.bewertung = 2;
  await form.submit(draft);
};

describe('Auswertung II: answers word for word, Jobcenter profile, MAGS feedback', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let campaignId: string;
  let subject: string;

  beforeAll(async () => {
    env = await startBrowserEnv({ demo: true });
    ({ id: campaignId, subject } = await launchCampaign(
      env,
      ['duesseldorf', 'bonn'],
      `Selbstbewertung 2026 ${Date.now()}`,
      { kind: 'selbstbewertung', fragebogen: 'sb-2026', title: 'Selbstbewertung 2026' },
    ));
    await submitSelfAssessment(env, 'duesseldorf', subject);
    await submitSelfAssessment(env, 'bonn', subject);
    ({ page, errors } = await openPage(env, { logIn: 'form' }));
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('filters the answers of 2026 to "Hindernisse" by keyboard and downloads exactly that', async () => {
    await page.goto(`${env.app}${TEXTS}`);
    await page.getByRole('heading', { level: 1, name: 'Antworten im Wortlaut' }).waitFor();
    // Without a year in the address: the newest questionnaire's year, which nobody answered yet.
    await expect
      .poll(() => page.locator('#antworten-anzahl').textContent())
      .toBe('0 Antworten von 0 Jobcentern');
    expect(await page.locator('#tf-jahr').inputValue()).toBe('2027');
    await page.getByText('Zu diesem Filter liegen keine Antworten vor.').waitFor();
    expect(await page.getByRole('link', { name: 'Antworten im Wortlaut' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'texts, empty');

    await tabTo(page, 'tf-jahr', 40);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#tf-jahr').inputValue()).toBe('2026');
    await tabTo(page, 'tf-frage');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#tf-frage').inputValue()).toBe('hindernisse');
    await tabTo(page, 'tf-anwenden');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${TEXTS}?jahr=2026&frage=hindernisse`);
    await expect
      .poll(() => page.locator('#antworten-anzahl').textContent())
      .toBe('2 Antworten von 2 Jobcentern');

    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Filtern',
      'Handlungsfeld 2: Weiterentwicklung der Zugänglichkeit',
    ]);
    expect(await page.locator('main h3').allTextContents()).toEqual([
      'Auf welche Hindernisse sind Sie gestoßen? (2 Antworten)',
    ]);
    const answers = page.locator('.text-answer');
    expect(await answers.locator('.text-answer-source').allTextContents()).toEqual([
      'Bonn (LVR)',
      'Düsseldorf (LVR)',
    ]);
    // Line breaks stay as the Jobcenter wrote them.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered line breaks are checked
    expect(await answers.nth(1).locator('blockquote').innerText()).toBe(HINDERNISSE.duesseldorf);
    expect(await answers.nth(0).getByRole('link', { name: 'Bonn' }).getAttribute('href')).toBe(
      '/verwaltung/auswertung/jobcenter/bonn',
    );
    await expectAccessible(page, 'texts 2026, Hindernisse');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Excel (XLSX) herunterladen' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^antworten-2026-hindernisse-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText(`Die Datei ${xlsx.suggestedFilename()} wurde heruntergeladen.`).waitFor();
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(await xlsx.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Antworten');
    expect(sheet?.rowCount).toBe(3);
    expect([2, 3].map((r) => sheet?.getRow(r).getCell(3).value)).toEqual(['Bonn', 'Düsseldorf']);
    expect(sheet?.getRow(3).getCell(6).value).toBe(HINDERNISSE.duesseldorf);
  });

  it('names the bad parameter of the address', async () => {
    await page.goto(`${env.app}${TEXTS}?jahr=abc`);
    await page.getByRole('alert').filter({ hasText: 'Ungültiger Wert für „jahr“.' }).waitFor();
    expect(await page.title()).toBe('Fehler: Antworten im Wortlaut – Rahmenvereinbarung Inklusion');
    await expectAccessible(page, 'texts, bad year');
  });

  it('opens Düsseldorf’s profile from the register by keyboard: accession, ratings, measures', async () => {
    await page.goto(`${env.app}${REGISTER}`);
    await page.locator('#beigetreten-gesamt').waitFor();
    await tabToLink(page, 'Düsseldorf', PROFILE);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${PROFILE}`);
    await page.getByRole('heading', { level: 1, name: 'Jobcenter Düsseldorf' }).waitFor();

    const fact = (term: string) =>
      page
        .locator('.summary-row')
        .filter({ has: page.locator('dt', { hasText: term }) })
        .locator('dd');
    expect(await fact('Beigetreten am').textContent()).toBe('15.03.2018');
    expect(await fact('Quelle').textContent()).toBe('Online-Erklärung');
    expect(await fact('Öffentliche Liste').textContent()).toBe('wird öffentlich genannt');
    expect(await fact('Landschaftsverband').textContent()).toBe('Landschaftsverband Rheinland');

    const ratings = page.getByRole('table', { name: /^Stand je Handlungsfeld/ });
    expect(await ratings.locator('thead th').allTextContents()).toEqual(['Handlungsfeld', '2026']);
    const label = (value: number) => `${value} – ${SB.rating.find((r) => r.value === value)?.label}`;
    expect(await ratings.locator('tbody td').allTextContents()).toEqual([
      label(3),
      label(2),
      label(3),
      label(3),
      label(3),
      label(3),
    ]);

    await page.getByRole('heading', { level: 2, name: 'Selbstbewertung 2026' }).waitFor();
    expect(await fact('Eingangsnummer').textContent()).toBe('SB-2026-DUESSELDORF-1');
    const indicators = page.getByRole('table', { name: 'Kennzahlen 2026' });
    const firstIndicator = SB.sections[0]?.indicators[0]?.label ?? '?';
    expect(
      await indicators
        .getByRole('row', { name: new RegExp(`^${firstIndicator}`) })
        .locator('td')
        .allTextContents(),
    ).toEqual(['1 – Organisation und Führung', '10 %']);
    expect(await indicators.locator('tbody tr').count()).toBe(
      SB.sections.flatMap((s) => s.indicators).length,
    );
    expect(
      await page
        .getByRole('link', { name: 'Alle Antworten der Selbstbewertung 2026 ansehen' })
        .getAttribute('href'),
    ).toBe(`/verwaltung/kampagnen/${campaignId}/jobcenter/duesseldorf`);

    // The measures of all years: the accession of 2018 and the self-assessment of 2026.
    const bearer = await staffToken(env.app, env.staff);
    const { body: profile } = await callApi<JobcenterProfile>(
      env,
      'GET',
      '/api/evaluation/jobcenters/duesseldorf',
      bearer,
    );
    const measures = page.getByRole('table', { name: /^Maßnahmen des Jobcenters Düsseldorf/ });
    expect(await measures.locator('tbody tr').count()).toBe(profile.massnahmen.length);
    const years = await measures.locator('tbody tr td:first-child').allTextContents();
    expect(new Set(years)).toEqual(new Set(['2018', '2026']));
    await measures.getByText('Lokaler Aktionsplan Inklusion').first().waitFor();
    await expectAccessible(page, 'profile');
  });

  it('sends feedback by keyboard alone; the Jobcenter gets one mail and sees it in its report', async () => {
    const response = `${env.app}/verwaltung/kampagnen/${campaignId}/jobcenter/duesseldorf`;
    await page.goto(response);
    await page.getByRole('heading', { level: 2, name: 'Rückmeldung an das Jobcenter' }).waitFor();
    expect(await page.locator('#rueckmeldung-fassung').inputValue()).toBe('1');
    await page
      .getByText('Wird per E-Mail an das Jobcenter gesendet und in seinem Bericht angezeigt.')
      .waitFor();
    await expectAccessible(page, 'feedback form');

    // Empty text: the summary takes focus and links to the textarea.
    await tabTo(page, 'rueckmeldung-senden', 400);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Rückmeldung: Bitte schreiben Sie den Text der Rückmeldung.',
    ]);
    expect(await page.locator('#rueckmeldung-text').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'feedback form with error', FEEDBACK_SECTION);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('rueckmeldung-text');

    await page.keyboard.type(FEEDBACK);
    await page
      .getByText(`Sie können noch ${(3000 - FEEDBACK.length).toLocaleString('de-DE')} Zeichen eingeben.`)
      .waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('rueckmeldung-senden');
    await page.keyboard.press('Enter');
    const sent = page
      .getByRole('status')
      .filter({ hasText: 'Die Rückmeldung zu Fassung 1 wurde an das Jobcenter Düsseldorf gesendet.' });
    await sent.waitFor();
    await expect.poll(async () => (await focused(page)).className).toBe('notice notice-success');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered line breaks are checked
    expect(await page.locator('.feedback-item blockquote').innerText()).toBe(FEEDBACK);
    await page
      .getByRole('heading', { level: 3, name: /^Rückmeldung zu Fassung 1 vom \d{2}\.\d{2}\.\d{4}/ })
      .waitFor();
    // The only version has its feedback: no form any more.
    expect(await page.locator('#rueckmeldung-text').count()).toBe(0);
    await expectAccessible(page, 'feedback sent', FEEDBACK_SECTION);

    const mails = (await fetchSentEmails(env.system.urls.mailViewer)).filter(
      (m) => m.subject === FEEDBACK_SUBJECT,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.destination.to).toEqual(['geschaeftsfuehrung.duesseldorf@example.org']);
    expect(mails[0]?.body.text).toContain('Bitte berichten Sie 2027 zum Aufzug.');

    // After a reload the page knows it from the server; a second sending is refused.
    await page.reload();
    await page.locator('.feedback-item').waitFor();
    expect(await page.locator('#rueckmeldung-text').count()).toBe(0);
    await page.getByText(/Rückmeldung zu Fassung 1 gesendet/).waitFor();
    const again = await callApi<{ error: { message: string } }>(
      env,
      'POST',
      `/api/campaigns/${campaignId}/responses/duesseldorf/feedback`,
      await staffToken(env.app, env.staff),
      { version: 1, text: 'Noch eine Rückmeldung zur selben Fassung.' },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Zu dieser Fassung wurde bereits eine Rückmeldung gesendet.');
    expect(
      (await fetchSentEmails(env.system.urls.mailViewer)).filter((m) => m.subject === FEEDBACK_SUBJECT),
    ).toHaveLength(1);

    // The profile shows it with the year.
    await page.goto(`${env.app}${PROFILE}`);
    await page.getByRole('heading', { level: 4, name: /^Rückmeldung zu Fassung 1 vom / }).waitFor();

    // The Jobcenter opens its personal link and reads the feedback in its report.
    const jobcenter = await env.newPage();
    const jobcenterErrors = watchPageErrors(jobcenter);
    await jobcenter.goto(await personalLink(env, 'duesseldorf', subject));
    await jobcenter.getByRole('button', { name: 'Formular öffnen' }).click();
    await jobcenter.getByRole('link', { name: 'Bericht zur Selbstbewertung öffnen' }).first().click();
    await jobcenter
      .getByRole('heading', { level: 1, name: 'Selbstbewertung 2026 – Jobcenter Düsseldorf' })
      .waitFor();
    const section = jobcenter.getByRole('region', { name: 'Rückmeldung des MAGS' });
    await section.getByRole('heading', { level: 3, name: /^Rückmeldung zu Fassung 1 vom / }).waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered line breaks are checked
    expect(await section.locator('blockquote').innerText()).toBe(FEEDBACK);
    await expectAccessible(jobcenter, 'report with feedback');
    expect(jobcenterErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reflows at 320 CSS px and at 200 % zoom without horizontal scrolling', async () => {
    for (const width of [320, 640]) {
      const narrow = await env.newPage({ width, height: width === 320 ? 640 : 450 });
      await logIn(narrow, env.app, env.staff);
      await narrow.goto(`${env.app}${TEXTS}?jahr=2026&frage=hindernisse`);
      await narrow.locator('.text-answer').first().waitFor();
      expect(await scrollsHorizontally(narrow), `texts at ${width}px`).toBe(false);
      await narrow.goto(`${env.app}${PROFILE}`);
      await narrow.getByRole('heading', { level: 1, name: 'Jobcenter Düsseldorf' }).waitFor();
      await narrow.locator('#profil-massnahmen').waitFor();
      expect(await scrollsHorizontally(narrow), `profile at ${width}px`).toBe(false);
      if (width === 320) await expectAccessible(narrow, 'profile at 320 px');
    }
  });
});
