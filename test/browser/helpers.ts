import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { type LocalSystem, startLocalSystem } from '../../local/system';

/**
 * Shared set-up for the browser tests: the whole local system (DynamoDB Local, SES emulator,
 * API handlers, web build) on free ports with a fresh data directory, and Debian's Chromium.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export type Staff = { username: string; password: string };

export type BrowserEnv = {
  system: LocalSystem;
  browser: Browser;
  staff: Staff;
  app: string;
  /** A new page in its own context (own sessionStorage), German locale, desktop size by default. */
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
  stop(): Promise<void>;
};

export const startBrowserEnv = async (): Promise<BrowserEnv> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'inklusion-browser-'));
  const system = await startLocalSystem({ dataDir, fresh: true, inMemory: true, ticker: false });
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const stop = async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close().catch(() => {});
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (!system.staff) throw new Error('The fresh local system did not create a staff user.');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const launched = browser;
    return {
      system,
      browser: launched,
      staff: system.staff,
      app: system.urls.app,
      async newPage({ width = 1280, height = 900 } = {}) {
        const context = await launched.newContext({
          viewport: { width, height },
          locale: 'de-DE',
          timezoneId: 'Europe/Berlin',
          acceptDownloads: true,
        });
        contexts.push(context);
        return context.newPage();
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
};

/** Runs axe-core with the WCAG 2.1 A/AA rules and fails with a readable list of violations. */
export const expectNoAxeViolations = async (page: Page, state: string): Promise<void> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${state}`).toEqual([]);
};

/**
 * Collects JavaScript errors and console errors (e.g. CSP violations). Failed requests that a
 * test provokes on purpose (401, 400) show up as "Failed to load resource" and are ignored.
 */
export const watchPageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
};

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus, as a keyboard user would. */
export const tabTo = async (page: Page, id: string, maxPresses = 30): Promise<void> => {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await activeElementId(page)) === id) return;
  }
  throw new Error(`#${id} not reached with ${maxPresses} presses of Tab`);
};

/** Logs in on the login page with the keyboard only: Tab to the field, type, Tab, type, Enter. */
export const logInWithKeyboard = async (page: Page, app: string, staff: Staff): Promise<void> => {
  await page.goto(`${app}/anmelden`);
  await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
  await tabTo(page, 'email');
  await page.keyboard.type(staff.username);
  await page.keyboard.press('Tab');
  expect(await activeElementId(page)).toBe('passwort');
  await page.keyboard.type(staff.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${app}/verwaltung/jobcenter`);
};

/** Logs in through the form (not a keyboard test) and waits for the Jobcenter list. */
export const logIn = async (page: Page, app: string, staff: Staff): Promise<void> => {
  await page.goto(`${app}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(staff.username);
  await page.getByLabel('Passwort').fill(staff.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL(`${app}/verwaltung/jobcenter`);
  await page.locator('table.jobcenter-table tbody tr').first().waitFor();
};

export const jobcenterRows = (page: Page) => page.locator('table.jobcenter-table tbody tr');

/** True when the page scrolls sideways (WCAG 1.4.10 reflow). */
export const scrollsHorizontally = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
