import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserEnv, expectNoAxeViolations, startBrowserTest } from './helpers';

/** Replaces one cell of the row whose id is `id`; returns the CSV and the 1-based line of that row. */
const editCell = (csv: string, id: string, column: string, value: string): { csv: string; line: number } => {
  const lines = csv.split('\r\n');
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(';');
  const index = lines.findIndex((l) => l.startsWith(`${id};`));
  const cells = (lines[index] ?? '').split(';');
  cells[header.indexOf(column)] = value;
  lines[index] = cells.join(';');
  return { csv: lines.join('\r\n'), line: index + 1 };
};

const chooseFile = (page: Page, name: string, text: string) =>
  page
    .getByLabel('CSV-Datei')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

const activeElement = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id, className: document.activeElement?.className }));

describe('registry export and import', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let exported: string;

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ logIn: 'form' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('exports the registry as a CSV download', async () => {
    await page.getByRole('link', { name: 'Verzeichnis importieren/exportieren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzeichnis importieren und exportieren' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV-Datei herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jobcenter-verzeichnis-\d{4}-\d{2}-\d{2}\.csv$/);
    exported = await readFile(await download.path(), 'utf8');
    expect(exported.split('\r\n').filter(Boolean)).toHaveLength(54);
    expect(exported).toContain('inklusion.kreis-kleve@example.org');
    await page.getByText(`Die Datei ${download.suggestedFilename()} wurde heruntergeladen.`).waitFor();
    await expectNoAxeViolations(page, 'registry page');
  });

  it('checks a file without a choice or with the wrong type before sending it', async () => {
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Wählen Sie eine CSV-Datei aus.' }).waitFor();
    expect((await activeElement(page)).className).toBe('error-summary');
    expect(await page.title()).toMatch(/^Fehler: /);

    await page
      .getByLabel('CSV-Datei')
      .setInputFiles({ name: 'notizen.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await summary.getByRole('link', { name: /muss eine CSV-Datei sein/ }).click();
    expect((await activeElement(page)).id).toBe('csv-datei');
    await expectNoAxeViolations(page, 'registry page with a wrong file type');
  });

  it('imports a changed contact: dry run shows "1 geändert", applying updates the list', async () => {
    const changed = editCell(
      exported,
      'kreis-kleve',
      'vertretung_email',
      'inklusion@kreis-kleve.example.org',
    );
    await chooseFile(page, 'verzeichnis.csv', changed.csv);
    expect(await page.locator('.error-summary').count()).toBe(0);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();

    const result = page.getByRole('heading', { name: 'Prüfergebnis für verzeichnis.csv' });
    await result.waitFor();
    expect((await activeElement(page)).id).toBe('import-result');
    expect(await page.locator('.counts li').allTextContents()).toEqual([
      '0 neu',
      '1 geändert: kreis-kleve',
      '52 unverändert',
    ]);
    expect(await page.title()).toBe('Verzeichnis importieren und exportieren – Rahmenvereinbarung Inklusion');
    await expectNoAxeViolations(page, 'dry run result');

    await page.getByRole('button', { name: 'Änderungen übernehmen' }).click();
    await page.getByRole('heading', { name: 'Änderungen übernommen' }).waitFor();
    expect(await page.locator('.counts li').nth(1).textContent()).toBe('1 geändert: kreis-kleve');
    await expectNoAxeViolations(page, 'import applied');

    await page.getByRole('link', { name: 'Zur Übersicht der Jobcenter' }).click();
    const row = page.locator('table.jobcenter-table tbody tr').filter({ hasText: 'Kreis Kleve' });
    await row.waitFor();
    expect(await row.locator('td[data-label="Vertretung"]').textContent()).toBe(
      'Inklusionsbeauftragte Stelleinklusion@kreis-kleve.example.org',
    );
  });

  it('rejects a broken file with every error by line and column, and changes nothing', async () => {
    const formula = editCell(exported, 'essen', 'name', '=CMD()');
    const broken = editCell(formula.csv, 'bonn', 'hauptkontakt_email', 'keine-adresse');
    await page.getByRole('link', { name: 'Verzeichnis importieren/exportieren' }).click();
    await chooseFile(page, 'kaputt.csv', broken.csv);
    await page.getByRole('button', { name: 'Datei prüfen' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await activeElement(page)).className).toBe('error-summary');
    expect(await page.title()).toMatch(/^Fehler: Verzeichnis importieren und exportieren/);
    await summary.getByText('Die Datei enthält Fehler. Es wurde nichts übernommen.').waitFor();

    const table = page.getByRole('table', { name: 'Fehler in der Datei (2)' });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Zeile', 'Spalte', 'Fehler']);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows).toEqual(
      expect.arrayContaining([
        [String(formula.line), 'name', expect.stringContaining('Formeln sind nicht erlaubt')],
        [String(broken.line), 'hauptkontakt_email', 'Bitte eine gültige E-Mail-Adresse angeben.'],
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(await page.getByLabel('CSV-Datei').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'import errors');

    await summary.getByRole('link').first().click();
    expect((await activeElement(page)).id).toBe('import-fehler');

    await page.getByRole('link', { name: 'Jobcenter', exact: true }).click();
    await page.getByText('53 Jobcenter', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Essen', exact: true }).count()).toBe(1);
    const bonn = page.locator('table.jobcenter-table tbody tr').filter({ hasText: 'Bonn' }).first();
    expect(await bonn.locator('td[data-label="Hauptkontakt"]').textContent()).toContain(
      'geschaeftsfuehrung.bonn@example.org',
    );
    expect(errors).toEqual([]);
  });
});
