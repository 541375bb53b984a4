import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  jobcenterRows,
  logIn,
  scrollsHorizontally,
  startBrowserTest,
} from './helpers';

describe('Jobcenter list', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ logIn: 'form' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('is an accessible table with caption, column headers and one row header per Jobcenter', async () => {
    const table = page.getByRole('table', { name: 'Jobcenter in Nordrhein-Westfalen' });
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
      'Name',
      'Typ',
      'LV',
      'RB',
      'Träger',
      'Hauptkontakt',
      'Vertretung',
    ]);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(53);
    const duesseldorf = jobcenterRows(page).filter({ hasText: 'Düsseldorf' }).first();
    expect(await duesseldorf.locator('td').allTextContents()).toEqual([
      'gE',
      'LVR',
      'D',
      'Agentur für Arbeit (Bezirk Düsseldorf)Stadt Düsseldorf',
      'Geschäftsführunggeschaeftsfuehrung.duesseldorf@example.org',
      'Inklusionsbeauftragte Stelleinklusion.duesseldorf@example.org',
    ]);
  });

  it('filters by type zkT with the filter form: 18 rows', async () => {
    await page.getByLabel('Typ').selectOption('zkT');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(`${env.app}/verwaltung/jobcenter?type=zkT`);
    await page.getByText('18 Jobcenter', { exact: true }).waitFor();
    expect(await jobcenterRows(page).count()).toBe(18);
    expect(new Set(await jobcenterRows(page).locator('td[data-label="Typ"]').allTextContents())).toEqual(
      new Set(['zkT']),
    );
    expect(await page.locator('caption').textContent()).toBe(
      'Jobcenter in Nordrhein-Westfalen (gefiltert nach Typ: zkT)',
    );
    await expectNoAxeViolations(page, 'list filtered by zkT');
  });

  it('reads the filter from the address, so filtered lists can be bookmarked', async () => {
    await page.goto(`${env.app}/verwaltung/jobcenter?type=zkT&regierungsbezirk=MS`);
    await page.getByText('6 Jobcenter', { exact: true }).waitFor();
    expect(await page.getByLabel('Typ').inputValue()).toBe('zkT');
    expect(await page.getByLabel('Regierungsbezirk').inputValue()).toBe('MS');
    expect(await page.getByLabel('Landschaftsverband').inputValue()).toBe('');

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await page.getByText('53 Jobcenter', { exact: true }).waitFor();
    expect(await jobcenterRows(page).count()).toBe(53);
    expect(await page.getByLabel('Typ').inputValue()).toBe('');
  });

  it('links every row to a detail page', async () => {
    await page.getByRole('link', { name: 'Kreis Kleve', exact: true }).click();
    await page.waitForURL(`${env.app}/verwaltung/jobcenter/kreis-kleve`);
    await page.getByRole('heading', { level: 1, name: 'Kreis Kleve' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe('Jobcenter Kreis Kleve – Rahmenvereinbarung Inklusion');
    await page.getByText('zkT – zugelassener kommunaler Träger').waitFor();
    await expectNoAxeViolations(page, 'detail page');

    await page.goto(`${env.app}/verwaltung/jobcenter/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Jobcenter nicht gefunden' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reflows at 320 CSS px (400 % zoom) without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    expect(await jobcenterRows(narrow).count()).toBe(53);
    expect(await scrollsHorizontally(narrow)).toBe(false);
    await expectNoAxeViolations(narrow, 'list at 320 px');

    for (const path of ['/', '/verwaltung/jobcenter/ennepe-ruhr-kreis', '/verwaltung/verzeichnis']) {
      await narrow.goto(`${env.app}${path}`);
      await narrow.locator('main h1').waitFor();
      await narrow.waitForLoadState('networkidle');
      expect(await scrollsHorizontally(narrow), path).toBe(false);
    }
  });
});
