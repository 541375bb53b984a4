import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../functions/shared/audit';
import { makeDynamoStore } from '../../functions/store/dynamo-store';
import { localDynamoClient } from '../../local/services';
import { TABLE_NAME } from '../../local/system';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  openPage,
  scrollsHorizontally,
  staffPageAs,
  startBrowserEnv,
  tabTo,
} from './helpers';

/**
 * An admin reads the audit log: every audited action, newest first, 50 at a time; filters it by
 * keyboard (action, actor, days), downloads the filtered view as CSV. A viewer has no audit log.
 */
const events: AuditEvent[] = Array.from({ length: 60 }, (_, i) => ({
  id: `b-${String(i).padStart(2, '0')}`,
  at: new Date(Date.parse('2026-05-04T08:00:00.000Z') + i * 3_600_000).toISOString(),
  actor:
    i % 4 === 0
      ? { sub: 's-2', email: 'pruefung@mags.example.org' }
      : { sub: 's-1', email: 'referat@mags.example.org' },
  action: i % 4 === 0 ? 'campaign.closed' : 'contacts.corrected',
  subject: i % 4 === 0 ? 'CAMPAIGN#c-1' : 'JOBCENTER#bonn',
  detail: {},
}));

const rows = (page: Page) => page.locator('table tbody tr');

describe('audit viewer', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    env = await startBrowserEnv();
    const store = makeDynamoStore({
      client: localDynamoClient(env.system.urls.dynamodb),
      tableName: TABLE_NAME,
    });
    for (const e of events) await store.putAudit(e);
    ({ page, errors } = await openPage(env, { logIn: 'form' }));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('lists the newest 50 first and loads the rest on request', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Protokoll' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Protokoll' }).waitFor();
    await page.getByText('50 Einträge angezeigt, weitere vorhanden.').waitFor();
    expect(await rows(page).count()).toBe(50);
    // 60th event: 6 May 2026, 19:00 UTC = 21:00 in Berlin (summer time).
    expect(await rows(page).first().locator('th').textContent()).toBe('06.05.2026, 21:00 Uhr');
    await page.getByRole('button', { name: 'Weitere Einträge laden' }).click();
    await page.getByText('60 Einträge angezeigt.').waitFor();
    expect(await page.getByRole('button', { name: 'Weitere Einträge laden' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'audit log');
  });

  it('filters by keyboard: action, actor and day, with the filter in the address', async () => {
    await tabTo(page, 'af-aktion', 60);
    // A focused native select takes the first option starting with the typed letters.
    await page.keyboard.type('Kampagne abg');
    expect(await page.inputValue('#af-aktion')).toBe('campaign.closed');
    await tabTo(page, 'af-gegenstand');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForURL(/aktion=campaign.closed/);
    await page.getByText('15 Einträge angezeigt.').waitFor();
    expect(await rows(page).locator('td[data-label="Aktion"]').allTextContents()).toEqual(
      Array(15).fill('Kampagne abgeschlossen'),
    );

    await page.getByLabel('Von (Tag)').fill('05.05.2026');
    await page.getByLabel('Bis (Tag)').fill('05.05.2026');
    await page.getByLabel('Akteur').fill('PRUEFUNG');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/von=2026-05-05/);
    // Events every 4 hours from 04.05. 10:00 Berlin: on 05.05. at 02, 06, 10, 14, 18, 22 Uhr.
    await page.getByText('6 Einträge angezeigt.').waitFor();
    expect(await rows(page).locator('td[data-label="Akteur"]').allTextContents()).toEqual(
      Array(6).fill('pruefung@mags.example.org'),
    );
    await expectNoAxeViolations(page, 'audit log, filtered');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
    ]);
    const csv = (await readFile((await download.path()) ?? '', 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(7);
    expect(csv[1]).toContain('campaign.closed');
  });

  it('explains a bad filter, reflows at 320 px, and keeps viewers out', async () => {
    await page.goto(`${env.app}/verwaltung/protokoll?von=2026-05-06&bis=2026-05-01`);
    await page.getByRole('alert').getByText('„Bis“ darf nicht vor „Von“ liegen.').waitFor();
    await page.goto(`${env.app}/verwaltung/protokoll`);
    await page.getByText(/Einträge angezeigt/).waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await expectNoAxeViolations(page, 'audit log at 320 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    const viewer = await staffPageAs(env, { sub: 'v-1', email: 'v@mags.example.org', roles: ['viewer'] });
    const asked: string[] = [];
    viewer.on('request', (r) => {
      if (r.url().includes('/api/audit')) asked.push(r.url());
    });
    await viewer.goto(`${env.app}/verwaltung/protokoll`);
    await viewer
      .getByText('Das Protokoll können nur Administratorinnen und Administratoren einsehen.')
      .waitFor();
    // The page behind the gate never mounts: no read of the audit log (the API would refuse it).
    expect(asked).toEqual([]);
    expect(await viewer.getByRole('link', { name: 'Protokoll' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('takes a co-signatory (LVR) from the staff landing page to the evaluation, without MAGS pages', async () => {
    const lvr = await staffPageAs(env, { sub: 'lvr-1', email: 'auswertung@lvr.example.org', roles: ['lvr'] });
    await lvr.goto(`${env.app}/verwaltung/jobcenter`);
    await lvr.waitForURL(`${env.app}/verwaltung/auswertung`);
    const nav = lvr.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Auswertung' }).waitFor();
    for (const name of ['Kampagnen', 'Jobcenter', 'Verzeichnis importieren/exportieren', 'Protokoll'])
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(0);
  });
});
