import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  jobcenterRows,
  logInWithKeyboard,
  startBrowserTest,
  tabTo,
} from './helpers';

const activeElement = (page: Page) =>
  page.evaluate(() => ({ id: document.activeElement?.id, className: document.activeElement?.className }));

describe('login', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ env, page, errors } = await startBrowserTest());
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('lists the empty fields in an error summary that takes focus', async () => {
    await page.goto(`${env.app}/anmelden`);
    await tabTo(page, 'email');
    await page.keyboard.press('Enter');

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await activeElement(page)).className).toBe('error-summary');
    expect(await page.title()).toMatch(/^Fehler: Anmelden/);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Geben Sie Ihre E-Mail-Adresse ein.',
      'Geben Sie Ihr Passwort ein.',
    ]);
    expect(await page.getByLabel('E-Mail-Adresse').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'login with empty fields');

    await summary.getByRole('link', { name: 'Geben Sie Ihr Passwort ein.' }).click();
    expect((await activeElement(page)).id).toBe('passwort');
  });

  it('rejects a wrong password with a focused error summary and "Fehler: " in the title', async () => {
    await page.goto(`${env.app}/anmelden`);
    await tabTo(page, 'email');
    await page.keyboard.type(env.staff.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type('falsches-passwort');
    await page.keyboard.press('Enter');

    const summary = page.locator('.error-summary');
    await summary.getByText('E-Mail-Adresse oder Passwort ist falsch.').waitFor();
    expect((await activeElement(page)).className).toBe('error-summary');
    expect(await page.title()).toMatch(/^Fehler: /);
    expect(page.url()).toBe(`${env.app}/anmelden`);
    await expectNoAxeViolations(page, 'login with wrong password');
  });

  it('logs in with the keyboard only and shows all 53 Jobcenters', async () => {
    await logInWithKeyboard(page, env.app, env.staff);
    await page.getByText('53 Jobcenter', { exact: true }).waitFor();
    expect(await jobcenterRows(page).count()).toBe(53);
    expect(await page.title()).toBe('Jobcenter – Rahmenvereinbarung Inklusion');
    // After the client-side navigation, focus is on the new page's h1.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Jobcenter');
    expect(await page.getByRole('banner').getByText(env.staff.username).count()).toBe(1);
    await expectNoAxeViolations(page, 'Jobcenter list');

    // The token is kept for this tab only and never appears in the address bar.
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(storage.local).toEqual([]);
    expect(storage.session).toContain('inklusion.session');
    expect(page.url()).not.toMatch(/token|eyJ/);
  });

  it('signs out and keeps the staff area closed afterwards', async () => {
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(`${env.app}/anmelden`);
    await page.getByText('Sie haben sich abgemeldet.').waitFor();
    await page.goto(`${env.app}/verwaltung/jobcenter`);
    await page.waitForURL(`${env.app}/anmelden`);
    await expectNoAxeViolations(page, 'login after sign-out');
  });

  it('returns to the requested page after login', async () => {
    await page.goto(`${env.app}/verwaltung/verzeichnis`);
    await page.waitForURL(`${env.app}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(env.staff.username);
    await page.getByLabel('Passwort').fill(env.staff.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(`${env.app}/verwaltung/verzeichnis`);
    await page.getByRole('heading', { level: 1, name: /Verzeichnis importieren und exportieren/ }).waitFor();
    expect(errors).toEqual([]);
  });
});
