import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_LINK_PATH, loadFormStart } from '../../bench/first-load';
import { formularChunks } from './formular-chunks';
import { type BrowserEnv, expectNoAxeViolations, startBrowserEnv, watchPageErrors } from './helpers';

/**
 * Deterministic first-load budget of the Jobcenter's form: what a personal link downloads before
 * "Formular öffnen" can be clicked, and that the page is there before any of it has run (the build
 * prerenders it into formular.html). Timing against the static page is a bench figure
 * (`npm run bench -- first-load`), not a test.
 */
const MAX_JS_GZIP_KB = 100;
const APP_SCRIPTS = /\/assets\/.+\.js$/;

/** Holds back the app's scripts until `release` is called: the page as it is before the app ran. */
const holdAppScripts = async (page: Page): Promise<() => void> => {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_SCRIPTS, async (route) => {
    await released;
    // A request the page gave up meanwhile (it navigated on) cannot continue.
    await route.continue().catch(() => {});
  });
  return release;
};

/** Opens `path` with the app's scripts held back; resolves once the HTML is parsed (its inline script ran). */
const openBeforeApp = async (page: Page, app: string, path: string): Promise<void> => {
  await page.goto(`${app}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
};

/** True once React has taken over the element (hydration attaches its fiber to the node). */
const takenOverByReact = (page: Page, id: string) =>
  page.waitForFunction((elementId) => {
    const element = document.getElementById(elementId);
    return !!element && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
  }, id);

describe('first load of the form behind a personal link', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  }, 120_000);
  afterAll(async () => {
    await env?.stop();
  });

  it(`downloads at most ${MAX_JS_GZIP_KB} kB of JS (gzip) and none of the staff pages`, async () => {
    const { scripts, visibleMs } = await loadFormStart(env.browser, env.app);
    expect(visibleMs).toBeGreaterThan(0);
    const paths = scripts.map((s) => s.path);
    // What /formular may load, from the build manifest: the entry and what it reaches without
    // passing a page of web/src/app/staff-pages.ts; each of those pages has a chunk of its own.
    const { entries, pageChunks, allowed } = formularChunks();
    expect(entries).toEqual(['index.html']);
    expect(pageChunks.length).toBeGreaterThan(20);
    expect(pageChunks.filter((p) => !p.file).map((p) => p.page)).toEqual([]);
    const staffFiles = pageChunks.map((p) => p.file);
    expect(paths.filter((p) => staffFiles.includes(p))).toEqual([]);
    expect(paths.filter((p) => !allowed.has(p))).toEqual([]);
    expect(paths.length).toBeGreaterThan(0);
    const kB = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
    expect(kB, paths.join(', ')).toBeLessThanOrEqual(MAX_JS_GZIP_KB);
  });

  it('serves /formular with "Formular öffnen" in the HTML; the CSP allows its one inline script by hash only', async () => {
    const response = await fetch(`${env.app}/formular`);
    const html = await response.text();
    expect(html).toMatch(/<button id="formular-oeffnen"[^>]*>Formular öffnen<\/button>/);
    expect(html).toContain('Jährliche Selbstbewertung');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64')}'`;
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(
      response.headers.get('content-security-policy') ?? '',
    );
    expect(scriptSrc?.[1]?.split(' ')).toEqual(["'self'", hash]);
    // Every other page stays without the prerendered form.
    expect(await (await fetch(`${env.app}/formular/pruefen`)).text()).not.toContain('formular-oeffnen');
  });

  it('shows the first page without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(`${env.app}${FORM_LINK_PATH}`);
    await expect(page.getByRole('button', { name: 'Formular öffnen' }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('heading', { level: 1, name: 'Beitrittserklärung zur Rahmenvereinbarung Inklusion' })
        .isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  it('picks the self-assessment page, or none without a link, before the app has run', async () => {
    const page = await env.newPage();
    const errors = watchPageErrors(page);
    const release = await holdAppScripts(page);
    await openBeforeApp(page, env.app, `${FORM_LINK_PATH}&art=selbstbewertung`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Jährliche Selbstbewertung');
    await expect(page.title()).resolves.toBe('Selbstbewertung – Rahmenvereinbarung Inklusion');
    await expectNoAxeViolations(page, 'the prerendered self-assessment start before the app ran');
    await openBeforeApp(page, env.app, '/formular');
    await expect(page.locator('#root').innerHTML()).resolves.toBe('');
    release();
    expect(errors).toEqual([]);
  });

  it('lets the app take over the same elements: focus stays, nothing is reported', async () => {
    const page = await env.newPage();
    const errors = watchPageErrors(page);
    const release = await holdAppScripts(page);
    await openBeforeApp(page, env.app, FORM_LINK_PATH);
    await expectNoAxeViolations(page, 'the prerendered accession start before the app ran');
    await page.locator('#formular-oeffnen').focus();
    await page.evaluate(() => {
      (window as unknown as { before: Element | null }).before = document.activeElement;
    });
    release();
    await takenOverByReact(page, 'formular-oeffnen');
    const kept = await page.evaluate(
      () =>
        document.activeElement === (window as unknown as { before: Element | null }).before &&
        document.activeElement?.isConnected,
    );
    expect(kept).toBe(true);
    // A hydration mismatch would be reported as a console error.
    expect(errors).toEqual([]);
  });

  it('acts on "Formular öffnen" pressed before the app has run', async () => {
    const page = await env.newPage();
    const release = await holdAppScripts(page);
    await openBeforeApp(page, env.app, FORM_LINK_PATH);
    await page.locator('#formular-oeffnen').press('Enter');
    release();
    // The link is well-formed but unknown: the exchange happened and was refused.
    await page.getByRole('heading', { level: 1, name: 'Dieser Link funktioniert nicht (mehr)' }).waitFor();
  });
});
