import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { buildWebIfStale } from '../local/web-build';
import { startBenchSystem } from './bench-system';
import { type Figure, median, ratio } from './figures';

/** A syntactically valid personal link: the page shows "Formular öffnen" without exchanging it. */
export const FORM_LINK_PATH = `/formular#t=${'A'.repeat(43)}`;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
];
const RUNS = 9;

export type FirstLoad = {
  /** Milliseconds from navigation start until "Formular öffnen" is visible. */
  visibleMs: number;
  /** Scripts downloaded meanwhile, gzip-compressed size of each. */
  scripts: { path: string; gzipBytes: number }[];
};

/**
 * Opens the form's start page in a fresh context and waits for the "Formular öffnen" button. With
 * `staticHtml` the page is served as that HTML without any script (the baseline: the same page,
 * no JS).
 */
export const loadFormStart = async (
  browser: Browser,
  app: string,
  staticHtml?: string,
): Promise<FirstLoad> => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const scripts: FirstLoad['scripts'] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ path: new URL(response.url()).pathname, gzipBytes: gzipSync(body).length });
  });
  if (staticHtml)
    await page.route(`${app}/formular`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: staticHtml }),
    );
  await page.goto(`${app}${FORM_LINK_PATH}`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Formular öffnen' }).waitFor({ state: 'visible' });
  const visibleMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  await context.close();
  return { visibleMs, scripts };
};

/** The rendered start page as static HTML: scripts removed, styles kept (the baseline page). */
export const staticFormStart = async (browser: Browser, app: string): Promise<string> => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${app}${FORM_LINK_PATH}`);
  await page.getByRole('button', { name: 'Formular öffnen' }).waitFor();
  const html = await page.evaluate(() => {
    for (const s of document.querySelectorAll('script, link[rel="modulepreload"]')) s.remove();
    return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
  });
  await context.close();
  return html;
};

/** Bench: JS of the first load and time to "Formular öffnen" against the static page (interleaved runs). */
export const firstLoad = async (): Promise<Figure[]> => {
  buildWebIfStale();
  const system = await startBenchSystem();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const app = system.urls.app;
    const html = await staticFormStart(browser, app);
    await loadFormStart(browser, app);
    await loadFormStart(browser, app, html);
    const real: FirstLoad[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      real.push(await loadFormStart(browser, app));
      baseline.push((await loadFormStart(browser, app, html)).visibleMs);
    }
    const js = real[0]?.scripts.reduce((sum, s) => sum + s.gzipBytes, 0) ?? 0;
    const visible = median(real.map((r) => r.visibleMs));
    const base = median(baseline);
    return [
      {
        bench: 'first-load',
        what: `JS downloaded for /formular (${real[0]?.scripts.length ?? 0} files, gzip)`,
        value: `${(js / 1024).toFixed(1)} kB`,
        baseline: 'budget 100 kB',
        ratio: ratio(js, 100 * 1024),
        budget: { max: 1 },
      },
      {
        bench: 'first-load',
        what: `"Formular öffnen" visible, median of ${RUNS}`,
        value: `${visible.toFixed(0)} ms`,
        baseline: `static HTML of the same page ${base.toFixed(0)} ms`,
        ratio: ratio(visible, base),
        budget: { max: 1.5 },
      },
    ];
  } finally {
    await browser.close();
    await system.stop();
  }
};
