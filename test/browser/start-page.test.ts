import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETENTION, retentionText } from '../../functions/privacy/retention-policy';
import { type BrowserEnv, expectNoAxeViolations, logIn, startBrowserTest } from './helpers';

describe('start page', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest());
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('explains the service, links to the staff area and the mail viewer, and is axe clean', async () => {
    await page.goto(env.app);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Rahmenvereinbarung Inklusion – Kampagnen für die Jobcenter in NRW');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.title()).toBe('Start – Rahmenvereinbarung Inklusion');
    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);

    expect(await page.getByRole('link', { name: 'Zum Verwaltungsbereich' }).getAttribute('href')).toBe(
      '/verwaltung/jobcenter',
    );
    expect(await page.getByRole('link', { name: 'Lokales Postfach öffnen' }).getAttribute('href')).toBe(
      env.system.urls.mailViewer,
    );

    await page.getByText('Gesamtstatus: Betriebsbereit').waitFor();
    await expectNoAxeViolations(page, 'start page');
    expect(errors).toEqual([]);
  });

  it('shows only whether the system answers before sign-in', async () => {
    const status = page.getByRole('region', { name: 'Systemstatus' });
    await status.getByText(/angemeldete Mitarbeiterinnen und Mitarbeiter/).waitFor();
    expect(await status.locator('dt').count()).toBe(0);
  });

  it('shows the health of table, mailer and scheduler as text to signed-in staff', async () => {
    // Own context (own session), so the other tests stay signed out.
    const staffPage = await env.newPage();
    await logIn(staffPage, env.app, env.staff);
    await staffPage.goto(env.app);
    const status = staffPage.getByRole('region', { name: 'Systemstatus' });
    await status.locator('dt').first().waitFor();
    expect(await status.locator('dt').allTextContents()).toEqual(['Datenbank', 'E-Mail-Versand', 'Zeitplan']);
    expect(await status.locator('dd').nth(0).textContent()).toMatch(
      /^Betriebsbereit \(Antwortzeit \d+ ms\)$/,
    );
    expect(await status.locator('dd').nth(1).textContent()).toMatch(/^Betriebsbereit/);
    expect(await status.locator('dd').nth(2).textContent()).toBe('Noch nicht gelaufen');

    await env.system.fireSchedule('heartbeat');
    await staffPage.getByRole('button', { name: 'Status erneut abfragen' }).click();
    await status.getByText(/^Zuletzt gelaufen am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/).waitFor();
    await expectNoAxeViolations(staffPage, 'start page after refresh');
    await staffPage.close();
  });

  it('offers a skip link as the first tab stop that moves focus to the main content', async () => {
    await page.goto(env.app);
    await page.getByText('Gesamtstatus: Betriebsbereit').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhalt');
  });

  it('links the privacy notice from the footer; its table lists every data class with its period', async () => {
    await page.goto(env.app);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz', exact: true }).click();
    await page.waitForURL(`${env.app}/datenschutz`);
    await page.getByRole('heading', { level: 1, name: 'Datenschutzhinweise' }).waitFor();
    const table = page.getByRole('table', { name: 'Gespeicherte Daten, Zweck und Speicherdauer' });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('th')?.textContent, tr.lastElementChild?.textContent]),
      );
    expect(rows).toEqual(RETENTION.map((c) => [c.label, retentionText(c)]));
    expect(rows).toContainEqual(['Entwürfe', '90 Tage nach Abschluss der Kampagne gelöscht']);
    await page.getByText(/Landesbeauftragte für Datenschutz und Informationsfreiheit/).waitFor();
    await expectNoAxeViolations(page, 'privacy notice');

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'privacy notice at 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('states conformance, the date of the last review, known limitations and the enforcement procedure', async () => {
    await page.getByRole('contentinfo').getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    for (const heading of [
      'Stand der Vereinbarkeit',
      'Nicht barrierefreie Inhalte',
      'Barrieren melden: Feedback und Kontakt',
      'Durchsetzungsverfahren',
    ])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await page.getByText(/zuletzt am \d{1,2}\. \w+ \d{4} überprüft/).waitFor();
    await page.getByText(/Ombudsstelle für barrierefreie Informationstechnik/).waitFor();
    await expectNoAxeViolations(page, 'accessibility statement');
  });

  it('sends visitors of the staff area to the login page', async () => {
    await page.goto(env.app);
    await page.getByRole('link', { name: 'Zum Verwaltungsbereich' }).click();
    await page.waitForURL(`${env.app}/anmelden`);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
  });
});
