import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../functions/auth/principal';
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

export const startBrowserEnv = async (options: { demo?: boolean } = {}): Promise<BrowserEnv> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'inklusion-browser-'));
  const system = await startLocalSystem({
    dataDir,
    fresh: true,
    inMemory: true,
    ticker: false,
    demo: options.demo ?? false,
  });
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

/**
 * A new page with its JavaScript and console errors collected; logged in as the seeded admin
 * through the login form (`'form'`) or with the keyboard only (`'keyboard'`) when asked.
 */
export const openPage = async (
  env: BrowserEnv,
  options: { logIn?: 'form' | 'keyboard' } = {},
): Promise<{ page: Page; errors: string[] }> => {
  const page = await env.newPage();
  const errors = watchPageErrors(page);
  if (options.logIn === 'form') await logIn(page, env.app, env.staff);
  if (options.logIn === 'keyboard') await logInWithKeyboard(page, env.app, env.staff);
  return { page, errors };
};

/** The local system and browser (`startBrowserEnv`) with a first page (`openPage`). */
export const startBrowserTest = async (
  options: { demo?: boolean; logIn?: 'form' | 'keyboard' } = {},
): Promise<{ env: BrowserEnv; page: Page; errors: string[] }> => {
  const env = await startBrowserEnv({ demo: options.demo });
  try {
    return { env, ...(await openPage(env, { logIn: options.logIn })) };
  } catch (e) {
    await env.stop();
    throw e;
  }
};

/**
 * Signs `page` in with a staff token, as the login does: the web keeps the staff session in
 * sessionStorage (web/src/app/session.ts). Takes effect on the page's next navigation.
 */
export const signInWithToken = async (page: Page, token: string): Promise<void> => {
  await page.addInitScript((t) => {
    window.sessionStorage.setItem(
      'inklusion.session',
      JSON.stringify({ token: t, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), mode: 'local' }),
    );
  }, token);
};

/** A new page signed in as a staff member with the given roles (token from the local login). */
export const staffPageAs = async (
  env: BrowserEnv,
  user: { sub: string; email: string; roles: Role[] },
): Promise<Page> => {
  const page = await env.newPage();
  await signInWithToken(page, env.system.issueStaffToken(user));
  return page;
};

/** axe rule tags: WCAG 2.1 A/AA (the default), and the same plus WCAG 2.2 AA. */
export const WCAG21_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export const WCAG22_TAGS = [...WCAG21_TAGS, 'wcag22aa'];

/**
 * Runs axe-core with the WCAG rules of `tags` (default: 2.1 A/AA) and fails with a readable list
 * of violations. `exclude`: e.g. the e-mail preview frame, which is sandboxed without scripts (axe
 * cannot run inside it and would wait for it forever); `include`: check only this part.
 */
export const expectNoAxeViolations = async (
  page: Page,
  state: string,
  options: { exclude?: string[]; include?: string; tags?: string[] } = {},
): Promise<void> => {
  let builder = new AxeBuilder({ page }).withTags(options.tags ?? WCAG21_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
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

/**
 * Presses Tab until the element with `id` has focus, as a keyboard user would. Waits for the
 * element first: a keyboard user also waits until the page has rendered before pressing Tab.
 */
export const tabTo = async (page: Page, id: string, maxPresses = 30): Promise<void> => {
  await page.locator(`[id="${id}"]`).waitFor();
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

// ---------- Campaigns: set-up through the API, personal links from the SES emulator ----------

/** A staff bearer token from the local login (for set-up calls, not for what a test checks). */
export const staffToken = async (app: string, staff: Staff): Promise<string> => {
  const res = await fetch(`${app}/api/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(staff),
  });
  if (!res.ok) throw new Error(`local login: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
};

const requestApi = (
  env: Pick<BrowserEnv, 'app'>,
  method: string,
  path: string,
  bearer?: string,
  body?: unknown,
) =>
  fetch(`${env.app}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/** Calls the local API as the web app does (JSON); `bearer`: a staff token or a form session token. */
export const callApi = async <T = Record<string, unknown>>(
  env: Pick<BrowserEnv, 'app'>,
  method: string,
  path: string,
  bearer?: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const res = await requestApi(env, method, path, bearer, body);
  return { status: res.status, body: (await res.json()) as T };
};

/** Like `callApi`, but fails unless the API answers 2xx; returns the body. */
export const callApiOk = async <T = Record<string, unknown>>(
  env: Pick<BrowserEnv, 'app'>,
  method: string,
  path: string,
  bearer?: string,
  body?: unknown,
): Promise<T> => {
  const res = await requestApi(env, method, path, bearer, body);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};

/** YYYY-MM-DD in Berlin, `days` from today (negative: in the past). */
export const isoDay = (days = 0): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** `2026-11-10` → `10.11.2026`, as a person types it into a date field. */
export const germanDay = (iso: string): string => iso.split('-').reverse().join('.');

/** A self-assessment instead of the accession (only acceded Jobcenters receive it). */
export type CampaignOptions = { kind: 'selbstbewertung'; fragebogen: string; title: string };

/**
 * Creates a campaign for the given Jobcenters (by default the accession) and launches it; waits
 * until all mails are sent.
 */
export const launchCampaign = async (
  env: BrowserEnv,
  jobcenterIds: string[],
  subject = `Einladung ${Date.now()}`,
  options?: CampaignOptions,
  letterBody = 'Sehr geehrte Damen und Herren,\n\nwir laden Sie zum Beitritt ein.',
): Promise<{ id: string; subject: string }> => {
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${await staffToken(env.app, env.staff)}`,
  };
  const created = await fetch(`${env.app}/api/campaigns`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      kind: 'beitritt',
      title: 'Beitritt zur Rahmenvereinbarung Inklusion',
      ...options,
      deadline: isoDay(60),
      senderName: 'MAGS NRW, Referat II A 3',
      senderEmail: 'inklusion@mags.example.org',
      replyTo: 'inklusion@mags.example.org',
      letter: { subject, body: letterBody },
      recipients: { mode: 'auswahl', jobcenterIds },
    }),
  });
  if (created.status !== 201) throw new Error(`create campaign: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const launched = await fetch(`${env.app}/api/campaigns/${id}/launch`, { method: 'POST', headers });
  if (launched.status !== 202) throw new Error(`launch: ${launched.status}`);
  await env.system.queueIdle();
  return { id, subject };
};

export const LINK_PATTERN = /formular#t=[A-Za-z0-9_-]{43}(?:&art=selbstbewertung)?/;

/** The personal link in the newest invitation to a Jobcenter's main contact. */
export const personalLink = async (
  env: BrowserEnv,
  jobcenterId: string,
  subject: string,
): Promise<string> => {
  const { fetchSentEmails } = await import('../../local/services');
  const mails = (await fetchSentEmails(env.system.urls.mailViewer))
    .filter(
      (m) =>
        m.subject === subject && m.destination.to.includes(`geschaeftsfuehrung.${jobcenterId}@example.org`),
    )
    .sort((a, b) => b.at - a.at);
  const link = LINK_PATTERN.exec(mails[0]?.body.text ?? '')?.[0];
  if (!link) throw new Error(`no invitation with a link for ${jobcenterId}`);
  return `${env.app}/${link}`;
};

/** The form session a Jobcenter's personal link opens ("Formular öffnen"): its bearer token. */
export const openFormSession = async (env: BrowserEnv, jobcenterId: string, subject: string) => {
  const token = /#t=([^&]+)/.exec(await personalLink(env, jobcenterId, subject))?.[1];
  const { sessionToken } = await callApiOk<{ sessionToken: string }>(
    env,
    'POST',
    '/api/form/session',
    undefined,
    { token },
  );
  return sessionToken;
};

/** Id and class of the focused element. */
export const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    className: document.activeElement?.className ?? '',
    tag: document.activeElement?.tagName ?? '',
  }));
