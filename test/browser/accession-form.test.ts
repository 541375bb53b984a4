import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSentEmails } from '../../local/services';
import { startAccessionFormEnv } from './accession-form-setup';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  germanDay,
  isoDay,
  logIn,
  openPage,
  personalLink,
  scrollsHorizontally,
  staffToken,
  tabTo,
  watchPageErrors,
} from './helpers';

/**
 * The Jobcenter's side of the accession campaign, in the browser against the whole local system:
 * the personal link from the invitation e-mail, the link exchange on "Formular öffnen", the form
 * filled in with the keyboard only, the error summary, check answers, submit, receipt, printable
 * declaration; then MAGS confirms and the public list shows the Jobcenter.
 */
describe('accession form (Jobcenter)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let campaignId: string;
  let link: string;
  let subject: string;
  const yesterday = germanDay(isoDay(-1));

  const typeInto = async (id: string, text: string, maxPresses?: number) => {
    await tabTo(page, id, maxPresses);
    await page.keyboard.type(text);
  };
  const next = async (heading: string | RegExp) => {
    await tabTo(page, 'weiter', 60);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  const statusOf = async (jobcenterId: string) => {
    const res = await fetch(`${env.app}/api/campaigns/${campaignId}`, {
      headers: { authorization: `Bearer ${await staffToken(env.app, env.staff)}` },
    });
    const body = (await res.json()) as { invitations: { jobcenterId: string; status: string }[] };
    return body.invitations.find((i) => i.jobcenterId === jobcenterId)?.status;
  };

  beforeAll(async () => {
    ({ env, campaignId, subject } = await startAccessionFormEnv());
    link = await personalLink(env, 'duesseldorf', subject);
    ({ page, errors } = await openPage(env));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('changes nothing when the link is merely opened; the session starts on "Formular öffnen"', async () => {
    await page.goto(link);
    await page.getByRole('button', { name: 'Formular öffnen' }).waitFor();
    expect(await page.title()).toBe('Beitrittserklärung – Rahmenvereinbarung Inklusion');
    // A mail scanner fetching the link sees this page only: the invitation is still just "sent".
    expect(await statusOf('duesseldorf')).toBe('sent');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await expectNoAxeViolations(page, 'form intro');

    await tabTo(page, 'formular-oeffnen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    // The token left the address bar; the session lives in this tab's sessionStorage, apart from staff.
    expect(page.url()).toBe(`${env.app}/formular`);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['inklusion.formSession']);
    expect(await statusOf('duesseldorf')).toBe('opened');
    // The count and the list come from the same rows: nine sections, the prefilled one complete.
    expect(await page.getByText('1 von 9 Abschnitten vollständig').count()).toBe(1);
    expect(await page.locator('.task-list-item').count()).toBe(9);
    await expectNoAxeViolations(page, 'empty form (task list)');
  });

  it('is filled in with the keyboard only, step by step, with autosave', async () => {
    await tabTo(page, 'abschnitt-jobcenter');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Jobcenter' }).waitFor();
    await page.getByText('Agentur für Arbeit (Bezirk Düsseldorf) (Agentur für Arbeit)').waitFor();
    await next('Geschäftsführung');
    await expectNoAxeViolations(page, 'empty step');

    // Saved empty: the step stays, with a focused error summary naming only this step's fields.
    await tabTo(page, 'weiter', 60);
    await page.keyboard.press('Enter');
    const stepSummary = page.locator('.error-summary');
    await stepSummary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await page.title()).toBe(
      'Fehler: Geschäftsführung – Beitrittserklärung – Rahmenvereinbarung Inklusion',
    );
    expect(await stepSummary.getByRole('link').allTextContents()).toEqual([
      'Geschäftsführung, Name: Bitte ausfüllen.',
      'Geschäftsführung, Funktion: Bitte ausfüllen.',
    ]);
    expect(await page.getByRole('heading', { level: 1, name: 'Geschäftsführung' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'step saved with empty fields');

    // The summary's link leads to the field; fixing one field keeps focus there (no jump back).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-geschaeftsfuehrung-name');
    await page.keyboard.type('Dr. Maria Beispiel');
    await expect
      .poll(() => stepSummary.getByRole('link').allTextContents())
      .toEqual(['Geschäftsführung, Funktion: Bitte ausfüllen.']);
    expect((await focused(page)).id).toBe('f-geschaeftsfuehrung-name');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('f-geschaeftsfuehrung-funktion');
    await page.keyboard.type('Geschäftsführerin');
    expect(await stepSummary.count()).toBe(0);
    await page.getByText(/^Gespeichert um \d{2}:\d{2}$/).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zustimmung der Träger' }).waitFor();

    expect(await page.locator('#f-traegerZustimmungen-0-traeger').inputValue()).toBe(
      'Agentur für Arbeit (Bezirk Düsseldorf)',
    );
    await typeInto('f-traegerZustimmungen-0-gremium', 'Trägerversammlung');
    await page.keyboard.press('Tab');
    await page.keyboard.type(yesterday);
    await typeInto('f-traegerZustimmungen-1-zugestimmtAm', yesterday);
    await next('Ansprechperson Inklusion');

    await typeInto('f-inklusionsKontakt-bezeichnung', 'Team Inklusion');
    await page.keyboard.press('Tab');
    await page.keyboard.type('inklusion@jobcenter-duesseldorf.example.org');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('f-inklusionsKontakt-istFunktionspostfach');
    await page.keyboard.press('Space');
    expect(await page.locator('#f-inklusionsKontakt-istFunktionspostfach').isChecked()).toBe(true);
    await next('Ausgangslage je Handlungsfeld');

    const baseline = (n: number) => `Stand im Handlungsfeld ${n}: <b>erste Schritte</b>`;
    for (const n of [1, 2, 3, 4, 5, 6]) await typeInto(`f-ausgangslage-hf${n}`, baseline(n));
    const left = new Intl.NumberFormat('de-DE').format(2000 - baseline(1).length);
    await page.getByText(`Sie können noch ${left} Zeichen eingeben.`).first().waitFor();
    await next('Maßnahmen je Handlungsfeld');

    // A measure from the catalogue in Handlungsfeld 2: the title is filled in from the catalogue.
    await tabTo(page, 'hinzufuegen-hf2', 40);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-massnahmen-0-katalogId');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('#f-massnahmen-0-titel').inputValue())
      .toBe('Prüfung aller Standorte auf barrierefreien Zugang (einschließlich ÖPNV)');
    await typeInto('f-massnahmen-0-beschreibung', 'Begehung mit der Behindertenbeauftragten.');
    await typeInto('f-massnahmen-0-beginn', '2027-01');
    await typeInto('f-massnahmen-0-ende', '2027-12');
    // A measure of its own in Handlungsfeld 6.
    await tabTo(page, 'hinzufuegen-hf6', 40);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-massnahmen-1-katalogId');
    await typeInto('f-massnahmen-1-titel', 'Erster Düsseldorfer Inklusionstag');
    await typeInto('f-massnahmen-1-beginn', '2027-05');
    await typeInto('f-massnahmen-1-ende', '2027-05');
    // Two more in Handlungsfeld 1, removed again: focus moves to the next measure, then to "add".
    for (const index of [2, 3]) {
      await page.locator('#f-massnahmen').focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).id).toBe(`f-massnahmen-${index}-katalogId`);
    }
    const status = page.locator('#massnahmen-status');
    await page.getByRole('button', { name: 'Maßnahme 1 entfernen (Handlungsfeld 1)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-massnahmen-2-katalogId');
    await expect
      .poll(() => status.textContent())
      .toBe('Handlungsfeld 1, Maßnahme 1 wurde entfernt. Noch 1 Maßnahme in Handlungsfeld 1.');
    await page.getByRole('button', { name: 'Maßnahme 1 entfernen (Handlungsfeld 1)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('f-massnahmen');
    expect(await status.textContent()).toBe(
      'Handlungsfeld 1, Maßnahme 1 wurde entfernt. Keine Maßnahme mehr in Handlungsfeld 1.',
    );
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.locator('#f-massnahmen-2-katalogId').count()).toBe(0);
    await expectNoAxeViolations(page, 'measures step');
    await next(/NRW inklusiv/);

    await tabTo(page, 'f-nrwInklusiv');
    await page.keyboard.press('Space');
    await next('Veröffentlichung');
    await tabTo(page, 'f-veroeffentlichung');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Ja, der Beitritt darf veröffentlicht werden').isChecked()).toBe(true);
    await next('Unterzeichnung');

    // "Ort" stays empty on purpose: the step says so, saves the draft and still lets the person leave.
    await typeInto('f-unterzeichnung-name', 'Dr. Maria Beispiel');
    await typeInto('f-unterzeichnung-datum', yesterday);
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').getByRole('link').allTextContents()).toEqual([
      'Unterzeichnung, Ort: Bitte ausfüllen.',
    ]);
    await page.getByText(/^Gespeichert um \d{2}:\d{2}$/).waitFor();
    await page.getByRole('link', { name: 'Zur Übersicht', exact: true }).click();
    await page.getByText('8 von 9 Abschnitten vollständig').waitFor();
    await page.getByRole('link', { name: 'Angaben prüfen und abgeben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Angaben prüfen und abgeben' }).waitFor();
    // The unfinished step's errors stay with the step: the check page opens without a summary.
    expect(await page.locator('.error-summary').count()).toBe(0);
    await expectNoAxeViolations(page, 'check answers');
  });

  it('resumes the saved draft when the link is opened again (e.g. on another device)', async () => {
    const other = await env.newPage();
    await other.goto(link);
    await other.getByRole('button', { name: 'Formular öffnen' }).click();
    await other.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
    await other.getByText('8 von 9 Abschnitten vollständig').waitFor();
    await other.getByRole('link', { name: 'Geschäftsführung' }).click();
    expect(await other.getByLabel('Name', { exact: true }).inputValue()).toBe('Dr. Maria Beispiel');
    await other.context().close();
  });

  it('shows a focused error summary whose link leads to the empty field; then submits', async () => {
    await tabTo(page, 'abgeben', 80);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect((await focused(page)).className).toBe('error-summary');
    expect(await page.title()).toBe('Fehler: Angaben prüfen – Rahmenvereinbarung Inklusion');
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Unterzeichnung, Ort: Bitte ausfüllen.',
    ]);
    await expectNoAxeViolations(page, 'check answers with errors');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Unterzeichnung' }).waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('f-unterzeichnung-ort');
    expect(await page.getByLabel('Ort').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Fehler: Bitte ausfüllen.').waitFor();
    await expectNoAxeViolations(page, 'step with an inline error');
    await page.keyboard.type('Düsseldorf');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Angaben prüfen und abgeben' }).waitFor();
    expect(await page.locator('.error-summary').count()).toBe(0);
    // User text is shown as text, never as HTML.
    await page.getByText('Stand im Handlungsfeld 1: <b>erste Schritte</b>').waitFor();

    await tabTo(page, 'abgeben', 80);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beitrittserklärung abgegeben' }).waitFor();
    const receipt = await page.locator('.panel-number').textContent();
    expect(receipt).toMatch(/^BT-\d{4}-DUESSELDORF-1$/);
    expect(await page.locator('code.hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText(/Eingangsbestätigung mit der vollständigen Erklärung per E-Mail/).waitFor();
    await expectNoAxeViolations(page, 'confirmation');

    const mails = await fetchSentEmails(env.system.urls.mailViewer);
    expect(mails.some((m) => m.subject.includes(receipt ?? '?'))).toBe(true);

    await page.getByRole('link', { name: 'Druckfassung der Erklärung öffnen' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Beitrittserklärung des Jobcenters Düsseldorf' })
      .waitFor();
    await page
      .getByText(receipt ?? '?')
      .first()
      .waitFor();
    await page.getByText('Erster Düsseldorfer Inklusionstag').waitFor();
    await expectNoAxeViolations(page, 'printable declaration');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('lets MAGS see and confirm the declaration; the public list then names the Jobcenter', async () => {
    const staff = await env.newPage();
    const staffErrors = watchPageErrors(staff);
    await logIn(staff, env.app, env.staff);
    await staff.goto(`${env.app}/verwaltung/kampagnen/${campaignId}/jobcenter/duesseldorf`);
    await staff.getByRole('heading', { level: 1, name: 'Jobcenter Düsseldorf' }).waitFor();
    expect(await staff.locator('.summary-list .tag').first().textContent()).toBe('abgegeben');
    await staff.getByText('Dr. Maria Beispiel').first().waitFor();
    await staff.getByText('Erster Düsseldorfer Inklusionstag').waitFor();
    await staff.getByText(/Fassung 1 abgegeben \(Eingangsnummer BT-/).waitFor();
    await expectNoAxeViolations(staff, 'response page');

    await staff.getByRole('button', { name: 'Beitritt bestätigen' }).click();
    await staff.getByRole('button', { name: 'Ja, Beitritt bestätigen' }).click();
    await staff.getByText(/Der Beitritt des Jobcenters Düsseldorf ist bestätigt/).waitFor();
    await expect.poll(() => staff.locator('.summary-list .tag').first().textContent()).toBe('bestätigt');
    await expectNoAxeViolations(staff, 'response page after confirming');

    await staff.goto(`${env.app}/beigetreten`);
    const row = staff.getByRole('row', { name: /Düsseldorf/ });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([
      'gemeinsame Einrichtung',
      'Düsseldorf',
      expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/),
    ]);
    await expectNoAxeViolations(staff, 'public list');
    expect(staffErrors).toEqual([]);

    // Confirming revokes the Jobcenter's links: the open form ends and says so; nothing is editable.
    await page.goto(`${env.app}/formular`);
    await page
      .getByRole('heading', {
        level: 1,
        name: /^(Ihre Sitzung ist beendet|Dieser Link funktioniert nicht \(mehr\))$/,
      })
      .waitFor();
    expect(await page.locator('#weiter').count()).toBe(0);
    await expectNoAxeViolations(page, 'form after confirmation');
    expect(errors).toEqual([]);
  });

  it('reflows every form step at 320 CSS px without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await narrow.goto(await personalLink(env, 'essen', subject));
    await narrow.getByRole('button', { name: 'Formular öffnen' }).click();
    await narrow.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
    expect(await scrollsHorizontally(narrow), 'task list').toBe(false);
    for (const step of [
      'jobcenter',
      'geschaeftsfuehrung',
      'traeger',
      'ansprechperson',
      'ausgangslage',
      'massnahmen',
    ]) {
      await narrow.goto(`${env.app}/formular/schritt/${step}`);
      await narrow.locator('#weiter').waitFor();
      if (step === 'massnahmen') {
        await narrow.locator('#f-massnahmen').click();
        await narrow.locator('#f-massnahmen-0-katalogId').waitFor();
      }
      expect(await scrollsHorizontally(narrow), step).toBe(false);
    }
    for (const step of ['nrw-inklusiv', 'veroeffentlichung', 'unterzeichnung']) {
      await narrow.goto(`${env.app}/formular/schritt/${step}`);
      await narrow.locator('#weiter').waitFor();
      expect(await scrollsHorizontally(narrow), step).toBe(false);
    }
    await narrow.goto(`${env.app}/formular/pruefen`);
    await narrow.locator('#abgeben').waitFor();
    expect(await scrollsHorizontally(narrow), 'check answers').toBe(false);
    await expectNoAxeViolations(narrow, 'check answers at 320 px');
  });
});
