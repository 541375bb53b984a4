import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSentEmails } from '../../local/services';
import { validAnswers } from '../fixtures';
import {
  type BrowserEnv,
  callApiOk,
  expectNoAxeViolations,
  launchCampaign,
  logIn,
  openFormSession,
  startBrowserEnv,
  WCAG22_TAGS,
  watchPageErrors,
} from './helpers';

const RECORDS_LINK = /unterlagen\/ansehen#t=[A-Za-z0-9_-]{43}/;

/** A Jobcenter's lasting records: the request page, the mailed link, the list and a PDF download. */
describe('records for Jobcenters', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let receiptNumber = '';
  let mailedLink = '';
  const address = 'geschaeftsfuehrung.hagen@example.org';

  beforeAll(async () => {
    env = await startBrowserEnv();
    page = await env.newPage();
    errors = watchPageErrors(page);
    // Hagen submits its declaration through the API, as the form does.
    const { subject } = await launchCampaign(env, ['hagen']);
    const sessionToken = await openFormSession(env, 'hagen', subject);
    const { jobcenter } = await callApiOk<{
      jobcenter: { traeger: { kind: 'agentur' | 'kommune'; name: string }[] };
    }>(env, 'GET', '/api/form', sessionToken);
    const answers = validAnswers(jobcenter.traeger);
    const saved = await callApiOk<{ version: number }>(env, 'PUT', '/api/form/draft', sessionToken, {
      version: 0,
      answers: { ...answers, inklusionsKontakt: { ...answers.inklusionsKontakt, email: address } },
    });
    ({ receiptNumber } = await callApiOk<{ receiptNumber: string }>(
      env,
      'POST',
      '/api/form/submit',
      sessionToken,
      {
        draftVersion: saved.version,
      },
    ));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('asks for the address, names the field when it is invalid, answers the same sentence and mails the link', async () => {
    await page.goto(`${env.app}/unterlagen`);
    await page.getByRole('heading', { level: 1, name: 'Unterlagen anfordern' }).waitFor();
    await expectNoAxeViolations(page, 'records request page', { tags: WCAG22_TAGS });

    await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page
      .getByRole('link', { name: /^E-Mail-Adresse: Bitte eine gültige E-Mail-Adresse angeben/ })
      .waitFor();
    expect(await page.title()).toMatch(/^Fehler: /);
    await expectNoAxeViolations(page, 'records request page with an error', { tags: WCAG22_TAGS });

    await page.getByLabel('E-Mail-Adresse').fill(address);
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByRole('heading', { name: 'Anfrage erhalten' }).waitFor();
    await expect.poll(() => page.getByText(/Wenn die Adresse bei uns als Kontakt/).count()).toBe(1);
    await expectNoAxeViolations(page, 'records request answered', { tags: WCAG22_TAGS });
  });

  it('the mailed link lists the declaration and downloads it as application/pdf', async () => {
    await env.system.queueIdle();
    const mail = (await fetchSentEmails(env.system.urls.mailViewer)).find(
      (m) => m.destination.to.includes(address) && m.subject.startsWith('Ihre Unterlagen'),
    );
    const link = RECORDS_LINK.exec(mail?.body.text ?? '')?.[0];
    expect(link).toBeDefined();
    mailedLink = link ?? '';
    await page.goto(`${env.app}/${link}`);
    await page.getByRole('button', { name: 'Unterlagen öffnen' }).click();
    await page.getByRole('table').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.getByText(receiptNumber).count()).toBe(1);
    await expectNoAxeViolations(page, 'records page', { tags: WCAG22_TAGS });

    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/records/documents/')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^PDF herunterladen\s*: Beitrittserklärung, Fassung 1$/ }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    // What the person saves is the PDF itself.
    const saved = readFileSync(await download.path());
    expect(saved.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(saved.toString('latin1')).toContain(`(${receiptNumber})`);
    expect(download.suggestedFilename()).toBe(`${receiptNumber}.pdf`);
    expect(errors).toEqual([]);
  });

  it('MAGS revokes the links on the Jobcenter page; the mailed link then no longer opens', async () => {
    const staffPage = await env.newPage();
    const staffErrors = watchPageErrors(staffPage);
    await logIn(staffPage, env.app, env.staff);
    await staffPage.goto(`${env.app}/verwaltung/jobcenter/hagen`);
    await staffPage.getByRole('heading', { level: 2, name: 'Links zu den Unterlagen' }).waitFor();
    await expectNoAxeViolations(staffPage, 'Jobcenter page with the records links', { tags: WCAG22_TAGS });

    await staffPage.getByRole('button', { name: 'Unterlagen-Links sperren' }).click();
    const confirm = staffPage.getByRole('heading', { name: 'Alle Links zu den Unterlagen sperren?' });
    await confirm.waitFor();
    await expect.poll(() => confirm.evaluate((h) => h === document.activeElement)).toBe(true);
    await expectNoAxeViolations(staffPage, 'records links revocation confirm', { tags: WCAG22_TAGS });
    await staffPage.getByRole('button', { name: 'Ja, Links sperren' }).click();
    await expect
      .poll(() => staffPage.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Ein Link zu den Unterlagen gilt ab sofort nicht mehr.'));
    await expect
      .poll(() => staffPage.evaluate(() => document.activeElement?.id))
      .toBe('unterlagen-links-sperren');
    await expectNoAxeViolations(staffPage, 'records links revoked', { tags: WCAG22_TAGS });

    const jobcenterPage = await env.newPage();
    await jobcenterPage.goto(`${env.app}/${mailedLink}`);
    await jobcenterPage.getByRole('button', { name: 'Unterlagen öffnen' }).click();
    await jobcenterPage.getByText('ist nicht (mehr) gültig', { exact: false }).waitFor();
    await jobcenterPage.getByRole('link', { name: 'Neuen Link anfordern' }).waitFor();
    expect(staffErrors).toEqual([]);
  });
});
