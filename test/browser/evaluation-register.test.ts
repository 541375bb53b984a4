import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  logIn,
  scrollsHorizontally,
  startBrowserTest,
  tabTo,
} from './helpers';

/**
 * MAGS staff read the accession register (Beitrittsregister), record an accession that arrived on
 * paper with the keyboard alone, take over earlier accessions from a CSV file and download the
 * register. The demo data has three online accessions (Düsseldorf, Bonn, Kreis Wesel; all LVR).
 */
const REGISTER = '/verwaltung/auswertung/beitritte';
const PAPER = { id: 'gelsenkirchen', name: 'Gelsenkirchen' };
const IMPORTED = [
  { id: 'bottrop', name: 'Bottrop' },
  { id: 'kreis-steinfurt', name: 'Kreis Steinfurt' },
];

const accededLine = (page: Page) => page.locator('#beigetreten-gesamt');
const countItems = (page: Page, heading: string) =>
  page.locator('.register-count-group').filter({ has: page.getByRole('heading', { name: heading }) });
const row = (page: Page, name: string) =>
  page
    .locator('table.register-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
const cell = (page: Page, name: string, label: string) =>
  row(page, name).locator(`td[data-label="${label}"]`);

/** The number before "von 53 Jobcentern beigetreten". */
const accededCount = async (page: Page): Promise<number> => {
  const text = (await accededLine(page).textContent()) ?? '';
  const match = /^(\d+) von 53 Jobcentern beigetreten$/.exec(text);
  if (!match) throw new Error(`unexpected count line: ${text}`);
  return Number(match[1]);
};

const openRegister = async (page: Page, app: string) => {
  await page.goto(`${app}${REGISTER}`);
  await page.getByRole('heading', { level: 1, name: 'Beitrittsregister' }).waitFor();
  await accededLine(page).waitFor();
};

const importCsv = (rows: string[]) =>
  [
    'jobcenter_id;beigetreten_am;unterzeichnet_von;funktion;traeger_zugestimmt_am;gremium;veroeffentlichung;bemerkung',
    ...rows,
  ].join('\r\n');

describe('accession register (Beitrittsregister)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  /** A second person with the form open for the same Jobcenter (for the conflict). */
  let other: Page;

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ demo: true, logIn: 'form' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('shows the demo accessions: counts, LV split, table and timeline', async () => {
    // "Auswertung" opens the overview; its sub-navigation leads to the register.
    await page.getByRole('link', { name: 'Auswertung', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Auswertung' })
      .getByRole('link', { name: 'Beitrittsregister' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Beitrittsregister' }).waitFor();
    await accededLine(page).waitFor();
    expect(await accededLine(page).textContent()).toBe('3 von 53 Jobcentern beigetreten');
    expect(await countItems(page, 'Je Landschaftsverband').locator('li').allTextContents()).toEqual([
      'LVR: 3 von 26',
      'LWL: 0 von 27',
    ]);
    expect(await countItems(page, 'Je Stand').locator('li').allTextContents()).toContain('beigetreten: 3');
    expect(await countItems(page, 'Beitritte je Quelle').locator('li').allTextContents()).toEqual([
      'Online-Erklärung: 3',
      'Erklärung auf Papier: 0',
      'Übernahme aus Altdaten: 0',
    ]);

    const table = page.getByRole('table', { name: 'Alle 53 Jobcenter mit dem Stand des Beitritts' });
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Jobcenter',
      'Typ',
      'LV',
      'RB',
      'Stand',
      'Beigetreten am',
      'Quelle',
      'Veröffentlichung',
      'Letzte Kampagne',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(53);
    expect(await cell(page, 'Düsseldorf', 'Stand').textContent()).toBe('beigetreten');
    expect(await cell(page, 'Düsseldorf', 'Beigetreten am').textContent()).toBe('15.03.2018');
    expect(await cell(page, 'Düsseldorf', 'Quelle').textContent()).toBe('Online-Erklärung');
    expect(await cell(page, 'Düsseldorf', 'Veröffentlichung').textContent()).toBe('ja');
    // The name leads to the Jobcenter's profile; invited in the demo campaign, "Rückmeldung" to the
    // answer there.
    expect(
      await row(page, 'Düsseldorf')
        .getByRole('link', { name: 'Düsseldorf', exact: true })
        .getAttribute('href'),
    ).toBe('/verwaltung/auswertung/jobcenter/duesseldorf');
    expect(
      await row(page, 'Düsseldorf')
        .getByRole('link', { name: 'Rückmeldung von Düsseldorf', exact: true })
        .getAttribute('href'),
    ).toMatch(/^\/verwaltung\/kampagnen\/[0-9a-f-]{36}\/jobcenter\/duesseldorf$/);
    expect(await cell(page, PAPER.name, 'Stand').textContent()).toBe('nie eingeladen');
    expect(await cell(page, PAPER.name, 'Quelle').textContent()).toBe('–');
    expect(await cell(page, PAPER.name, 'Letzte Kampagne').textContent()).toBe('–');
    expect(await row(page, PAPER.name).getByRole('link').allTextContents()).toEqual([PAPER.name]);

    const timeline = page.getByRole('table', { name: 'Beitritte je Monat' });
    const timelineRows = await timeline
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(timelineRows).toEqual([
      ['März 2018', '1', '1'],
      ['Juni 2018', '1', '2'],
      ['September 2018', '1', '3'],
    ]);

    // The state filter narrows the table in the browser.
    await page.getByLabel('Nach Stand filtern').selectOption({ label: 'beigetreten (3)' });
    await page.getByRole('table', { name: 'Jobcenter mit dem Stand „beigetreten“ (3 von 53)' }).waitFor();
    expect(await page.locator('table.register-table tbody tr').count()).toBe(3);
    await expectNoAxeViolations(page, 'register (filtered)');
    await page.getByLabel('Nach Stand filtern').selectOption('');
    expect(
      await page.locator('main p').getByRole('link', { name: 'Maßnahmenübersicht' }).getAttribute('href'),
    ).toBe('/verwaltung/auswertung/massnahmen');
    await expectNoAxeViolations(page, 'register');
  });

  it('records a paper accession with one measure by keyboard alone, after fixing a missing name', async () => {
    // Someone else opens the form at the same time and chooses the same Jobcenter (see the next test).
    other = await env.newPage();
    await logIn(other, env.app, env.staff);
    await other.goto(`${env.app}${REGISTER}/erfassen`);
    await other.getByLabel('Jobcenter', { exact: true }).selectOption(PAPER.id);

    await openRegister(page, env.app);
    await page.locator('main h1').focus();
    await tabTo(page, 'beitritt-erfassen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beitritt auf Papier erfassen' }).waitFor();
    const jobcenter = page.locator('#p-jobcenter');
    await jobcenter.locator(`option[value="${PAPER.id}"]`).waitFor({ state: 'attached' });
    // Only Jobcenters that have not acceded are offered.
    expect(await jobcenter.locator('option[value="duesseldorf"]').count()).toBe(0);
    expect((await focused(page)).tag).toBe('H1');

    await tabTo(page, 'p-jobcenter');
    await page.keyboard.type(PAPER.name);
    expect(await jobcenter.inputValue()).toBe(PAPER.id);
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-beigetreten-am');
    await page.keyboard.type('15.03.2019');
    await page.keyboard.press('Tab');
    // The signatory's name is left out on purpose.
    expect((await focused(page)).id).toBe('p-name');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-funktion');
    await page.keyboard.type('Geschäftsführerin');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-traeger-am');
    await page.keyboard.type('01.03.2019');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trägerversammlung');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-veroeffentlichung');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Ja', { exact: true }).isChecked()).toBe(true);

    await tabTo(page, 'p-massnahme-hinzufuegen', 3);
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Maßnahme 1' }).waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('p-massnahme-0-handlungsfeld');
    await page.keyboard.type('2: Weiter');
    expect(await page.locator('#p-massnahme-0-handlungsfeld').inputValue()).toBe('hf2');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-massnahme-0-katalogId');
    await page.keyboard.type('Informationen');
    expect(await page.locator('#p-massnahme-0-katalogId').inputValue()).toBe('hf2-leichte-sprache');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-massnahme-0-titel');
    // Choosing from the catalogue filled in the title.
    expect(await page.locator('#p-massnahme-0-titel').inputValue()).toBe('Informationen in Leichter Sprache');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('p-massnahme-0-beginn');
    // Chromium shows the month by name, then the year: type "April", Tab to the year, type it.
    await page.keyboard.type('April');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2019');
    expect(await page.locator('#p-massnahme-0-beginn').inputValue()).toBe('2019-04');
    await expectNoAxeViolations(page, 'paper accession form');

    await tabTo(page, 'erfassen', 10);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await page.title()).toMatch(/^Fehler: Beitritt auf Papier erfassen/);
    const link = summary.getByRole('link', {
      name: 'Unterzeichnet von (Name): Bitte geben Sie an, wer die Erklärung unterzeichnet hat.',
    });
    expect(await link.getAttribute('href')).toBe('#p-name');
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await page.locator('#p-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#p-name-error').textContent()).toContain('Bitte geben Sie an, wer');
    await expectNoAxeViolations(page, 'paper accession form with an error');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#p-name');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('p-name');
    await page.keyboard.type('Erika Mustermann');
    await page.keyboard.press('Enter');

    await page.waitForURL(`${env.app}${REGISTER}?erfasst=${PAPER.id}`);
    await page
      .getByText(`Der Beitritt des Jobcenters ${PAPER.name} ist erfasst.`, { exact: false })
      .waitFor();
    await accededLine(page).waitFor();
    expect(await accededLine(page).textContent()).toBe('4 von 53 Jobcentern beigetreten');
    expect(await countItems(page, 'Je Landschaftsverband').locator('li').allTextContents()).toEqual([
      'LVR: 3 von 26',
      'LWL: 1 von 27',
    ]);
    expect(await cell(page, PAPER.name, 'Stand').textContent()).toBe('beigetreten');
    expect(await cell(page, PAPER.name, 'Quelle').textContent()).toBe('Erklärung auf Papier');
    expect(await cell(page, PAPER.name, 'Beigetreten am').textContent()).toBe('15.03.2019');
    expect(await cell(page, PAPER.name, 'Veröffentlichung').textContent()).toBe('ja');
    expect(await page.getByRole('row', { name: 'März 2019 1 4' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'register after recording');
  });

  it('cannot record the same Jobcenter twice: no longer offered, and a stale form gets the conflict', async () => {
    await page.getByRole('link', { name: 'Beitritt auf Papier erfassen' }).click();
    await page.locator('#p-jobcenter option[value="bottrop"]').waitFor({ state: 'attached' });
    expect(await page.locator(`#p-jobcenter option[value="${PAPER.id}"]`).count()).toBe(0);

    // The form opened before the accession was recorded still offers it; the server refuses.
    await other.getByLabel('Datum des Beitritts').fill('20.03.2019');
    await other.getByLabel('Name', { exact: true }).fill('Max Beispiel');
    await other.getByLabel('Zustimmung der Träger am').fill('10.03.2019');
    await other.getByLabel('Nein', { exact: true }).check();
    await other.getByRole('button', { name: 'Beitritt erfassen' }).click();
    const summary = other.locator('.error-summary');
    const link = summary.getByRole('link', {
      name: 'Jobcenter: Für dieses Jobcenter ist bereits ein Beitritt erfasst.',
    });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('#p-jobcenter');
    expect(await other.locator('#p-jobcenter-error').textContent()).toContain(
      'Für dieses Jobcenter ist bereits ein Beitritt erfasst.',
    );
    expect(other.url()).toBe(`${env.app}${REGISTER}/erfassen`);
    await expectNoAxeViolations(other, 'paper accession conflict');

    await openRegister(page, env.app);
    expect(await accededLine(page).textContent()).toBe('4 von 53 Jobcentern beigetreten');
    expect(await cell(page, PAPER.name, 'Beigetreten am').textContent()).toBe('15.03.2019');
  });

  it('imports earlier accessions from a CSV file: rejected with an acceded Jobcenter, then checked and applied', async () => {
    await openRegister(page, env.app);
    const before = await accededCount(page);
    await page.getByRole('link', { name: 'Frühere Beitritte übernehmen (CSV)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Frühere Beitritte übernehmen' }).waitFor();
    expect(await page.getByRole('table', { name: 'Spalten der Datei' }).locator('tbody tr').count()).toBe(8);
    await page.getByText('jobcenter_id;beigetreten_am;unterzeichnet_von').waitFor();

    // Düsseldorf has acceded already: the whole file is refused, with row and column.
    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'alt.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(importCsv(['duesseldorf;01.02.2018;A. Alt;;15.01.2018;;ja;']), 'utf8'),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const table = page.getByRole('table', { name: 'Fehler in der Datei (1)' });
    await table.waitFor();
    expect(await table.locator('tbody tr td').allTextContents()).toEqual([
      '2',
      'jobcenter_id',
      'Für dieses Jobcenter ist bereits ein Beitritt erfasst (2018-03-15).',
    ]);
    expect((await focused(page)).className).toBe('error-summary');
    await expectNoAxeViolations(page, 'import with an error');

    await page.getByLabel('CSV-Datei').setInputFiles({
      name: 'beitritte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        importCsv([
          `${IMPORTED[0]?.id};12.11.2018;Bernd Beispiel;Geschäftsführer;05.11.2018;Trägerversammlung;ja;Akte 17`,
          `${IMPORTED[1]?.id};2019-01-31;Clara Muster;;2019-01-10;;nein;`,
        ]),
        'utf8',
      ),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await page.getByRole('heading', { name: 'Prüfergebnis für beitritte.csv' }).waitFor();
    expect((await focused(page)).id).toBe('import-result');
    await page
      .getByText(`Übernommen würden 2 Beitritte: ${IMPORTED.map((j) => j.name).join(', ')}.`)
      .waitFor();
    await expectNoAxeViolations(page, 'import checked');

    await page.getByRole('button', { name: 'Übernehmen', exact: true }).click();
    await page.getByRole('heading', { name: 'Beitritte übernommen' }).waitFor();
    expect((await focused(page)).id).toBe('import-result');
    await expectNoAxeViolations(page, 'import applied');

    await page.getByRole('link', { name: 'Zum Beitrittsregister', exact: true }).click();
    await accededLine(page).waitFor();
    expect(await accededCount(page)).toBe(before + IMPORTED.length);
    expect(await accededLine(page).textContent()).toBe(
      `${before + IMPORTED.length} von 53 Jobcentern beigetreten`,
    );
    for (const j of IMPORTED) {
      expect(await cell(page, j.name, 'Stand').textContent()).toBe('beigetreten');
      expect(await cell(page, j.name, 'Quelle').textContent()).toBe('Übernahme aus Altdaten');
    }
    expect(await cell(page, 'Bottrop', 'Beigetreten am').textContent()).toBe('12.11.2018');
    expect(await cell(page, 'Kreis Steinfurt', 'Veröffentlichung').textContent()).toBe('nein');
    expect(await countItems(page, 'Beitritte je Quelle').locator('li').allTextContents()).toEqual([
      'Online-Erklärung: 3',
      'Erklärung auf Papier: 1',
      `Übernahme aus Altdaten: ${IMPORTED.length}`,
    ]);
  });

  it('downloads the register as an Excel file', async () => {
    await openRegister(page, env.app);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Excel (XLSX) herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^beitrittsregister-.*\.xlsx$/);
    const bytes = await readFile(await download.path());
    // An XLSX file is a ZIP archive.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText(`Die Datei ${download.suggestedFilename()} wurde heruntergeladen.`).waitFor();
    expect(errors).toEqual([]);
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    for (const path of [REGISTER, `${REGISTER}/erfassen`, `${REGISTER}/import`]) {
      await narrow.goto(`${env.app}${path}`);
      await narrow.locator('main h1').waitFor();
      await narrow.waitForLoadState('networkidle');
      expect(await scrollsHorizontally(narrow), path).toBe(false);
    }
    // The form with a measure box fits as well.
    await narrow.goto(`${env.app}${REGISTER}/erfassen`);
    await narrow.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    await narrow.getByRole('group', { name: 'Maßnahme 1' }).waitFor();
    expect(await scrollsHorizontally(narrow), 'form with a measure').toBe(false);
    await expectNoAxeViolations(narrow, 'paper accession form at 320 px');
    await narrow.goto(`${env.app}${REGISTER}`);
    await accededLine(narrow).waitFor();
    expect(await scrollsHorizontally(narrow), 'register').toBe(false);
    await expectNoAxeViolations(narrow, 'register at 320 px');
  });
});
