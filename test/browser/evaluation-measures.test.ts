import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURE_COLUMNS } from '../../functions/evaluation/table-columns';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  logIn,
  scrollsHorizontally,
  staffToken,
  startBrowserTest,
  tabTo,
  WCAG22_TAGS,
} from './helpers';

/**
 * The Maßnahmenübersicht: staff filter, sort and page the measures of all Jobcenters, download
 * exactly that as CSV or XLSX and print it as an Anlage. The demo data: Düsseldorf (6 measures,
 * one per Handlungsfeld), Bonn (hf2, hf6) and Kreis Wesel (hf2), all from accessions in 2018.
 */
const MEASURES = '/verwaltung/auswertung/massnahmen';
const PRINT = '/verwaltung/auswertung/massnahmen/druck';
const ALL_NINE = '9 Maßnahmen von 3 Jobcentern';

const measureTable = (page: Page) => page.locator('table#massnahmen');
const rows = (page: Page) => measureTable(page).locator('tbody tr');
const rowHeaders = (page: Page) => rows(page).locator('th[scope="row"]').allTextContents();

/** The texts of one column, found by its header (the print view leaves out "Handlungsfeld"). */
const columnTexts = (table: Locator, header: string): Promise<string[]> =>
  table.evaluateAll((tables, name) => {
    return tables.flatMap((t) => {
      const el = t as HTMLTableElement;
      const index = [...(el.tHead?.rows[0]?.cells ?? [])].findIndex((c) => c.textContent?.trim() === name);
      return [...(el.tBodies[0]?.rows ?? [])].map((r) => r.cells[index]?.textContent ?? '');
    });
  }, header);

/** The rules of the shared axe helper (WCAG 2.0/2.1 A and AA) and WCAG 2.2 AA, in one run. */
const expectAccessible = (page: Page, state: string) =>
  expectNoAxeViolations(page, state, { tags: WCAG22_TAGS });

const countText = (page: Page) => page.locator('#massnahmen-anzahl').textContent();

/** Waits until the table shows the answer for the current address. */
const waitForCount = async (page: Page, text: string) => {
  await expect.poll(() => countText(page)).toBe(text);
  await page.locator('#massnahmen-region:not([aria-busy])').waitFor();
};

const open = async (page: Page, app: string, query = '') => {
  await page.goto(`${app}${MEASURES}${query}`);
  await page.getByRole('heading', { level: 1, name: 'Maßnahmenübersicht' }).waitFor();
};

describe('Maßnahmenübersicht (measures table)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ demo: true, logIn: 'form' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('shows the 9 demo measures with the counts per Handlungsfeld, accessibly', async () => {
    await open(page, env.app);
    await waitForCount(page, ALL_NINE);
    expect(await page.title()).toBe('Maßnahmenübersicht – Rahmenvereinbarung Inklusion');

    const table = page.getByRole('table', { name: 'Maßnahmen der Jobcenter' });
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(
      MEASURE_COLUMNS.map((c) => c.header),
    );
    expect(await rows(page).count()).toBe(9);
    // Sorted by Jobcenter by default, then Handlungsfeld.
    expect(await rowHeaders(page)).toEqual(['Bonn', 'Bonn', ...Array(6).fill('Düsseldorf'), 'Kreis Wesel']);
    expect(await table.locator('th[aria-sort]').allTextContents()).toEqual(['Jobcenter']);
    expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');

    const bonn = rows(page).filter({ hasText: 'Informationen in Leichter Sprache' });
    const cells = await bonn.locator('th, td').allTextContents();
    expect(cells.slice(0, 11)).toEqual([
      'Bonn',
      'gE',
      'LVR',
      'K',
      '2018',
      '2 – Zugänglichkeit',
      'Informationen in Leichter Sprache',
      'Informationen in Leichter Sprache',
      'geplant',
      '04.2018',
      '12.2019',
    ]);
    expect(cells[14]).toMatch(/^Beitrittserklärung 2018 \(Online-Erklärung/);
    // The name leads to the Jobcenter's profile.
    expect(await bonn.getByRole('link', { name: 'Bonn', exact: true }).getAttribute('href')).toBe(
      '/verwaltung/auswertung/jobcenter/bonn',
    );

    const counts = page.getByRole('table', { name: 'Maßnahmen je Handlungsfeld' });
    const countOf = (name: string) =>
      counts
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .textContent();
    expect(await countOf('1 – Inklusion als Aufgabe')).toBe('1');
    expect(await countOf('2 – Weiterentwicklung der Zugänglichkeit')).toBe('3');
    expect(await countOf('6 – Weiterentwicklung der Netzwerkarbeit')).toBe('2');
    expect(await countOf('Insgesamt')).toBe('9');

    // The wide table scrolls in its own region, which keyboard users can focus.
    const region = page.getByRole('region', { name: 'Maßnahmen der Jobcenter' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('navigation', { name: 'Seiten der Tabelle' }).count()).toBe(0);
    await expectAccessible(page, 'measures table');
  });

  it('filters by keyboard alone, and searches the text', async () => {
    await tabTo(page, 'mf-handlungsfeld', 40);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#mf-handlungsfeld').inputValue()).toBe('hf2');
    await tabTo(page, 'mf-anwenden');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${MEASURES}?handlungsfeld=hf2`);
    await waitForCount(page, '3 Maßnahmen von 3 Jobcentern');
    expect(await rowHeaders(page)).toEqual(['Bonn', 'Düsseldorf', 'Kreis Wesel']);
    expect(await columnTexts(measureTable(page), 'Handlungsfeld')).toEqual(
      Array(3).fill('2 – Zugänglichkeit'),
    );
    expect(await measureTable(page).locator('caption').textContent()).toBe(
      'Maßnahmen der Jobcenter (gefiltert nach Handlungsfeld: 2 – Zugänglichkeit)',
    );
    await expectAccessible(page, 'filtered by Handlungsfeld 2');

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await page.waitForURL(`${env.app}${MEASURES}`);
    await waitForCount(page, ALL_NINE);
    expect(await page.locator('#mf-handlungsfeld').inputValue()).toBe('');

    await open(page, env.app);
    await tabTo(page, 'mf-q', 40);
    await page.keyboard.type('Leichte');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${MEASURES}?q=Leichte`);
    await waitForCount(page, '1 Maßnahme von 1 Jobcenter');
    expect(await rowHeaders(page)).toEqual(['Bonn']);
    expect(await columnTexts(measureTable(page), 'Maßnahme')).toEqual(['Informationen in Leichter Sprache']);
    expect(await measureTable(page).locator('caption').textContent()).toBe(
      'Maßnahmen der Jobcenter (gefiltert nach Suche: „Leichte“)',
    );

    await open(page, env.app, '?q=gibt-es-nicht');
    await expect.poll(() => countText(page)).toBe('0 Maßnahmen von 0 Jobcentern');
    await page.getByText('Keine Maßnahme passt zu diesem Filter.').waitFor();
    expect(await measureTable(page).count()).toBe(0);
    expect(await page.locator('#mf-q').inputValue()).toBe('gibt-es-nicht');

    // The Jobcenter filter is named in the caption by the Jobcenter's name.
    await open(page, env.app, '?jobcenter=bonn');
    await waitForCount(page, '2 Maßnahmen von 1 Jobcenter');
    expect(await rowHeaders(page)).toEqual(['Bonn', 'Bonn']);
    await expect
      .poll(() => measureTable(page).locator('caption').textContent())
      .toBe('Maßnahmen der Jobcenter (gefiltert nach Jobcenter: Bonn)');
    expect(await page.getByLabel('Jobcenter', { exact: true }).inputValue()).toBe('bonn');
  });

  it('sorts by a column header link; the filter form keeps the order', async () => {
    await open(page, env.app);
    await waitForCount(page, ALL_NINE);
    expect((await rowHeaders(page))[0]).toBe('Bonn');

    const byJobcenter = measureTable(page).getByRole('link', { name: 'Jobcenter', exact: true });
    await byJobcenter.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${MEASURES}?sortierung=jobcenter&richtung=ab`);
    await expect.poll(async () => (await rowHeaders(page))[0]).toBe('Kreis Wesel');
    expect(await rowHeaders(page)).toEqual(['Kreis Wesel', ...Array(6).fill('Düsseldorf'), 'Bonn', 'Bonn']);
    expect(await measureTable(page).locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    // The table stayed while the next order loaded: the focus is still on the header link.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Jobcenter');

    await measureTable(page).getByRole('link', { name: 'Handlungsfeld', exact: true }).click();
    await page.waitForURL(`${env.app}${MEASURES}?sortierung=handlungsfeld&richtung=auf`);
    await expect.poll(async () => (await rowHeaders(page))[0]).toBe('Düsseldorf');
    expect((await columnTexts(measureTable(page), 'Handlungsfeld'))[0]).toBe('1 – Organisation und Führung');

    await page.getByLabel('Handlungsfeld', { exact: true }).selectOption('hf6');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(`${env.app}${MEASURES}?handlungsfeld=hf6&sortierung=handlungsfeld&richtung=auf`);
    await waitForCount(page, '2 Maßnahmen von 2 Jobcentern');
  });

  it('downloads exactly the filtered rows as XLSX and CSV', async () => {
    await open(page, env.app, '?jahr=2018&handlungsfeld=hf2');
    await waitForCount(page, '3 Maßnahmen von 3 Jobcentern');
    expect(await page.getByLabel('Berichtsjahr', { exact: true }).inputValue()).toBe('2018');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als Excel (XLSX) herunterladen' }).click(),
    ]);
    const xlsxName = xlsx.suggestedFilename();
    expect(xlsxName).toMatch(/^massnahmen-2018-hf2-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByText(`Die Datei ${xlsxName} wurde heruntergeladen.`).waitFor();
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(await xlsx.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Maßnahmen');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Jobcenter');
    const titles = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(7).value);
    expect(titles).toEqual([
      'Informationen in Leichter Sprache',
      'Prüfung aller Standorte auf Barrierefreiheit',
      'Rollstuhlgerechter Eingangsbereich',
    ]);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^massnahmen-2018-hf2-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await csv.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    expect(lines[0]).toBe(MEASURE_COLUMNS.map((c) => c.header).join(';'));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('Bonn;gE;LVR;K;2018;2 – Zugänglichkeit;Informationen in Leichter Sprache');
    expect(lines.join('\n')).not.toContain('Lokaler Aktionsplan Inklusion');
  });

  it('prints the same rows as an Anlage, grouped by Handlungsfeld', async () => {
    await open(page, env.app, '?sortierung=massnahme');
    await waitForCount(page, ALL_NINE);
    const onScreen = await columnTexts(measureTable(page), 'Maßnahme');

    await page.getByRole('link', { name: 'Druckansicht' }).click();
    await page.waitForURL(`${env.app}${PRINT}?sortierung=massnahme`);
    await page
      .getByRole('heading', { level: 1, name: 'Maßnahmen der Jobcenter zur Rahmenvereinbarung Inklusion' })
      .waitFor();
    const tables = page.locator('table.measure-table');
    await tables.first().waitFor();
    expect(await tables.locator('tbody tr').count()).toBe(9);
    expect((await columnTexts(tables, 'Maßnahme')).sort()).toEqual([...onScreen].sort());
    expect(await tables.first().locator('thead th').allTextContents()).toEqual(
      MEASURE_COLUMNS.filter((c) => c.header !== 'Handlungsfeld').map((c) => c.header),
    );
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Handlungsfeld 1: Inklusion als Aufgabe für die gesamte Organisation und als Führungsaufgabe',
      'Handlungsfeld 2: Weiterentwicklung der Zugänglichkeit',
      'Handlungsfeld 3: Weitere Stärkung der Beratungskompetenz der Mitarbeiterinnen und Mitarbeiter der Jobcenter',
      'Handlungsfeld 4: Gewinnung der Arbeitgeber',
      'Handlungsfeld 5: Chancen verbessern für junge Menschen mit Beeinträchtigung',
      'Handlungsfeld 6: Weiterentwicklung der Netzwerkarbeit',
    ]);
    const fact = (name: string) =>
      page.locator('.print-facts .summary-row').filter({ hasText: name }).locator('dd');
    expect(await fact('Filter').textContent()).toBe('kein Filter (alle Berichtsjahre, alle Jobcenter)');
    expect(await fact('Umfang').textContent()).toBe(ALL_NINE);
    expect(await fact('Stand der Auswertung').textContent()).toMatch(
      /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/,
    );
    expect(await page.getByRole('table', { name: 'Maßnahmen je Handlungsfeld' }).count()).toBe(1);
    await expectAccessible(page, 'print view');

    // "Drucken" opens the browser's print dialogue; printing hides the navigation and the buttons.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Drucken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Zurück zur Maßnahmenübersicht' }).isVisible()).toBe(false);
    expect(await tables.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${env.app}${PRINT}?handlungsfeld=hf2`);
    await tables.first().waitFor();
    expect(await tables.locator('tbody tr').count()).toBe(3);
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'Handlungsfeld 2: Weiterentwicklung der Zugänglichkeit',
    ]);
    expect(await fact('Filter').textContent()).toBe('Handlungsfeld: 2 – Zugänglichkeit');
  });

  it('names the parameter of a bad query in German', async () => {
    await open(page, env.app, '?jahr=abc');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Ungültiger Wert für „jahr“.');
    expect(await page.title()).toBe('Fehler: Maßnahmenübersicht – Rahmenvereinbarung Inklusion');
    expect(await measureTable(page).count()).toBe(0);
    await expectAccessible(page, 'bad query');

    await open(page, env.app, '?handlungsfeld=hf9');
    await page.getByRole('alert').filter({ hasText: 'Ungültiger Wert für „handlungsfeld“.' }).waitFor();
    await page.getByRole('link', { name: 'setzen Sie ihn zurück' }).click();
    await page.waitForURL(`${env.app}${MEASURES}`);
    await waitForCount(page, ALL_NINE);
    expect(errors).toEqual([]);
  });

  it('reflows at 320 CSS px: only the table region scrolls sideways', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    await open(narrow, env.app);
    await waitForCount(narrow, ALL_NINE);
    expect(await scrollsHorizontally(narrow)).toBe(false);
    const region = narrow.getByRole('region', { name: 'Maßnahmen der Jobcenter' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await narrow.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible(narrow, 'measures at 320 px');

    await narrow.goto(`${env.app}${PRINT}`);
    await narrow.locator('table.measure-table').first().waitFor();
    expect(await scrollsHorizontally(narrow)).toBe(false);
  });

  it('pages through more than 100 measures; the print view loads every page', async () => {
    const token = await staffToken(env.app, env.staff);
    const hfs = ['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'];
    for (const jobcenterId of ['essen', 'duisburg']) {
      const res = await fetch(`${env.app}/api/accessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          jobcenterId,
          beigetretenAm: '2020-05-04',
          unterzeichnung: { name: 'Geschäftsführung' },
          traegerZugestimmtAm: '2020-04-01',
          veroeffentlichung: false,
          massnahmen: Array.from({ length: 51 }, (_, i) => ({
            handlungsfeld: hfs[i % 6],
            titel: `Maßnahme ${String(i + 1).padStart(2, '0')}`,
            beginn: '2020-06',
          })),
        }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
    }

    await open(page, env.app, '?jahr=2020');
    await waitForCount(page, '102 Maßnahmen von 2 Jobcentern');
    expect(await rows(page).count()).toBe(100);
    const pager = page.getByRole('navigation', { name: 'Seiten der Tabelle' });
    expect(await pager.locator('.pagination-status').textContent()).toBe('Seite 1 von 2');
    expect(await pager.getByRole('link', { name: /^Zurück/ }).count()).toBe(0);

    await pager.getByRole('link', { name: 'Weiter zur Seite 2' }).click();
    await page.waitForURL(`${env.app}${MEASURES}?jahr=2020&seite=2`);
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await pager.locator('.pagination-status').textContent()).toBe('Seite 2 von 2');
    expect(await rowHeaders(page)).toEqual(['Essen', 'Essen']);
    // Focus moves to the table, so keyboard users go on reading there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('massnahmen-region');
    expect(await pager.getByRole('link', { name: /^Weiter/ }).count()).toBe(0);

    // The print view has every row, not only one page.
    await page.getByRole('link', { name: 'Druckansicht' }).click();
    await page.waitForURL(`${env.app}${PRINT}?jahr=2020`);
    await page.locator('table.measure-table').first().waitFor();
    expect(await page.locator('table.measure-table tbody tr').count()).toBe(102);
    expect(errors).toEqual([]);
  });
});
