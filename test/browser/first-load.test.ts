import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFormStart } from '../../bench/first-load';
import { type BrowserEnv, startBrowserEnv } from './helpers';

/**
 * Deterministic first-load budget of the Jobcenter's form: what a personal link downloads before
 * "Formular öffnen" can be clicked. Timing against the static page is a bench figure
 * (`npm run bench -- first-load`), not a test.
 */
const MAX_JS_GZIP_KB = 100;
const STAFF_CHUNKS =
  /\/(login|campaign|jobcenter|registry|register|measures|dashboard|trends|text-answers|paper-accession|accession-import|acceded|accessibility)[a-z-]*-[\w-]+\.js$/;

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
    expect(paths.filter((p) => STAFF_CHUNKS.test(p))).toEqual([]);
    const kB = scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
    expect(kB, paths.join(', ')).toBeLessThanOrEqual(MAX_JS_GZIP_KB);
  });
});
