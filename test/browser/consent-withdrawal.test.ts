import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSentEmails } from '../../local/services';
import {
  type BrowserEnv,
  callApiOk,
  expectNoAxeViolations,
  logIn,
  staffToken,
  startBrowserEnv,
  WCAG22_TAGS,
  watchPageErrors,
} from './helpers';

/**
 * A Jobcenter withdraws its consent to be named on the public list through a link mailed to its
 * registered contacts, gives it again, and MAGS records a withdrawal that came by letter. The demo
 * data has Düsseldorf acceded and listed.
 */
const CONSENT_LINK = /https?:\/\/[^\s"]+\/einwilligung\/aendern#t=[A-Za-z0-9_-]{43}/;

const listedNames = async (env: BrowserEnv) =>
  (await callApiOk<{ items: { name: string }[] }>(env, 'GET', '/api/public/acceded')).items.map(
    (i) => i.name,
  );

describe('consent to publication', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let address = '';

  beforeAll(async () => {
    env = await startBrowserEnv({ demo: true });
    page = await env.newPage();
    errors = watchPageErrors(page);
    const token = await staffToken(env.app, env.staff);
    const jobcenter = await callApiOk<{ mainContact: { email: string } }>(
      env,
      'GET',
      '/api/jobcenters/duesseldorf',
      token,
    );
    address = jobcenter.mainContact.email;
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('requests a link from the public list, with the error named in the summary', async () => {
    await page.goto(`${env.app}/beigetreten`);
    await page.getByRole('rowheader', { name: 'Düsseldorf' }).waitFor();
    await page.getByRole('link', { name: 'widerrufen oder erneut erteilen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einwilligung zur Veröffentlichung ändern' }).waitFor();
    await expectNoAxeViolations(page, 'consent request page', { tags: WCAG22_TAGS });

    await page.getByRole('button', { name: 'Link anfordern' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('gültige E-Mail-Adresse');
    expect(await page.title()).toMatch(/^Fehler: /);
    await expectNoAxeViolations(page, 'consent request page with an error', { tags: WCAG22_TAGS });

    await page.getByLabel('E-Mail-Adresse Ihres Jobcenters').fill(address);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByRole('heading', { name: 'Anfrage erhalten' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain('60 Minuten gültig');
  });

  it('withdraws and gives again the consent through the mailed link; the public list follows at once', async () => {
    await expect
      .poll(async () => (await fetchSentEmails(env.system.urls.mailViewer)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const mail = (await fetchSentEmails(env.system.urls.mailViewer)).find((m) =>
      m.destination.to.includes(address),
    );
    const link = CONSENT_LINK.exec(mail?.body.text ?? '')?.[0];
    expect(link).toBeDefined();
    expect(mail?.body.html).toContain('/datenschutz"');

    await page.goto(link ?? '');
    await page.getByText('Eingewilligt: Ihr Jobcenter wird in der öffentlichen Liste genannt.').waitFor();
    await expectNoAxeViolations(page, 'consent page of the link', { tags: WCAG22_TAGS });

    await page.getByRole('button', { name: 'Einwilligung widerrufen' }).click();
    await page.getByRole('heading', { name: 'Gespeichert' }).waitFor();
    await page.getByText('Nicht eingewilligt: Ihr Jobcenter wird nicht öffentlich genannt.').waitFor();
    expect(await listedNames(env)).not.toContain('Düsseldorf');
    await expectNoAxeViolations(page, 'consent withdrawn', { tags: WCAG22_TAGS });

    await page.getByRole('button', { name: 'Einwilligung erneut erteilen' }).click();
    await page.getByText('Eingewilligt: Ihr Jobcenter wird in der öffentlichen Liste genannt.').waitFor();
    expect(await listedNames(env)).toContain('Düsseldorf');
  });

  it('says so when a link does not work, and leads to a new one', async () => {
    const fresh = await env.newPage();
    await fresh.goto(`${env.app}/einwilligung/aendern#t=${'A'.repeat(43)}`);
    await fresh.getByText('Dieser Link ist nicht (mehr) gültig.', { exact: false }).waitFor();
    await expectNoAxeViolations(fresh, 'consent page with a broken link', { tags: WCAG22_TAGS });
    await fresh.getByRole('link', { name: 'Neuen Link anfordern' }).click();
    await fresh
      .getByRole('heading', { level: 1, name: 'Einwilligung zur Veröffentlichung ändern' })
      .waitFor();
  });

  it('lets MAGS record a withdrawal by letter on the Jobcenter page', async () => {
    const staffPage = await env.newPage();
    await logIn(staffPage, env.app, env.staff);
    await staffPage.goto(`${env.app}/verwaltung/jobcenter/duesseldorf`);
    await staffPage.getByRole('heading', { name: 'Widerruf per Brief erfassen' }).waitFor();
    await staffPage.getByText('steht in der öffentlichen Liste', { exact: false }).waitFor();

    await staffPage.getByRole('button', { name: 'Widerruf erfassen' }).click();
    await expect.poll(() => staffPage.getByRole('alert').textContent()).toContain('Datum des Briefs');
    await expectNoAxeViolations(staffPage, 'letter withdrawal with an error', { tags: WCAG22_TAGS });

    await staffPage.getByLabel('Datum des Briefs').fill('02.03.2026');
    await staffPage.getByLabel('Aktenzeichen (optional)').fill('II A 3 – 17');
    await staffPage.getByRole('button', { name: 'Widerruf erfassen' }).click();
    await staffPage.getByText('Der Widerruf ist erfasst.', { exact: false }).waitFor();
    await staffPage.getByText('wird nicht öffentlich genannt', { exact: false }).waitFor();
    expect(await listedNames(env)).not.toContain('Düsseldorf');
    await expectNoAxeViolations(staffPage, 'letter withdrawal recorded', { tags: WCAG22_TAGS });
    expect(errors).toEqual([]);
  });
});
