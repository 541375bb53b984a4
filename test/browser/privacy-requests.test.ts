import { readFile } from 'node:fs/promises';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/store/table-design';
import { localDynamoClient } from '../../local/services';
import { TABLE_NAME } from '../../local/system';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  logIn,
  staffPageAs,
  startBrowserEnv,
  watchPageErrors,
} from './helpers';

/**
 * An admin answers an erasure request for one address: the form with its error summary, the
 * findings the background job records, the JSON export, the erasure after confirmation. A viewer
 * has no such page.
 */
const ADDRESS = 'inklusion.kreis-mettmann@example.org';

describe('privacy requests', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  const status = () => page.locator('.status-line').first();

  beforeAll(async () => {
    env = await startBrowserEnv();
    // A delivery event with the address, besides the seeded deputy contact of Kreis Mettmann.
    const doc = DynamoDBDocumentClient.from(localDynamoClient(env.system.urls.dynamodb));
    await doc.send(
      new PutCommand({
        TableName: TABLE_NAME,
        Item: {
          ...keys.emailEvent('m-browser', 'e1'),
          entity: 'EMAIL_EVENT',
          at: new Date().toISOString(),
          kind: 'delivery',
          addresses: [ADDRESS],
        },
      }),
    );
    page = await env.newPage();
    errors = watchPageErrors(page);
    await logIn(page, env.app, env.staff);
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('explains missing answers in an error summary that links to each field', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Datenschutzanfragen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Datenschutzanfragen' }).waitFor();
    await page.getByText('Bisher wurden keine Anfragen erfasst.').waitFor();
    await expectNoAxeViolations(page, 'privacy requests, empty');

    await page.getByRole('button', { name: 'Anfrage erfassen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@jobcenter.de.',
      'Bitte wählen Sie die Art der Anfrage.',
      'Bitte geben Sie den Anlass an (z. B. Schreiben vom …).',
    ]);
    expect(await page.title()).toMatch(/^Fehler: /);
    await summary.getByRole('link', { name: /Art der Anfrage/ }).click();
    expect((await focused(page)).id).toBe('pr-kind');
    await expectNoAxeViolations(page, 'privacy request form with errors');
  });

  it('records the request, shows the findings of the job and exports them as JSON', async () => {
    await page.getByLabel('E-Mail-Adresse der Person').fill(ADDRESS);
    await page.getByLabel('Löschung (Art. 17 DSGVO)').check();
    await page.getByLabel('Anlass').fill('Schreiben vom 1. Dezember 2026');
    await page.getByRole('button', { name: 'Anfrage erfassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Löschung (Art. 17 DSGVO)' }).waitFor();
    expect(await status().textContent()).toContain('Suche läuft');

    await env.system.fireSchedule('privacyRequests');
    await page.getByText('Stand: Fundstellen ermittelt').waitFor({ timeout: 10_000 });
    const rows = page.locator('table tbody tr');
    expect(await rows.locator('th').allTextContents()).toEqual(
      expect.arrayContaining(['Ansprechpersonen der Jobcenter', 'Zustellereignisse von E-Mails']),
    );
    await expectNoAxeViolations(page, 'privacy request with findings');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Auskunft als JSON herunterladen' }).click(),
    ]);
    const answer = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      fundstellen: { feld: string; wert: unknown }[];
    };
    expect(answer.fundstellen.find((f) => f.feld === 'deputyContact.email')?.wert).toBe(ADDRESS);
  });

  it('erases after confirmation and no longer shows the address', async () => {
    await page.getByRole('button', { name: 'Löschen bzw. pseudonymisieren …' }).click();
    await page.getByRole('heading', { name: 'Wirklich löschen?' }).waitFor();
    expect((await focused(page)).tag).toBe('H3');
    await expectNoAxeViolations(page, 'erasure confirmation');
    await page.getByRole('button', { name: 'Endgültig löschen bzw. pseudonymisieren' }).click();
    await page.getByText('Stand: Löschung läuft').waitFor();

    await env.system.fireSchedule('privacyRequests');
    await page.getByText('Stand: Gelöscht bzw. pseudonymisiert').waitFor({ timeout: 10_000 });
    await page.getByText('nicht mehr gespeichert (gelöscht)').waitFor();
    expect(await page.getByText(ADDRESS).count()).toBe(0);
    await expectNoAxeViolations(page, 'privacy request erased');
    expect(errors).toEqual([]);
  });

  it('keeps viewers out, without asking the API for requests', async () => {
    const viewer = await staffPageAs(env, { sub: 'v-1', email: 'v@mags.example.org', roles: ['viewer'] });
    const asked: string[] = [];
    viewer.on('request', (r) => {
      if (r.url().includes('/api/privacy-requests')) asked.push(r.url());
    });
    await viewer.goto(`${env.app}/verwaltung/datenschutz-anfragen`);
    await viewer
      .getByText('Datenschutzanfragen können nur Administratorinnen und Administratoren bearbeiten.')
      .waitFor();
    expect(await viewer.getByRole('link', { name: 'Datenschutzanfragen' }).count()).toBe(0);
    // One request's page: the same explanation, and no read of the request behind it.
    await viewer.goto(`${env.app}/verwaltung/datenschutz-anfragen/0b0e7c52-5d4c-4c39-9a55-6f1e2a3b4c5d`);
    await viewer
      .getByText('Datenschutzanfragen können nur Administratorinnen und Administratoren bearbeiten.')
      .waitFor();
    await viewer.getByRole('heading', { level: 1, name: 'Datenschutzanfrage' }).waitFor();
    expect(asked).toEqual([]);
  });
});
