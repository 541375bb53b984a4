import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';
import { fetchSentEmails } from '../../local/services';
import {
  type BrowserEnv,
  expectNoAxeViolations,
  focused,
  openPage,
  personalLink,
  scrollsHorizontally,
  tabTo,
} from './helpers';
import { field, SB, startSelfAssessmentEnv } from './self-assessment-setup';

/**
 * The Jobcenter's yearly self-assessment in the browser against the whole local system, with the
 * demo accessions (Düsseldorf acceded with one measure per Handlungsfeld): the task list of six
 * Handlungsfelder, every section filled in with the keyboard only, the error summary of "mark as
 * done", resuming in a new browser, check answers, submit, receipt e-mail, printable report.
 */
const CARRIED: Record<HandlungsfeldId, string> = {
  hf1: 'duesseldorf-aktionsplan',
  hf2: 'duesseldorf-standorte',
  hf3: 'duesseldorf-schulung',
  hf4: 'duesseldorf-reha-ag',
  hf5: 'duesseldorf-kaoa-star',
  hf6: 'duesseldorf-netzwerk',
};
const done = (n: number) => `${n} von 6 Handlungsfeldern erledigt`;

describe('self-assessment (Jobcenter)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let link: string;
  let subject: string;

  /** Presses Tab until `id` has focus, then types. */
  const typeInto = async (id: string, text: string) => {
    await tabTo(page, id, 80);
    await page.keyboard.type(text);
  };
  const openSection = async (hf: HandlungsfeldId) => {
    const n = Number(hf.slice(2));
    await tabTo(page, `abschnitt-${hf}`, 40);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Handlungsfeld ${n}: `) }).waitFor();
  };
  const markDone = async (hf: HandlungsfeldId) => {
    await tabTo(page, `f-erledigt-${hf}`, 80);
    await page.keyboard.press('Enter');
  };
  /** Fills one section with the keyboard: measure stage, counts, the two required answers, the rating. */
  const fillSection = async (hf: HandlungsfeldId, options: { skipPlanned?: boolean } = {}) => {
    const section = SB.sections.find((s) => s.hf === hf);
    if (!section) throw new Error(hf);
    // No stage chosen yet: Tab lands on the first radio ("Geplant"); the arrow key chooses the next.
    await tabTo(page, field(hf, 'massnahmen.0.status'), 80);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'In Umsetzung' }).first().isChecked()).toBe(true);
    for (const [i, indicator] of section.indicators.entries())
      await typeInto(
        field(hf, `kennzahlen.${indicator.id}`),
        indicator.unit === 'prozent' ? `${40 + i}` : `${12 + i}`,
      );
    await typeInto(field(hf, 'antworten.umgesetzt'), `Umgesetzt in ${hf}: <b>Schulungen</b>`);
    if (!options.skipPlanned) await typeInto(field(hf, 'antworten.geplant'), `Geplant in ${hf}: mehr davon`);
    await tabTo(page, field(hf, 'bewertung'), 80);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: '3 – Auf gutem Weg' }).isChecked()).toBe(true);
  };

  beforeAll(async () => {
    ({ env, subject } = await startSelfAssessmentEnv());
    link = await personalLink(env, 'duesseldorf', subject);
    ({ page, errors } = await openPage(env));
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('opens from the personal link with a task list of six Handlungsfelder, none begun', async () => {
    // A link that says what it is for shows the self-assessment's introduction before opening.
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Jährliche Selbstbewertung' }).waitFor();
    expect(await page.title()).toBe('Selbstbewertung – Rahmenvereinbarung Inklusion');
    await expectNoAxeViolations(page, 'self-assessment intro');

    await tabTo(page, 'formular-oeffnen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    expect(page.url()).toBe(`${env.app}/formular`);
    await page.getByRole('heading', { level: 1, name: 'Selbstbewertung 2026' }).waitFor();
    await page.getByText('Jobcenter Düsseldorf', { exact: true }).waitFor();
    await page.getByText(done(0)).waitFor();
    expect(await page.locator('.task-list .tag').allTextContents()).toEqual(Array(6).fill('Nicht begonnen'));
    await page.getByText(/Ihre Angaben aus dem Beitritt und dem Vorjahr sind vorausgefüllt/).waitFor();
    expect(await page.getByRole('link', { name: 'Angaben prüfen und abgeben' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'self-assessment task list (empty)');
  });

  it('marks a section as done only when complete: error summary, links to the field, keyboard only', async () => {
    await openSection('hf1');
    await page.getByText('Aus der Beitrittserklärung: geplant').waitFor();
    // First year: no answers of last year, so only the measure has an "unchanged" box.
    expect(await page.getByLabel('Unverändert seit der Beitrittserklärung').count()).toBe(1);
    expect(await page.getByLabel(/Unverändert seit dem Vorjahr/).count()).toBe(0);
    await expectNoAxeViolations(page, 'section (empty)');

    await fillSection('hf1', { skipPlanned: true });
    await markDone('hf1');
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect.poll(async () => (await focused(page)).className).toBe('error-summary');
    expect(await page.title()).toBe(
      'Fehler: Handlungsfeld 1 – Selbstbewertung 2026 – Rahmenvereinbarung Inklusion',
    );
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Was planen Sie für das kommende Jahr? Bitte ausfüllen.',
    ]);
    await page.getByText('Fehler: Bitte ausfüllen.').waitFor();
    await expectNoAxeViolations(page, 'section with an error');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe(field('hf1', 'antworten.geplant'));
    expect(await page.locator(`#${field('hf1', 'antworten.geplant')}`).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.keyboard.type('Ein Aktionsplan für 2027.');
    await markDone('hf1');
    await page.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    await page.getByText(done(1)).waitFor();
    expect(await page.locator('#status-hf1').textContent()).toBe('Erledigt');
  });

  it('confirms an unchanged measure, adds and removes new measures, with focus kept in place', async () => {
    await openSection('hf2');
    const unchanged = `f-abschnitte-hf2-unveraendert-massnahmen-${CARRIED.hf2}`;
    await tabTo(page, unchanged, 80);
    await page.keyboard.press('Space');
    // The stage takes the value of the accession.
    expect(await page.locator(`#${field('hf2', 'massnahmen.0.status')}`).isChecked()).toBe(true);

    await tabTo(page, field('hf2', 'neueMassnahmen'), 80);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe(field('hf2', 'neueMassnahmen.0.katalogId'));
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator(`#${field('hf2', 'neueMassnahmen.0.titel')}`).inputValue())
      .toBe('Prüfung aller Standorte auf barrierefreien Zugang (einschließlich ÖPNV)');
    await tabTo(page, field('hf2', 'neueMassnahmen.0.status'), 10);
    await page.keyboard.press('Space');
    await tabTo(page, field('hf2', 'neueMassnahmen'), 10);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe(field('hf2', 'neueMassnahmen.1.katalogId'));
    await tabTo(page, field('hf2', 'neueMassnahmen.1.entfernen'), 20);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe(field('hf2', 'neueMassnahmen'));
    await page.getByText('Neue Maßnahme 2 wurde entfernt.').waitFor();
    expect(await page.locator('fieldset.measure').count()).toBe(1);
    await expectNoAxeViolations(page, 'section with a new measure');

    // Choosing a stage by hand withdraws the "unchanged" confirmation.
    for (const [i, indicator] of SB.sections[1]?.indicators.entries() ?? [])
      await typeInto(field('hf2', `kennzahlen.${indicator.id}`), `${20 + i}`);
    await typeInto(field('hf2', 'antworten.umgesetzt'), 'Alle Standorte begangen.');
    await typeInto(field('hf2', 'antworten.geplant'), 'Eingang am Hauptstandort umbauen.');
    await tabTo(page, field('hf2', 'bewertung'), 80);
    await page.keyboard.press('Space');
    await markDone('hf2');
    await page.getByText(done(2)).waitFor();

    await openSection('hf3');
    await fillSection('hf3');
    await markDone('hf3');
    await page.getByText(done(3)).waitFor();
  });

  it('resumes in a new browser: answers and statuses are restored', async () => {
    await openSection('hf4');
    await typeInto(field('hf4', 'kennzahlen.arbeitgeberkontakte'), '250');
    await tabTo(page, 'speichern-zurueck', 80);
    await page.keyboard.press('Enter');
    await page.getByText(done(3)).waitFor();
    await page.getByText(/^Gespeichert um \d{2}:\d{2}$/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();

    ({ page, errors } = await openPage(env));
    await page.goto(link);
    await page.getByRole('button', { name: 'Formular öffnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    await page.getByText(done(3)).waitFor();
    expect(await page.locator('.task-list .tag').allTextContents()).toEqual([
      'Erledigt',
      'Erledigt',
      'Erledigt',
      'In Bearbeitung',
      'Nicht begonnen',
      'Nicht begonnen',
    ]);
    await openSection('hf4');
    expect(await page.locator(`#${field('hf4', 'kennzahlen.arbeitgeberkontakte')}`).inputValue()).toBe('250');
    expect(await page.locator('.section-status .tag').textContent()).toBe('In Bearbeitung');
  });

  it('completes the other sections; the done state is accessible', async () => {
    // hf4 was begun: the first count is there already.
    await tabTo(page, field('hf4', 'massnahmen.0.status'), 80);
    await page.keyboard.press('ArrowDown');
    await typeInto(field('hf4', 'kennzahlen.vermittlungen'), '31');
    await typeInto(field('hf4', 'antworten.umgesetzt'), 'Arbeitgeberfrühstück');
    await typeInto(field('hf4', 'antworten.geplant'), 'Zwei weitere');
    await tabTo(page, field('hf4', 'bewertung'), 80);
    await page.keyboard.press('ArrowDown');
    await markDone('hf4');
    await page.getByText(done(4)).waitFor();
    for (const hf of ['hf5', 'hf6'] as const) {
      await openSection(hf);
      await fillSection(hf);
      await markDone(hf);
    }
    await page.getByText(done(6)).waitFor();
    expect(await page.locator('.task-list .tag').allTextContents()).toEqual(Array(6).fill('Erledigt'));
    await expectNoAxeViolations(page, 'task list (all done)');

    await openSection('hf6');
    expect(await page.locator('.section-status .tag').textContent()).toBe('Erledigt');
    await expectNoAxeViolations(page, 'section (done)');
    await tabTo(page, 'speichern-zurueck', 80);
    await page.keyboard.press('Enter');
    await page.getByText(done(6)).waitFor();
  });

  it('checks the answers, submits, sends the receipt and shows the report', async () => {
    await tabTo(page, 'pruefen', 40);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Angaben prüfen und abgeben' }).waitFor();
    // User text is shown as text, never as HTML.
    await page.getByText('Umgesetzt in hf1: <b>Schulungen</b>').waitFor();
    await page.getByText('Alle Standorte begangen.').waitFor();
    await expectNoAxeViolations(page, 'check answers');

    await tabTo(page, 'abgeben', 200);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Selbstbewertung abgegeben' }).waitFor();
    const receipt = await page.locator('.panel-number').textContent();
    expect(receipt).toBe('SB-2026-DUESSELDORF-1');
    await expectNoAxeViolations(page, 'self-assessment receipt');
    const mails = await fetchSentEmails(env.system.urls.mailViewer);
    expect(mails.some((m) => m.subject.includes(receipt ?? '?'))).toBe(true);

    await page.getByRole('link', { name: 'Bericht zur Selbstbewertung öffnen' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 1, name: 'Selbstbewertung 2026 – Jobcenter Düsseldorf' })
      .waitFor();
    await page.getByText('Umgesetzt in hf1: <b>Schulungen</b>').waitFor();
    await page.getByRole('table', { name: 'Kennzahlen – Handlungsfeld 4' }).getByText('250').waitFor();
    await expectNoAxeViolations(page, 'report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The start page lists the submitted version and links the report.
    await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ihre Selbstbewertung ist abgegeben' }).waitFor();
    await page.getByText(/Fassung 1, eingegangen am .*, Eingangsnummer/).waitFor();
    expect(errors).toEqual([]);
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    const narrow = await env.newPage({ width: 320, height: 640 });
    await narrow.goto(link);
    await narrow.getByRole('button', { name: 'Formular öffnen' }).click();
    await narrow.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    expect(await scrollsHorizontally(narrow), 'task list').toBe(false);
    await narrow.goto(`${env.app}/formular/handlungsfeld/hf2`);
    await narrow.locator('#f-erledigt-hf2').waitFor();
    expect(await scrollsHorizontally(narrow), 'section').toBe(false);
    await narrow.goto(`${env.app}/formular/bericht`);
    await narrow.getByRole('button', { name: 'Drucken' }).waitFor();
    expect(await scrollsHorizontally(narrow), 'report').toBe(false);
    await expectNoAxeViolations(narrow, 'report at 320 px');
  });
});
