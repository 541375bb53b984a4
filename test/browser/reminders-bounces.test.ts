import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxAddress, sendingAddress } from '../../functions/mailer/sending-identity';
import { fetchSentEmails } from '../../local/services';
import { REPO_ROOT } from '../../local/system';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  launchCampaign,
  logIn,
  openPage,
  scrollsHorizontally,
  startBrowserEnv,
  tabTo,
} from './helpers';

/**
 * Reminders and bounces on the campaign page: a hard bounce flags the Jobcenter ("Braucht
 * Aufmerksamkeit"), MAGS corrects its contacts with the keyboard and the current link goes out
 * again to the new address; "Jetzt erinnern" sends a reminder; reminders can be paused and resumed.
 */
const WITHOUT_PREVIEW_FRAME = { exclude: ['iframe.preview-frame'] };
const BOUNCED = 'essen';
const OTHER = 'duesseldorf';
const CORRECTED = 'inklusion@jobcenter-essen.example.org';
const mainAddress = (id: string) => `geschaeftsfuehrung.${id}@example.org`;

describe('reminders and bounces (staff)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let campaignId: string;
  let subject: string;
  let campaignUrl: string;

  const attention = () => page.locator('section[aria-labelledby="aufmerksamkeit"]');
  const row = (name: string) => page.locator('.invitation-table tbody tr', { hasText: name });
  const liveStatus = () => page.locator('.reminder-status');

  beforeAll(async () => {
    env = await startBrowserEnv();
    ({ id: campaignId, subject } = await launchCampaign(env, [BOUNCED, OTHER]));
    campaignUrl = `${env.app}/verwaltung/kampagnen/${campaignId}`;
    const injected = await fetch(`${env.app}/local/ses-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'bounce',
        address: mainAddress(BOUNCED),
        tags: { campaign: campaignId, jobcenter: BOUNCED },
      }),
    });
    expect(injected.status, await injected.clone().text()).toBe(202);
    await env.system.queueIdle();
    ({ page, errors } = await openPage(env, { logIn: 'form' }));
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
  });

  it('shows the bounced Jobcenter as "unzustellbar" and under "Braucht Aufmerksamkeit"', async () => {
    await page.goto(campaignUrl);
    await page.getByRole('heading', { level: 2, name: 'Braucht Aufmerksamkeit' }).waitFor();
    expect(await row('Essen').locator('td[data-label="Status"]').textContent()).toContain('unzustellbar');
    expect(await attention().getByRole('listitem').allTextContents()).toEqual([
      'Essen: Adresse unzustellbar – Kontakte korrigieren für Essen',
    ]);
    expect(await row('Düsseldorf').locator('td[data-label="Status"]').textContent()).toBe('versendet');
    // The policy in words (defaults).
    await page
      .getByText(
        '14 und 3 Tage vor der Frist, 1 und 7 Tage danach; höchstens 4; Abstand mind. 48 Stunden; werktags 9–16 Uhr',
      )
      .waitFor();
    // Local mode: the developer tools are there, prefilled with the first Jobcenter's main address.
    await page.getByRole('heading', { level: 2, name: 'Entwicklerwerkzeuge' }).waitFor();
    await expect.poll(() => page.locator('#ses-adresse').inputValue()).toMatch(/@example\.org$/);
    await expectNoAxeViolations(page, 'campaign page with a bounce', WITHOUT_PREVIEW_FRAME);
  });

  it('corrects the contacts with the keyboard; the link goes out again to the new address', async () => {
    const before = (await fetchSentEmails(env.system.urls.mailViewer)).length;
    await attention().getByRole('link', { name: 'Kontakte korrigieren für Essen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Kontakte korrigieren' }).waitFor();
    expect(page.url()).toBe(`${env.app}/verwaltung/jobcenter/${BOUNCED}`);
    await expectNoAxeViolations(page, 'Jobcenter detail with contact form');

    // An invalid address first: error summary, linked to the field.
    await tabTo(page, 'kontakt-haupt-email', 60);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('nicht-gueltig');
    await tabTo(page, 'kontakte-speichern');
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Hauptkontakt: E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben.',
    ]);
    expect(await page.locator('#kontakt-haupt-email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'contact form with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('kontakt-haupt-email');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(CORRECTED);
    await tabTo(page, 'kontakte-speichern');
    await page.keyboard.press('Enter');
    await page
      .getByText(
        'In einer Kampagne wurde ein neuer Link an die neue Adresse gesendet; der bisherige Link gilt nicht mehr.',
        {
          exact: false,
        },
      )
      .waitFor();
    expect((await focused(page)).id).toBe('kontakte-speichern');
    await page.locator('dd', { hasText: CORRECTED }).first().waitFor();
    await expectNoAxeViolations(page, 'contact form after saving');

    await env.system.queueIdle();
    const mails = (await fetchSentEmails(env.system.urls.mailViewer)).slice(before);
    const resent = mails.filter((m) => m.subject === subject && m.destination.to.includes(CORRECTED));
    expect(resent).toHaveLength(1);
    expect(resent[0]?.body.text ?? '').toMatch(/formular#t=[A-Za-z0-9_-]{43}/);

    await page.goto(campaignUrl);
    await attention().getByText('Zurzeit braucht kein Jobcenter Aufmerksamkeit.').waitFor();
    expect(await row('Essen').locator('td[data-label="Status"]').textContent()).toBe('versendet');
  });

  it('"Jetzt erinnern" sends a reminder to another Jobcenter', async () => {
    const before = (await fetchSentEmails(env.system.urls.mailViewer)).length;
    await row('Düsseldorf').getByRole('button', { name: 'Jetzt erinnern an Düsseldorf' }).click();
    await liveStatus().getByText('Eine Erinnerung an Düsseldorf wurde versendet.').waitFor();
    await env.system.queueIdle();
    const reminders = (await fetchSentEmails(env.system.urls.mailViewer))
      .slice(before)
      .filter((m) => m.subject.startsWith('Erinnerung'));
    expect(reminders.map((m) => m.destination.to)).toEqual([[mainAddress(OTHER)]]);
    // From the address IAM allows in AWS: sendingAddress() of cdk.json's context.
    const { context } = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'));
    expect(reminders.map((m) => mailboxAddress(m.from))).toEqual([sendingAddress(context)]);
    await expect
      .poll(() => row('Düsseldorf').locator('td[data-label="Erinnerungen"]').textContent())
      .toMatch(/^1 versendet, zuletzt \d\d\.\d\d\.\d{4}/);
    await expectNoAxeViolations(page, 'campaign page after a reminder', WITHOUT_PREVIEW_FRAME);
  });

  it('pauses and resumes the reminders of one Jobcenter', async () => {
    await row('Düsseldorf').getByRole('button', { name: 'Erinnerungen pausieren für Düsseldorf' }).click();
    await liveStatus().getByText('Die Erinnerungen an Düsseldorf sind pausiert.').waitFor();
    await row('Düsseldorf').locator('.tag', { hasText: 'pausiert' }).waitFor();
    await expectNoAxeViolations(page, 'campaign page with paused reminders', WITHOUT_PREVIEW_FRAME);
    await row('Düsseldorf').getByRole('button', { name: 'Erinnerungen fortsetzen für Düsseldorf' }).click();
    await liveStatus().getByText('Die Erinnerungen an Düsseldorf laufen wieder.').waitFor();
    await expect.poll(() => row('Düsseldorf').locator('.tag', { hasText: 'pausiert' }).count()).toBe(0);
    await row('Düsseldorf').getByRole('button', { name: 'Erinnerungen pausieren für Düsseldorf' }).waitFor();
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await logIn(narrow, env.app, env.staff);
    for (const path of [`/verwaltung/kampagnen/${campaignId}`, `/verwaltung/jobcenter/${BOUNCED}`]) {
      await narrow.goto(`${env.app}${path}`);
      await narrow.locator('main h1').waitFor();
      await narrow.waitForLoadState('networkidle');
      expect(await scrollsHorizontally(narrow), path).toBe(false);
    }
    expect(errors).toEqual([]);
  });
});
