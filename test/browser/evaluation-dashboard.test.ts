import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { completeSelfAssessment } from '../fixtures';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  logIn,
  openPage,
  scrollsHorizontally,
  staffPageAs,
  startBrowserEnv,
  tabTo,
  WCAG22_TAGS,
  watchPageErrors,
} from './helpers';
import { launchSelfAssessment, openForm } from './self-assessment-seed';

/**
 * "Auswertung → Überblick" and "Entwicklung über die Jahre" with the demo data (Düsseldorf,
 * Bonn and Kreis Wesel, all LVR). Seeded through the real API: the 2026 self-assessment goes to
 * all three, Düsseldorf and Bonn submit with different ratings and figures; in 2027 only
 * Düsseldorf is invited and submits. Every expected figure is computed here from what went in.
 */
const DASHBOARD = '/verwaltung/auswertung';
const TRENDS = '/verwaltung/auswertung/entwicklung';
const ALL = ['duesseldorf', 'bonn', 'kreis-wesel'];

/** What each Jobcenter submits: one rating for every Handlungsfeld, indicator base, measure status. */
const SUBMITTED = {
  2026: [
    { jobcenterId: 'duesseldorf', rating: 2, indicator: 10, status: 'umgesetzt' },
    { jobcenterId: 'bonn', rating: 5, indicator: 15, status: 'in-umsetzung' },
  ],
  2027: [{ jobcenterId: 'duesseldorf', rating: 4, indicator: 30, status: 'umgesetzt' }],
} as const;

const de = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const ratings2026 = SUBMITTED[2026].map((s) => s.rating);
/** How many chose 1 … 5 in 2026. */
const DISTRIBUTION_2026 = [1, 2, 3, 4, 5].map((v) => ratings2026.filter((r) => r === v).length);
const MEAN_2026 = de(mean(ratings2026));
const MEAN_2027 = de(mean(SUBMITTED[2027].map((s) => s.rating)));
/** completeSelfAssessment answers indicator i of a section with base + i. */
const indicatorValues = (year: 2026 | 2027, index: number) => SUBMITTED[year].map((s) => s.indicator + index);

const expectAccessible = (page: Page, state: string) =>
  expectNoAxeViolations(page, state, { tags: WCAG22_TAGS });

const cellsOf = async (table: Locator, rowHeader: string | RegExp): Promise<string[]> => {
  const row = table
    .locator('tr')
    .filter({ has: table.page().getByRole('rowheader', { name: rowHeader, exact: true }) });
  return (await row.locator('td').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
};

const charts = (page: Page) => page.locator('main svg.recharts-surface[role="img"]');

/** Waits until the page shows a year's figures, with every chart drawn. */
const openDashboard = async (page: Page, app: string, query: string, jahr: number) => {
  await page.goto(`${app}${DASHBOARD}${query}`);
  await page.getByRole('heading', { level: 1, name: 'Überblick' }).waitFor();
  await expect.poll(() => page.locator('#berichtsjahr').textContent()).toMatch(`Berichtsjahr ${jahr}`);
  await expect.poll(() => charts(page).count()).toBe(8);
};

const openTrends = async (page: Page, app: string) => {
  await page.goto(`${app}${TRENDS}`);
  await page.getByRole('heading', { level: 1, name: 'Entwicklung über die Jahre' }).waitFor();
  await expect.poll(() => charts(page).count()).toBe(6);
};

/**
 * Every chart is a figure: a one-sentence figcaption, the SVG as a named image reachable with
 * Tab, and a table that holds every number the sentence names.
 */
const expectFiguresWithTables = async (page: Page, count: number) => {
  const figures = page.locator('main figure.chart-figure');
  expect(await figures.count()).toBe(count);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const caption = (await figure.locator('figcaption').textContent()) ?? '';
    expect(caption, `figure ${i}`).toMatch(/^[A-ZÄÖÜ].+\.$/);
    const svg = figure.locator('svg.recharts-surface');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('tabindex')).toBe('0');
    expect(await svg.getAttribute('aria-label')).toContain(caption);
    const table = figure.locator('table');
    expect(await table.count(), `table of figure ${i}`).toBe(1);
    const tableText = (await table.textContent()) ?? '';
    for (const number of caption.match(/\d+(?:,\d+)?/g) ?? [])
      expect(tableText, `"${number}" of "${caption}" in its table`).toContain(number);
  }
};

describe('Auswertung: Überblick and Entwicklung über die Jahre', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  /** The scripts the page downloaded, in order. */
  const scripts: string[] = [];

  beforeAll(async () => {
    env = await startBrowserEnv({ demo: true });
    for (const year of [2026, 2027] as const) {
      const invited = year === 2026 ? ALL : ['duesseldorf'];
      const campaign = await launchSelfAssessment(env, `sb-${year}`, invited);
      for (const s of SUBMITTED[year]) {
        const form = await openForm(env, s.jobcenterId, campaign.subject);
        await form.submit(
          completeSelfAssessment(questionnaire(`sb-${year}`), form.basis, {
            rating: s.rating,
            indicator: s.indicator,
            status: s.status,
          }),
        );
      }
    }
    ({ page, errors } = await openPage(env));
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await logIn(page, env.app, env.staff);
  }, 180_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('shows the 2026 response, ratings, indicators and measures, each chart with a sentence and a table', async () => {
    // The other pages (here the Jobcenter list after login) do not download the chart code.
    const chartCode = (s: string) => /\/(dashboard-page|trends-page)-/.test(s);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(chartCode)).toEqual([]);
    const before = scripts.length;
    await openDashboard(page, env.app, '?jahr=2026', 2026);
    expect(scripts.slice(before).some(chartCode)).toBe(true);
    expect(await page.title()).toBe('Auswertung: Überblick – Rahmenvereinbarung Inklusion');
    expect(await page.locator('#d-jahr').inputValue()).toBe('2026');
    const nav = page.getByRole('navigation', { name: 'Auswertung' });
    expect(await nav.getByRole('link', { name: 'Überblick' }).getAttribute('aria-current')).toBe('page');

    // Rücklauf: 3 invited (Düsseldorf D, Bonn K, Kreis Wesel D; all LVR), 2 opened and submitted.
    const funnel = page.getByRole('table', { name: /^Rücklauf 2026 je Stufe/ });
    expect(await funnel.locator('thead th').allTextContents()).toEqual([
      'Stufe',
      'Gesamt',
      'LVR',
      'LWL',
      'D',
      'K',
      'MS',
      'DT',
      'AR',
    ]);
    expect(await cellsOf(funnel, 'eingeladen')).toEqual(['3', '3', '0', '2', '1', '0', '0', '0']);
    expect(await cellsOf(funnel, 'Formular geöffnet')).toEqual(['2', '2', '0', '1', '1', '0', '0', '0']);
    expect(await cellsOf(funnel, 'abgegeben')).toEqual(['2', '2', '0', '1', '1', '0', '0', '0']);
    expect(await page.locator('figure').first().locator('figcaption').textContent()).toBe(
      'Von 3 zur Selbstbewertung 2026 eingeladenen Jobcentern haben 2 das Formular geöffnet und 2 die Selbstbewertung abgegeben.',
    );

    // Selbsteinschätzung: the distribution and the means, in German format.
    const overview = page.getByRole('table', { name: /^Selbsteinschätzung 2026: alle Handlungsfelder/ });
    const hf1Row = [...DISTRIBUTION_2026.map(String), '2', MEAN_2026, MEAN_2026, 'keine Angabe'];
    expect(MEAN_2026).toBe('3,5');
    expect(await cellsOf(overview, 'Handlungsfeld 1: Organisation und Führung')).toEqual(hf1Row);
    const hf1 = page.locator('figure', {
      has: page.getByRole('table', { name: /^Handlungsfeld 1: .* in Zahlen$/ }),
    });
    const atLeast3 = ratings2026.filter((r) => r >= 3).length;
    expect(await hf1.locator('figcaption').textContent()).toBe(
      `Im Handlungsfeld 1 schätzen sich ${atLeast3} von 2 Jobcentern auf Stufe 3 oder höher ein; Mittelwert NRW ${MEAN_2026} (LVR ${MEAN_2026}, LWL keine Angabe).`,
    );
    const hf1Table = hf1.getByRole('table');
    expect(await cellsOf(hf1Table, 'Jobcenter auf Stufe 2 – Erste Schritte')).toEqual([
      String(DISTRIBUTION_2026[1]),
    ]);
    expect(await cellsOf(hf1Table, 'Mittelwert NRW')).toEqual([MEAN_2026]);
    expect(await hf1.locator('.chart-key li').allTextContents()).toEqual([
      `Mittelwert NRW: ${MEAN_2026}`,
      `Mittelwert LVR: ${MEAN_2026}`,
      'Mittelwert LWL: keine Angabe',
    ]);

    // Kennzahlen: a share (HF1, with %) and a count (HF6, with its sum).
    const share = indicatorValues(2026, 0);
    expect(
      await cellsOf(
        page.getByRole('table', { name: 'Kennzahlen 2026, Handlungsfeld 1: Organisation und Führung' }),
        'Anteil der Führungskräfte mit Inklusion als Ziel in der Zielvereinbarung',
      ),
    ).toEqual([
      '2',
      'entfällt',
      `${de(mean(share))} %`,
      `${Math.min(...share)} %`,
      `${Math.max(...share)} %`,
    ]);
    const meetings = indicatorValues(2026, 1);
    expect(
      await cellsOf(
        page.getByRole('table', { name: 'Kennzahlen 2026, Handlungsfeld 6: Netzwerkarbeit' }),
        'Anzahl der Netzwerktreffen im Jahr',
      ),
    ).toEqual([
      '2',
      String(meetings.reduce((a, b) => a + b, 0)),
      de(mean(meetings)),
      String(Math.min(...meetings)),
      String(Math.max(...meetings)),
    ]);

    // Maßnahmen: Düsseldorf's 6 (one per Handlungsfeld) umgesetzt, Bonn's 2 (HF2, HF6) in Umsetzung.
    const measures = page.getByRole('table', { name: 'Maßnahmen 2026 je Handlungsfeld und Stand' });
    expect(await cellsOf(measures, 'Handlungsfeld 2: Zugänglichkeit')).toEqual([
      '0',
      '1',
      '1',
      '0',
      '0',
      '2',
    ]);
    expect(await cellsOf(measures, 'Handlungsfeld 1: Organisation und Führung')).toEqual([
      '0',
      '0',
      '1',
      '0',
      '0',
      '1',
    ]);
    expect(await cellsOf(measures, 'Insgesamt')).toEqual(['0', '2', '6', '0', '0', '8']);

    expect(await page.getByRole('link', { name: 'Antworten im Wortlaut lesen' }).getAttribute('href')).toBe(
      '/verwaltung/auswertung/antworten?jahr=2026',
    );
    await expectFiguresWithTables(page, 8);
    await expectAccessible(page, 'dashboard 2026');
    expect(errors).toEqual([]);
  });

  it('changes the year to 2027 with the keyboard alone; every chart is reachable with Tab', async () => {
    await openDashboard(page, env.app, '?jahr=2026', 2026);
    await tabTo(page, 'd-jahr', 20);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#d-jahr').inputValue()).toBe('2027');
    await tabTo(page, 'd-anzeigen', 5);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}${DASHBOARD}?jahr=2027`);
    await expect
      .poll(() => page.locator('#berichtsjahr').textContent())
      .toBe('Berichtsjahr 2027 (Selbstbewertung 2027)');
    const funnel = page.getByRole('table', { name: /^Rücklauf 2027 je Stufe/ });
    expect(await cellsOf(funnel, 'eingeladen')).toEqual(['1', '1', '0', '1', '0', '0', '0', '0']);
    expect(await cellsOf(funnel, 'abgegeben')).toEqual(['1', '1', '0', '1', '0', '0', '0', '0']);
    await expect.poll(() => charts(page).count()).toBe(8);

    // Tab through the whole page: every chart gets the focus once, in reading order.
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        return {
          inMain: !!el?.closest('main'),
          chart: el?.matches('svg.recharts-surface') ? (el.getAttribute('aria-label') ?? '') : null,
        };
      });
      if (!focus.inMain && reached.length > 0) break;
      if (focus.chart !== null) reached.push(focus.chart);
    }
    expect(reached).toEqual(
      await charts(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
    );
    expect(reached).toHaveLength(8);
    expect(reached[0]).toMatch(/^Balkendiagramm Rücklauf 2027\. /);
    expect(errors).toEqual([]);
  });

  it('shows the trends per Handlungsfeld and every indicator, "nicht erfragt" where a year did not ask it', async () => {
    await openDashboard(page, env.app, '?jahr=2026', 2026);
    // From the sub-navigation: the page loads on demand, then the focus is on its h1.
    await page
      .getByRole('navigation', { name: 'Auswertung' })
      .getByRole('link', { name: 'Entwicklung über die Jahre' })
      .click();
    await page.waitForURL(`${env.app}${TRENDS}`);
    await page.getByRole('heading', { level: 1, name: 'Entwicklung über die Jahre' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => charts(page).count()).toBe(6);
    expect(await page.title()).toBe('Entwicklung über die Jahre – Rahmenvereinbarung Inklusion');
    const hf1 = page.getByRole('table', {
      name: 'Handlungsfeld 1: Organisation und Führung: Mittelwert je Jahr',
    });
    expect(await hf1.locator('thead th').allTextContents()).toEqual(['Jahr', 'NRW', 'LVR', 'LWL', 'n']);
    expect(await cellsOf(hf1, '2026')).toEqual([MEAN_2026, MEAN_2026, 'keine Angabe', '2']);
    expect(await cellsOf(hf1, '2027')).toEqual([MEAN_2027, MEAN_2027, 'keine Angabe', '1']);
    expect(await page.locator('figure').first().locator('figcaption').textContent()).toBe(
      `Im Handlungsfeld 1 ist der Mittelwert NRW von ${MEAN_2026} (2026) auf ${MEAN_2027} (2027) gestiegen.`,
    );
    expect(await page.locator('figure').first().locator('.chart-key li').allTextContents()).toEqual([
      'Mittelwert NRW',
      'Mittelwert LVR',
      'Mittelwert LWL',
    ]);

    const indicators = page.getByRole('table', { name: /^Kennzahlen je Jahr/ });
    expect(await indicators.locator('thead th').allTextContents()).toEqual([
      'Kennzahl',
      'Handlungsfeld',
      '2026',
      '2027',
    ]);
    // HF6 "netzwerktreffen": asked in 2026 only (2027 dropped it).
    expect(await cellsOf(indicators, 'Anzahl der Netzwerktreffen im Jahr')).toEqual([
      'HF 6',
      `${de(mean(indicatorValues(2026, 1)))} (n = 2)`,
      'nicht erfragt',
    ]);
    // HF2 "digitale-angebote": new in 2027 (third indicator of HF2), a share.
    expect(await cellsOf(indicators, 'Anteil der Online-Angebote, die die BITV 2.0 erfüllen')).toEqual([
      'HF 2',
      'nicht erfragt',
      `${de(mean(indicatorValues(2027, 2)))} % (n = 1)`,
    ]);
    expect(await indicators.locator('tr[data-kennzahl="netzwerkpartner"] td').allTextContents()).toEqual([
      'HF 6',
      `${de(mean(indicatorValues(2026, 0)))} (n = 2)`,
      `${de(mean(indicatorValues(2027, 0)))} (n = 1)`,
    ]);

    await expectFiguresWithTables(page, 6);
    await expectAccessible(page, 'trends');
    expect(errors).toEqual([]);
  });

  it('names "jahr" when the address holds a bad year', async () => {
    await page.goto(`${env.app}${DASHBOARD}?jahr=abc`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Die Angabe in der Adresse ist ungültig');
    expect(await alert.locator('li').allTextContents()).toEqual(['Ungültiger Wert für „jahr“.']);
    await expect
      .poll(() => page.title())
      .toBe('Fehler: Auswertung: Überblick – Rahmenvereinbarung Inklusion');
    expect(await charts(page).count()).toBe(0);
    await expectAccessible(page, 'dashboard with a bad year');
  });

  // 320 CSS px is 1280 at 400 %; 640 CSS px is 1280 at 200 % (the same layout as deviceScaleFactor 2).
  for (const [width, zoom] of [
    [320, '400 %'],
    [640, '200 %'],
  ] as const)
    it(`reflows at ${width} CSS px (${zoom} of 1280) without horizontal scrolling, accessibly`, async () => {
      const narrow = await env.newPage({ width, height: 720 });
      const narrowErrors = watchPageErrors(narrow);
      await logIn(narrow, env.app, env.staff);
      await openDashboard(narrow, env.app, '?jahr=2026', 2026);
      expect(await scrollsHorizontally(narrow), `dashboard at ${width} px`).toBe(false);
      // The charts fit the column they are in.
      const widest = await charts(narrow).evaluateAll((els) =>
        Math.max(...els.map((e) => e.getBoundingClientRect().right)),
      );
      expect(widest).toBeLessThanOrEqual(width);
      await expectAccessible(narrow, `dashboard at ${width} px`);
      await openTrends(narrow, env.app);
      expect(await scrollsHorizontally(narrow), `trends at ${width} px`).toBe(false);
      await expectAccessible(narrow, `trends at ${width} px`);
      expect(narrowErrors).toEqual([]);
    });

  it('lets a viewer read both pages', async () => {
    const page = await staffPageAs(env, {
      sub: 'viewer-1',
      email: 'viewer@mags.example.org',
      roles: ['viewer'],
    });
    const errors = watchPageErrors(page);
    await openDashboard(page, env.app, '?jahr=2026', 2026);
    await expect.poll(() => charts(page).count()).toBeGreaterThan(0);
    await openTrends(page, env.app);
    expect(errors).toEqual([]);
  });
});
