import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { completeSelfAssessment } from '../fixtures';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  germanDay,
  isoDay,
  launchCampaign,
  logIn,
  scrollsHorizontally,
  startBrowserTest,
  tabTo,
} from './helpers';
import { launchSelfAssessment, openForm } from './self-assessment-seed';

/**
 * MAGS staff run the yearly self-assessment: create a "Selbstbewertung 2026" with the keyboard
 * (it goes to the acceded Jobcenters only), launch it, and read a Jobcenter's submitted versions
 * on the response page, per Handlungsfeld and against the year before.
 */
const WITHOUT_PREVIEW_FRAME = { exclude: ['iframe.preview-frame'] };
const ACCEDED = ['Bonn', 'Düsseldorf', 'Kreis Wesel'];

describe('self-assessment campaign (staff)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let campaignUrl: string;
  let subject: string;

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ demo: true, logIn: 'keyboard' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('switches the new-campaign form to a self-assessment with the keyboard', async () => {
    await page.goto(`${env.app}/verwaltung/kampagnen/neu`);
    await page.getByRole('heading', { level: 1, name: 'Neue Kampagne' }).waitFor();
    // "Alle offenen" belongs to the accession only.
    expect(await page.getByLabel('Alle Jobcenter, die noch nicht beigetreten sind').isChecked()).toBe(true);

    await tabTo(page, 'k-art', 20);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Selbstbewertung', { exact: true }).isChecked()).toBe(true);
    await page.locator('#k-fragebogen').waitFor();
    const title = await page.locator('#k-titel').inputValue();
    expect(title).toMatch(/^Selbstbewertung \d{4}$/);
    // The letter promises last year's answers only when a questionnaire came before this year's.
    const letter = await page.locator('#k-text').inputValue();
    expect(letter).toContain('die Maßnahmen aus Ihrer Beitrittserklärung');
    if (title === 'Selbstbewertung 2026') expect(letter).not.toContain('Vorjahr');
    else expect(letter).toContain('Angaben aus dem Vorjahr bereits eingetragen');
    expect(await page.getByLabel('Alle beigetretenen Jobcenter').isChecked()).toBe(true);
    expect(await page.getByLabel('Alle Jobcenter, die noch nicht beigetreten sind').count()).toBe(0);
    expect(await page.locator('input[name="mode"]').evaluateAll((els) => els.map((e) => e.id))).toEqual([
      'k-empfaenger',
      'k-empfaenger-filter',
      'k-empfaenger-auswahl',
    ]);
    await expectNoAxeViolations(page, 'new self-assessment campaign');
  });

  it('links the missing questionnaire and title to their fields', async () => {
    // No questionnaire ("Bitte wählen") and no title.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('k-fragebogen');
    await page.keyboard.press('Home');
    expect(await page.locator('#k-fragebogen').inputValue()).toBe('');
    expect(await page.locator('#k-titel').inputValue()).toBe('Selbstbewertung');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('k-titel');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');

    await tabTo(page, 'anlegen', 60);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    const links = await summary.getByRole('link').allTextContents();
    expect(links.slice(0, 2)).toEqual([
      'Fragebogen: Bitte den Fragebogen (Jahr) der Selbstbewertung wählen.',
      'Titel: Bitte ausfüllen.',
    ]);
    expect(await page.locator('#k-fragebogen').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#k-titel').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'new self-assessment campaign with errors');

    // The first link leads to the questionnaire; choose "Selbstbewertung 2026" there.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('k-fragebogen');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#k-fragebogen').inputValue()).toBe('sb-2026');
    // The subject was left as it was and follows the year; the emptied title stays as typed.
    subject = await page.locator('#k-betreff').inputValue();
    expect(subject).toBe('Bitte um Ihre Selbstbewertung 2026 zur Rahmenvereinbarung Inklusion');
    expect(await page.locator('#k-titel').inputValue()).toBe('');
  });

  it('creates the campaign as a draft for every acceded Jobcenter', async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.type('Selbstbewertung 2026');
    await typeAt(page, 'k-frist', germanDay(isoDay(60)));
    await typeAt(page, 'k-absender-name', 'Dr. Maria Beispiel, Referat II A 3');
    // Mails come from the configured address; replies go to the Antwortadresse.
    await page.keyboard.press('Tab');
    await page.keyboard.type('inklusion@mags.example.org');
    // "Alle beigetretenen Jobcenter" is the checked radio, so Tab lands on it.
    await tabTo(page, 'k-empfaenger', 20);
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Alle beigetretenen Jobcenter').isChecked()).toBe(true);
    await tabTo(page, 'anlegen', 20);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Selbstbewertung 2026' }).waitFor();
    campaignUrl = page.url();
    expect(campaignUrl).toMatch(/\/verwaltung\/kampagnen\/[0-9a-f-]{36}$/);
    const fact = (name: string) =>
      page.locator('.summary-row', { has: page.getByText(name, { exact: true }) });
    expect(await fact('Art').locator('dd').textContent()).toBe('Selbstbewertung');
    expect(await fact('Fragebogen').locator('dd').textContent()).toBe('Selbstbewertung 2026');
    expect(await fact('Empfänger').locator('dd').textContent()).toBe('Alle beigetretenen Jobcenter');
    await page.getByText('Die Einladung geht an 3 Jobcenter.').waitFor();
    await page.getByText('Empfänger anzeigen (3)').click();
    expect((await page.locator('.recipients-list li').allTextContents()).sort()).toEqual(ACCEDED);
    await expectNoAxeViolations(page, 'self-assessment campaign (draft)', WITHOUT_PREVIEW_FRAME);
  });

  it('launches and lists exactly the three acceded Jobcenters', async () => {
    await tabTo(page, 'starten', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kampagne jetzt starten?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/Die Kampagne ist gestartet\. 3 Einladungen sind in der Warteschlange\./).waitFor();
    await env.system.queueIdle();
    const rows = page.locator('.invitation-table tbody tr');
    await expect
      .poll(() => page.locator('.invitation-table td[data-label="Status"]', { hasText: 'versendet' }).count())
      .toBe(3);
    expect((await rows.locator('th').allTextContents()).sort()).toEqual(ACCEDED);
    expect(await page.locator('.count-item', { hasText: 'Eingeladen' }).locator('dd').textContent()).toBe(
      '3',
    );
    // Only acceded Jobcenters may join a self-assessment, and all three are in it already.
    await page.getByText('Alle beigetretenen Jobcenter sind bereits eingeladen.').waitFor();
    await expectNoAxeViolations(page, 'self-assessment campaign (running)', WITHOUT_PREVIEW_FRAME);
  });

  it('shows both submitted versions of Düsseldorf with the answers per Handlungsfeld', async () => {
    const form = await openForm(env, 'duesseldorf', subject);
    const q = questionnaire('sb-2026');
    const first = await form.submit(completeSelfAssessment(q, form.basis, { text: 'Erste Fassung' }));
    expect(first.version).toBe(1);
    const second = await form.submit(
      completeSelfAssessment(q, form.basis, { text: 'Zweite Fassung', rating: 4, status: 'umgesetzt' }),
    );
    expect(second.version).toBe(2);

    await page.goto(campaignUrl);
    await page.getByRole('link', { name: 'Düsseldorf', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Jobcenter Düsseldorf' }).waitFor();
    // No accession review for a self-assessment.
    expect(await page.getByRole('button', { name: 'Beitritt bestätigen' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Prüfen und entscheiden' }).count()).toBe(0);

    const versions = page.locator('.version-table tbody tr');
    expect(await versions.count()).toBe(2);
    expect(await versions.locator('th').allTextContents()).toEqual(['Fassung 2 (neueste)', 'Fassung 1']);
    expect(await versions.nth(0).locator('td[data-label="Eingangsnummer"]').textContent()).toBe(
      second.receiptNumber,
    );
    expect(await versions.nth(1).locator('td[data-label="Fragebogen"]').textContent()).toBe(
      'Selbstbewertung 2026',
    );

    // The newest version is shown in full: six Handlungsfelder with rating, measures, indicators, questions.
    await page.getByRole('heading', { level: 2, name: /^Fassung 2 vom .* \(neueste\)$/ }).waitFor();
    expect(await page.locator('.comparison-table').count()).toBe(6);
    const hf1 = page.getByRole('table', { name: /^Handlungsfeld 1:/ });
    expect(await rowCells(hf1, 'Lokaler Aktionsplan Inklusion')).toEqual([
      'umgesetzt',
      'keine Angabe',
      'neu',
    ]);
    expect(await rowCells(hf1, /Stand in diesem Handlungsfeld insgesamt/)).toEqual([
      '4 – Weit fortgeschritten',
      'keine Angabe',
      'neu',
    ]);
    expect(await rowCells(hf1, /Was haben Sie in diesem Jahr/)).toEqual([
      'Zweite Fassung hf1 umgesetzt',
      'keine Angabe',
      'neu',
    ]);
    await page
      .getByText('Für dieses Jobcenter liegt keine Selbstbewertung aus einem früheren Jahr vor.')
      .waitFor();
    await expectNoAxeViolations(page, 'self-assessment response (version 2)');

    // Version 1 with the keyboard: the link, then the focus is on the version's heading.
    await page.getByRole('link', { name: 'Fassung 1 anzeigen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?fassung=1$/);
    await page.getByRole('heading', { level: 2, name: /^Fassung 1 vom / }).waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('fassung-angezeigt');
    expect(await rowCells(hf1, /Was haben Sie in diesem Jahr/)).toEqual([
      'Erste Fassung hf1 umgesetzt',
      'keine Angabe',
      'neu',
    ]);
    expect(await versions.nth(1).getAttribute('aria-current')).toBe('true');
    await expectNoAxeViolations(page, 'self-assessment response (version 1)');
  });

  it('compares the next year with the year before and marks confirmed answers', async () => {
    const next = await launchSelfAssessment(env, 'sb-2027', ['duesseldorf']);
    const form = await openForm(env, 'duesseldorf', next.subject);
    expect(form.previous).toBe(true);
    const q = questionnaire('sb-2027');
    const draft = completeSelfAssessment(q, form.basis, { text: 'Bericht 2027', indicator: 20 });
    // HF1: rating and the text about this year confirmed as unchanged since 2026.
    const hf1 = draft.abschnitte?.hf1;
    if (!hf1) throw new Error('no hf1');
    hf1.unveraendert = ['bewertung', 'antworten.umgesetzt'];
    // HF2: a new measure with what 2027 asks of it (period, target group, funding).
    const hf2Draft = draft.abschnitte?.hf2;
    if (!hf2Draft) throw new Error('no hf2');
    hf2Draft.neueMassnahmen = [
      {
        id: 'neu-lotsen-2027',
        titel: 'Lotsen für junge Menschen',
        status: 'geplant',
        beginn: '2027-01',
        ende: '2027-12',
        zielgruppe: 'Junge Menschen unter 25',
        mittelEuro: 12000,
        mittelHerkunft: 'ESF Plus',
      },
    ];
    await form.submit(draft);

    await page.goto(`${env.app}/verwaltung/kampagnen/${next.id}/jobcenter/duesseldorf`);
    await page.getByRole('heading', { level: 1, name: 'Jobcenter Düsseldorf' }).waitFor();
    await page.getByText(/^Die Spalte „Vorjahr“ zeigt die Selbstbewertung 2026 \(Fassung 2,/).waitFor();
    const table = page.getByRole('table', { name: /^Handlungsfeld 1:/ });
    expect(await rowCells(table, /Stand in diesem Handlungsfeld insgesamt/)).toEqual([
      '4 – Weit fortgeschritten',
      '4 – Weit fortgeschritten',
      'unverändert unverändert bestätigt',
    ]);
    expect(await rowCells(table, /Was haben Sie in diesem Jahr/)).toEqual([
      'Zweite Fassung hf1 umgesetzt',
      'Zweite Fassung hf1 umgesetzt',
      'unverändert unverändert bestätigt',
    ]);
    expect(await rowCells(table, 'Lokaler Aktionsplan Inklusion')).toEqual([
      'in Umsetzung',
      'umgesetzt',
      'geändert',
    ]);
    // 2027 dropped the number of network meetings and added digital offers.
    const hf6 = page.getByRole('table', { name: /^Handlungsfeld 6:/ });
    expect(await rowCells(hf6, 'Anzahl der Netzwerktreffen im Jahr')).toEqual([
      'keine Angabe',
      '11',
      'nicht mehr erfragt',
    ]);
    const hf2 = page.getByRole('table', { name: /^Handlungsfeld 2:/ });
    expect((await rowCells(hf2, /BITV 2\.0/))[2]).toBe('neu');
    const lotsen = hf2.getByRole('rowheader', { name: /^Lotsen für junge Menschen/ });
    expect((await lotsen.locator('.comparison-note').textContent())?.split('\n')).toEqual([
      'Neu in diesem Jahr ergänzt',
      'Zeitraum: 01/2027 bis 12/2027, Zielgruppe: Junge Menschen unter 25, Mittel: 12.000 € (ESF Plus)',
    ]);
    expect(await rowCells(hf2, /^Lotsen für junge Menschen/)).toEqual(['geplant', 'keine Angabe', 'neu']);
    await expectNoAxeViolations(page, 'self-assessment response against the year before');
  });

  it('offers only Jobcenters that have not acceded when adding one to an accession campaign', async () => {
    const accession = await launchCampaign(env, ['essen']);
    await page.goto(`${env.app}/verwaltung/kampagnen/${accession.id}`);
    const choice = page.locator('#k-nachtraeglich');
    await choice.waitFor();
    const offered = await choice.locator('option').allTextContents();
    for (const name of [...ACCEDED, 'Essen']) expect(offered, name).not.toContain(name);
    expect(offered).toContain('Bochum');
    // "Bitte wählen" and the 53 Jobcenters of the registry but the three acceded and Essen.
    expect(offered).toHaveLength(1 + 53 - ACCEDED.length - 1);
    await expectNoAxeViolations(
      page,
      'accession campaign with "nachträglich einladen"',
      WITHOUT_PREVIEW_FRAME,
    );
  });

  it('reflows at 320 CSS px (400 % zoom) without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    const response = `${campaignUrl.replace(env.app, '')}/jobcenter/duesseldorf`;
    for (const path of [response, '/verwaltung/kampagnen/neu']) {
      await narrow.goto(`${env.app}${path}`);
      await narrow.locator('main h1').waitFor();
      await narrow.waitForLoadState('networkidle');
      expect(await scrollsHorizontally(narrow), path).toBe(false);
    }
    await narrow.getByLabel('Selbstbewertung', { exact: true }).check();
    await narrow.locator('#k-fragebogen').waitFor();
    expect(await scrollsHorizontally(narrow), 'self-assessment fields').toBe(false);
    expect(errors).toEqual([]);
  });
});

async function typeAt(page: Page, id: string, text: string) {
  await tabTo(page, id, 40);
  await page.keyboard.type(text);
}

/** The Angabe, Vorjahr and Veränderung cells of the row whose header matches `label`. */
async function rowCells(table: ReturnType<Page['getByRole']>, label: string | RegExp): Promise<string[]> {
  const row = table.locator('tbody tr').filter({ has: table.page().getByRole('rowheader', { name: label }) });
  return (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}
