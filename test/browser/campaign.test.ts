import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  germanDay,
  isoDay,
  logIn,
  scrollsHorizontally,
  startBrowserTest,
  tabTo,
} from './helpers';

/**
 * MAGS staff run an accession campaign: create it with the keyboard, preview the invitation,
 * launch it, and watch all 53 invitations go out on the campaign page (which polls while sending).
 */
/** The sandboxed preview frame runs no scripts, so axe cannot look inside (its title is checked below). */
const WITHOUT_PREVIEW_FRAME = { exclude: ['iframe.preview-frame'] };

describe('accession campaign (staff)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let campaignUrl: string;

  const statusCells = (p: Page, label: string) =>
    p.locator('.invitation-table tbody td[data-label="Status"]', { hasText: label });

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest({ logIn: 'keyboard' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('lists campaigns and offers "Neue Kampagne"', async () => {
    await page.getByRole('link', { name: 'Kampagnen', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.app}/verwaltung/kampagnen`);
    await page.getByText('Es gibt noch keine Kampagne.').waitFor();
    await expectNoAxeViolations(page, 'campaign list (empty)');
    await tabTo(page, 'neue-kampagne');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Neue Kampagne' }).waitFor();
    // The letter comes with a sensible default (Anlage A2).
    expect(await page.locator('#k-text').inputValue()).toMatch(
      /^Sehr geehrte Damen und Herren,\n\nim Frühjahr 2018/,
    );
    await expectNoAxeViolations(page, 'new campaign form (empty)');
  });

  it('checks the form with the API schema and links every error to its field', async () => {
    await tabTo(page, 'anlegen', 60);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await page.title()).toBe('Fehler: Neue Kampagne – Rahmenvereinbarung Inklusion');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Frist: Bitte ein gültiges Datum angeben.',
      'Absender: Bitte ausfüllen.',
      'Antwortadresse: Bitte eine gültige Antwortadresse angeben.',
    ]);
    await expectNoAxeViolations(page, 'new campaign form with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('k-frist');

    // A deadline in the past passes the schema; the server's rule answers with a field error.
    await page.keyboard.type(germanDay(isoDay(-3)));
    // A sender that looks like an address is refused by the same schema (SES would send from it).
    await typeAt(page, 'k-absender-name', 'referat@mags.example.org');
    await tabTo(page, 'anlegen', 60);
    await page.keyboard.press('Enter');
    await summary.getByRole('link', { name: /^Absender: Bitte nur Name und Stelle als Absender/ }).waitFor();
    await page.locator('#k-absender-name').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Dr. Maria Beispiel, Referat II A 3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('inklusion@mags.example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('inklusion@mags.example.org');
    await tabTo(page, 'anlegen', 60);
    await page.keyboard.press('Enter');
    await summary.getByRole('link', { name: 'Frist: Die Frist muss in der Zukunft liegen.' }).waitFor();
    expect(await page.locator('#k-frist').getAttribute('aria-invalid')).toBe('true');
  });

  it('creates the campaign as a draft and shows a preview of the invitation', async () => {
    await page.locator('#k-frist').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(germanDay(isoDay(60)));
    await tabTo(page, 'anlegen', 60);
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Beitritt zur Rahmenvereinbarung Inklusion' })
      .waitFor();
    campaignUrl = page.url();
    expect(campaignUrl).toMatch(/\/verwaltung\/kampagnen\/[0-9a-f-]{36}$/);
    expect(await page.locator('.tag').first().textContent()).toBe('Entwurf');

    await page.getByText('Die Einladung geht an 53 Jobcenter.').waitFor();
    const frame = page.locator('iframe.preview-frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toBe('Vorschau der Einladung als HTML-E-Mail');
    expect(await frame.getAttribute('srcdoc')).toContain('Die sechs Handlungsfelder der Rahmenvereinbarung');
    const text = await page.locator('pre.preview-text').textContent();
    expect(text).toContain('An die Geschäftsführung des Jobcenters');
    expect(text).toContain('/formular#t=PERSOENLICHER-LINK');
    expect(text).toContain('Dr. Maria Beispiel, Referat II A 3');
    await expectNoAxeViolations(page, 'campaign page (draft with preview)', WITHOUT_PREVIEW_FRAME);
  });

  it('launches after a confirmation, counts all 53 as sent, pages and filters the list', async () => {
    await tabTo(page, 'starten', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Kampagne jetzt starten?' }).waitFor();
    expect((await focused(page)).tag).toBe('H3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(/Die Kampagne ist gestartet\. 53 Einladungen sind in der Warteschlange\./).waitFor();
    await env.system.queueIdle();
    // The page polls every 5 s while anything is queued, until all are sent.
    // The counts come from the summary (53); the list shows pages of 50.
    await expect
      .poll(() => statusCells(page, 'versendet').count(), { timeout: 30_000, interval: 500 })
      .toBe(50);
    expect(await page.locator('.count-item', { hasText: 'versendet' }).locator('dd').textContent()).toBe(
      '53',
    );
    await page.getByText('50 Jobcenter auf Seite 1 (von 53 insgesamt)').waitFor();
    // Next page with the keyboard; the live region announces the result.
    await page.getByRole('button', { name: 'Nächste Seite' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('3 Jobcenter auf Seite 2 (von 53 insgesamt)').waitFor();
    expect(await statusCells(page, 'versendet').count()).toBe(3);
    // Filter by name and Landschaftsverband: only matching Jobcenters, back on page 1.
    await page.getByLabel('Name enthält').fill('kreis');
    await page.getByLabel('Landschaftsverband').selectOption('LWL');
    await page.getByRole('button', { name: 'Filtern', exact: true }).click();
    await page.getByText(/Jobcenter auf Seite 1$/).waitFor();
    const names = await page.locator('.invitation-table tbody th').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain('kreis');
    await expectNoAxeViolations(page, 'campaign page (filtered)', WITHOUT_PREVIEW_FRAME);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByText('50 Jobcenter auf Seite 1 (von 53 insgesamt)').waitFor();
    await page.getByText('Rücklaufquote').waitFor();
    await expectNoAxeViolations(page, 'campaign page (running)', WITHOUT_PREVIEW_FRAME);

    await page.goto(`${env.app}/verwaltung/kampagnen`);
    await page.getByRole('link', { name: 'Beitritt zur Rahmenvereinbarung Inklusion' }).waitFor();
    expect(await page.locator('.campaign-table .tag').textContent()).toBe('Gestartet');
    await expectNoAxeViolations(page, 'campaign list');
  });

  it('resends one link after a confirmation', async () => {
    await page.goto(campaignUrl);
    const row = page.getByRole('row', { name: /^Bochum/ });
    await row.getByRole('button', { name: 'Link neu senden an Bochum' }).click();
    await row.getByRole('heading', { name: 'Link an Bochum neu senden?' }).waitFor();
    await row.getByRole('button', { name: 'Ja, neu senden' }).click();
    await page.getByText('Ein neuer Link für Bochum ist in der Warteschlange.', { exact: false }).waitFor();
    await env.system.queueIdle();
    await expect
      .poll(() => row.locator('td[data-label="Status"]').textContent(), { timeout: 20_000 })
      .toBe('versendet');
    await expectNoAxeViolations(page, 'campaign page after resend', WITHOUT_PREVIEW_FRAME);
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    for (const path of [
      campaignUrl.replace(env.app, ''),
      '/verwaltung/kampagnen',
      '/verwaltung/kampagnen/neu',
    ]) {
      await narrow.goto(`${env.app}${path}`);
      await narrow.locator('main h1').waitFor();
      await narrow.waitForLoadState('networkidle');
      expect(await scrollsHorizontally(narrow), path).toBe(false);
    }
    // The checkbox list of all Jobcenters ("Einzelne Jobcenter auswählen") fits as well.
    await narrow.getByLabel('Einzelne Jobcenter auswählen').check();
    await narrow.getByLabel('Kreis Kleve (zkT)').waitFor();
    expect(await scrollsHorizontally(narrow), 'recipient choice').toBe(false);
    await expectNoAxeViolations(narrow, 'new campaign at 320 px');
    expect(errors).toEqual([]);
  });
});

async function typeAt(page: Page, id: string, text: string) {
  await tabTo(page, id, 40);
  await page.keyboard.type(text);
}
