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
  /** Milliseconds from navigation start until "Formular öffnen" was first painted (Element Timing). */
  visibleMs: number;
  /** Milliseconds from navigation start until the app has taken the page over (the button works). */
  interactiveMs: number;
  /** Scripts downloaded meanwhile, gzip-compressed size of each. */
  scripts: { path: string; gzipBytes: number }[];
};

/**
 * Runs in the page before any of its own code: marks the button for Element Timing as soon as the
 * parser inserts it (mutation callbacks run before the next paint) and keeps the first paint time
 * of its text. The time Playwright notices the button is not the figure: its checks run on the
 * page's main thread, so they wait behind whatever script runs there, and on a busy machine that
 * wait dominated both the figure and the baseline. A string, not a function: tsx would wrap named
 * inner functions in a helper the page does not have.
 */
const recordButtonPaint = `(() => {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'formular-oeffnen' && window.__buttonPaint === undefined)
        window.__buttonPaint = entry.renderTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    const button = document.getElementById('formular-oeffnen');
    if (button && !button.hasAttribute('elementtiming')) button.setAttribute('elementtiming', 'formular-oeffnen');
  }).observe(document, { childList: true, subtree: true });
})();`;

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
  await context.addInitScript({ content: recordButtonPaint });
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
  const visibleMs = (await (
    await page.waitForFunction(() => (window as unknown as { __buttonPaint?: number }).__buttonPaint)
  ).jsonValue()) as number;
  // The app has taken the page over once React's fiber hangs on the button (the static page never).
  const interactiveMs = staticHtml
    ? Number.NaN
    : ((await (
        await page.waitForFunction(() => {
          const button = document.getElementById('formular-oeffnen');
          return (
            !!button && Object.keys(button).some((key) => key.startsWith('__reactFiber')) && performance.now()
          );
        })
      ).jsonValue()) as number);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { visibleMs, interactiveMs, scripts };
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
    const interactive = median(real.map((r) => r.interactiveMs));
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
        what: `"Formular öffnen" painted (Element Timing), median of ${RUNS}`,
        value: `${visible.toFixed(0)} ms`,
        baseline: `static HTML of the same page ${base.toFixed(0)} ms`,
        ratio: ratio(visible, base),
        budget: { max: 1.5 },
      },
      {
        bench: 'first-load',
        what: `the app has taken the page over (the button works without the early-click replay), median of ${RUNS}`,
        value: `${interactive.toFixed(0)} ms`,
        baseline: `static HTML visible ${base.toFixed(0)} ms`,
        ratio: ratio(interactive, base),
      },
    ];
  } finally {
    await browser.close();
    await system.stop();
  }
};
