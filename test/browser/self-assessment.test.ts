import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';
import type { SelfAssessmentDraft } from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { fetchSentEmails } from '../../local/services';
import { completeSelfAssessment } from '../fixtures';
import {
  type BrowserEnv,
  callApiOk,
  expectNoAxeViolations,
  focused,
  launchCampaign,
  openPage,
  personalLink,
  scrollsHorizontally,
  startBrowserEnv,
  tabTo,
  watchPageErrors,
} from './helpers';

/**
 * The Jobcenter's yearly self-assessment in the browser against the whole local system, with the
 * demo accessions (Düsseldorf acceded with one measure per Handlungsfeld): the task list of six
 * Handlungsfelder, every section filled in with the keyboard only, the error summary of "mark as
 * done", resuming in a new browser, check answers, submit, receipt e-mail, printable report.
 */
const SB = questionnaire('sb-2026');
const CARRIED: Record<HandlungsfeldId, string> = {
  hf1: 'duesseldorf-aktionsplan',
  hf2: 'duesseldorf-standorte',
  hf3: 'duesseldorf-schulung',
  hf4: 'duesseldorf-reha-ag',
  hf5: 'duesseldorf-kaoa-star',
  hf6: 'duesseldorf-netzwerk',
};
const field = (hf: HandlungsfeldId, path: string) => `f-abschnitte-${hf}-${path.replace(/\./g, '-')}`;
const done = (n: number) => `${n} von 6 Handlungsfeldern erledigt`;

describe('self-assessment (Jobcenter)', () => {
  let env: BrowserEnv;
  let page: Page;
  let errors: string[];
  let link: string;
  let subject: string;

  /** The Jobcenter's API as the page uses it, with a form session of its own. */
  const formSession = async (personal: string) => {
    const token = /#t=([^&]+)/.exec(personal)?.[1] ?? '';
    const call = <T>(path: string, init: { method?: string; body?: unknown; bearer?: string } = {}) =>
      callApiOk<T>(env, init.method ?? 'GET', path, init.bearer, init.body);
    const { sessionToken: bearer } = await call<{ sessionToken: string }>('/api/form/session', {
      method: 'POST',
      body: { token },
    });
    return {
      get: () =>
        call<{
          draft: { version: number; answers: SelfAssessmentDraft } | null;
          selfAssessment: { basis: Basis };
        }>('/api/form', {
          bearer,
        }),
      save: (version: number, answers: SelfAssessmentDraft) =>
        call<{ version: number }>('/api/form/draft', { method: 'PUT', bearer, body: { version, answers } }),
      submit: (draftVersion: number) =>
        call<{ receiptNumber: string }>('/api/form/submit', {
          method: 'POST',
          bearer,
          body: { draftVersion },
        }),
    };
  };

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
    env = await startBrowserEnv({ demo: true });
    ({ subject } = await launchCampaign(env, ['duesseldorf', 'bonn'], `Selbstbewertung ${Date.now()}`, {
      kind: 'selbstbewertung',
      fragebogen: 'sb-2026',
      title: 'Selbstbewertung 2026',
    }));
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

  it('keeps both changes when two tabs save at the same time; asks only about a field changed in both', async () => {
    // Bonn acceded with measures in HF 2 and 6 only: HF 1 has no carried measure.
    const bonn = await personalLink(env, 'bonn', subject);
    const [first, second] = [await env.newPage(), await env.newPage()];
    for (const [p, hf] of [
      [first, 'hf1'],
      [second, 'hf2'],
    ] as const) {
      await p.goto(bonn);
      await p.getByRole('button', { name: 'Formular öffnen' }).click();
      await p.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
      await p.locator(`#abschnitt-${hf}`).click();
      await p.locator(`#f-erledigt-${hf}`).waitFor();
    }
    await first.getByText(/gibt es in diesem Handlungsfeld keine Maßnahmen/).waitFor();
    const count = field('hf1', 'kennzahlen.fuehrungskraefte-ziele');
    const done = field('hf1', 'antworten.umgesetzt');
    const planned = field('hf1', 'antworten.geplant');
    const other = field('hf2', 'antworten.umgesetzt');

    // Different Handlungsfelder: the second save is merged with the first, no question asked.
    await first.locator(`#${count}`).fill('30');
    await first.getByText(/^Gespeichert um/).waitFor();
    await second.locator(`#${other}`).fill('Rampe am Eingang gebaut.');
    await second
      .getByRole('status')
      .getByText(
        /Zur gleichen Zeit hat jemand anderes das Formular gespeichert; beide Änderungen wurden übernommen/,
      )
      .waitFor();
    const conflictName = 'Das Formular wurde an anderer Stelle geändert';
    expect(await second.getByRole('region', { name: conflictName }).count()).toBe(0);
    const api = await formSession(bonn);
    const both = (await api.get()).draft?.answers.abschnitte;
    expect(both?.hf1?.kennzahlen?.['fuehrungskraefte-ziele']).toBe(30);
    expect(both?.hf2?.antworten?.umgesetzt).toBe('Rampe am Eingang gebaut.');
    // The merged version is on the page too.
    await second.getByRole('button', { name: 'Speichern und zurück zur Übersicht' }).click();
    await second.locator('#abschnitt-hf1').click();
    await expect.poll(() => second.locator(`#${count}`).inputValue()).toBe('30');

    // The same field changed in both tabs: only that field is asked about; the rest is merged.
    await second.locator(`#${count}`).fill('35');
    await second.locator(`#${planned}`).fill('Mehr Schulungen.');
    await expect
      .poll(async () => (await api.get()).draft?.answers.abschnitte?.hf1?.antworten?.geplant)
      .toBe('Mehr Schulungen.');
    await first.locator(`#${count}`).fill('40');
    await first.locator(`#${done}`).fill('Zielvereinbarungen ergänzt.');
    const conflict = first.getByRole('region', { name: conflictName });
    await conflict.waitFor();
    expect((await focused(first)).id).toBe('konflikt-titel');
    expect(await conflict.getByRole('group').count()).toBe(1);
    const choice = conflict.getByRole('group', { name: /^Handlungsfeld 1, Anteil der Führungskräfte/ });
    expect(await choice.locator('.hint').allTextContents()).toEqual(['40 %', '35 %']);
    await expectNoAxeViolations(first, 'self-assessment conflict');
    // Without a choice: the error is at the field, which gets focus.
    await conflict.getByRole('button', { name: 'Auswahl übernehmen und speichern' }).click();
    await choice.getByText('Bitte wählen Sie, welche Angabe gelten soll.').waitFor();
    expect((await focused(first)).id).toBe('konflikt-abschnitte-hf1-kennzahlen-fuehrungskraefte-ziele');
    await expectNoAxeViolations(first, 'self-assessment conflict (no choice)');
    // With the keyboard: the arrow key chooses the saved version, Tab leads to the button.
    await first.keyboard.press('ArrowDown');
    expect(await choice.getByRole('radio', { name: 'Gespeicherte Fassung' }).isChecked()).toBe(true);
    await first.keyboard.press('Tab');
    expect(await first.evaluate(() => document.activeElement?.textContent)).toBe(
      'Auswahl übernehmen und speichern',
    );
    await first.keyboard.press('Enter');
    await expect.poll(() => conflict.count()).toBe(0);
    await expect.poll(() => first.locator(`#${count}`).inputValue()).toBe('35');
    expect(await first.locator(`#${done}`).inputValue()).toBe('Zielvereinbarungen ergänzt.');
    expect(await first.locator(`#${planned}`).inputValue()).toBe('Mehr Schulungen.');
    await expect
      .poll(async () => (await api.get()).draft?.answers.abschnitte?.hf1?.antworten?.umgesetzt)
      .toBe('Zielvereinbarungen ergänzt.');
    const merged = (await api.get()).draft?.answers.abschnitte;
    expect(merged?.hf1?.kennzahlen?.['fuehrungskraefte-ziele']).toBe(35);
    expect(merged?.hf1?.antworten?.geplant).toBe('Mehr Schulungen.');
    expect(merged?.hf2?.antworten?.umgesetzt).toBe('Rampe am Eingang gebaut.');
    // Autosave goes on from the merged version.
    await first.getByRole('button', { name: 'Speichern und zurück zur Übersicht' }).click();
    await first.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    expect(await first.locator('#status-hf1').textContent()).toBe('In Bearbeitung');
    await first.context().close();
    await second.context().close();
  });

  it('next year: shows last year beside each answer, takes it over when unchanged, reports the change', async () => {
    // Bonn submits 2026 (through the API), then MAGS runs the 2027 self-assessment.
    const bonn2026 = await formSession(await personalLink(env, 'bonn', subject));
    const form2026 = await bonn2026.get();
    const answers2026 = completeSelfAssessment(SB, form2026.selfAssessment.basis, { text: 'Vorjahr' });
    const saved = await bonn2026.save(form2026.draft?.version ?? 0, answers2026);
    await bonn2026.submit(saved.version);
    const next = await launchCampaign(env, ['bonn'], `Selbstbewertung 2027 ${Date.now()}`, {
      kind: 'selbstbewertung',
      fragebogen: 'sb-2027',
      title: 'Selbstbewertung 2027',
    });
    const link2027 = await personalLink(env, 'bonn', next.subject);

    const p = await env.newPage();
    const pErrors = watchPageErrors(p);
    await p.goto(link2027);
    await p.getByRole('button', { name: 'Formular öffnen' }).click();
    await p.getByRole('heading', { level: 1, name: 'Selbstbewertung 2027' }).waitFor();
    await p.getByRole('link', { name: 'Weiterentwicklung der Zugänglichkeit' }).click();
    await p.locator('#f-erledigt-hf2').waitFor();
    await p.getByText('Vorjahr (2026): in Umsetzung').waitFor();
    await p.getByText('Vorjahr (2026): 10 %').waitFor();
    await p.getByText('Vorjahr (2026): 3 – Auf gutem Weg').waitFor();
    // A question of last year shows its answer; the new indicator has no "unchanged" box.
    await p.getByText('Ihre Antwort aus dem Vorjahr (2026)').first().waitFor();
    expect(await p.locator(`#${field('hf2', 'unveraendert.kennzahlen.digitale-angebote')}`).count()).toBe(0);

    const unchangedCount = field('hf2', 'unveraendert.kennzahlen.standorte-geprueft');
    await p.locator(`#${unchangedCount}`).focus();
    await p.keyboard.press('Space');
    await expect
      .poll(() => p.locator(`#${field('hf2', 'kennzahlen.standorte-geprueft')}`).inputValue())
      .toBe('10');
    await p.locator(`#${field('hf2', 'unveraendert.bewertung')}`).focus();
    await p.keyboard.press('Space');
    expect(await p.getByRole('radio', { name: '3 – Auf gutem Weg' }).isChecked()).toBe(true);
    // Typing another value withdraws the confirmation.
    await p.locator(`#${field('hf2', 'kennzahlen.standorte-geprueft')}`).focus();
    await p.keyboard.type('5');
    expect(await p.locator(`#${unchangedCount}`).isChecked()).toBe(false);
    expect(await p.locator(`#${field('hf2', 'unveraendert.bewertung')}`).isChecked()).toBe(true);
    // Unchecking "unchanged" brings back what was typed before, not last year's answer.
    const text = field('hf2', 'antworten.umgesetzt');
    await p.locator(`#${text}`).fill('Neu in diesem Jahr.');
    await p.locator(`#${field('hf2', 'unveraendert.antworten.umgesetzt')}`).focus();
    await p.keyboard.press('Space');
    await expect.poll(() => p.locator(`#${text}`).inputValue()).toBe('Vorjahr hf2 umgesetzt');
    await p.keyboard.press('Space');
    await expect.poll(() => p.locator(`#${text}`).inputValue()).toBe('Neu in diesem Jahr.');

    // 2027 asks every new measure for its period and target group, and the funding if known.
    const newField = (leaf: string) => field('hf2', `neueMassnahmen.0.${leaf}`);
    await p.locator(`#${field('hf2', 'neueMassnahmen')}`).focus();
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await focused(p)).id).toBe(newField('katalogId'));
    await tabTo(p, newField('titel'), 5);
    await p.keyboard.type('Lotsen für junge Menschen');
    await tabTo(p, newField('status'), 10);
    await p.keyboard.press('Space');
    // Marking as done names what is missing, each linked to its own field.
    await tabTo(p, 'f-erledigt-hf2', 80);
    await p.keyboard.press('Enter');
    const summary = p.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([
        'Neue Maßnahme 1, Beginn: Bitte den Beginn angeben (Monat).',
        'Neue Maßnahme 1, Voraussichtliches Ende: Bitte das voraussichtliche Ende angeben (Monat).',
        'Neue Maßnahme 1, Zielgruppe: Bitte die Zielgruppe der Maßnahme angeben.',
      ]),
    );
    await summary.getByRole('link', { name: /^Neue Maßnahme 1, Beginn/ }).focus();
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await focused(p)).id).toBe(newField('beginn'));
    const beginn = p.locator(`#${newField('beginn')}`);
    expect(await beginn.getAttribute('aria-invalid')).toBe('true');
    expect(await beginn.getAttribute('aria-describedby')).toBe(
      `${newField('beginn')}-hint ${newField('beginn')}-error`,
    );
    expect(await p.getByLabel('Beginn (Monat)').getAttribute('inputmode')).toBe('numeric');
    await p.keyboard.type('2027-01');
    await tabTo(p, newField('ende'), 3);
    await p.keyboard.type('2027-12');
    await tabTo(p, newField('zielgruppe'), 3);
    await p.keyboard.type('Junge Menschen unter 25 mit psychischen Beeinträchtigungen');
    await tabTo(p, newField('mittelEuro'), 3);
    await p.keyboard.type('12.000');
    await tabTo(p, newField('mittelHerkunft'), 3);
    await p.keyboard.type('ESF Plus');
    await p.getByText('Zum Beispiel junge Menschen unter 25 mit psychischen Beeinträchtigungen.').waitFor();
    expect(await p.getByLabel('Mittel in Euro (optional)').getAttribute('inputmode')).toBe('numeric');
    expect(await p.getByLabel('Herkunft der Mittel (optional)').getAttribute('aria-describedby')).toBe(
      `${newField('mittelHerkunft')}-hint`,
    );
    await expectNoAxeViolations(p, 'section with last year');
    await p.getByRole('button', { name: 'Speichern und zurück zur Übersicht' }).click();
    await p.getByRole('heading', { level: 2, name: 'Handlungsfelder' }).waitFor();
    await p.getByText(/^Gespeichert um \d{2}:\d{2}/).waitFor();

    // The check page shows them with the new measure.
    await p.goto(`${env.app}/formular/pruefen`);
    const checked = p.getByRole('region', { name: /^Handlungsfeld 2:/ });
    await checked.getByText('Lotsen für junge Menschen').waitFor();
    await checked.getByText('Zeitraum: 01/2027 bis 12/2027').waitFor();
    await checked
      .getByText('Zielgruppe: Junge Menschen unter 25 mit psychischen Beeinträchtigungen')
      .waitFor();
    await checked.getByText('Mittel: 12.000 € (ESF Plus)').waitFor();

    // The rest through the API: everything as last year, HF 2's rating confirmed unchanged.
    const bonn2027 = await formSession(link2027);
    const form2027 = await bonn2027.get();
    const complete = completeSelfAssessment(questionnaire('sb-2027'), form2027.selfAssessment.basis, {
      indicator: 12,
    });
    const hf2 = complete.abschnitte?.hf2;
    if (hf2) {
      hf2.unveraendert = ['bewertung'];
      // The new measure as entered above.
      hf2.neueMassnahmen = form2027.draft?.answers.abschnitte?.hf2?.neueMassnahmen ?? [];
      expect(hf2.neueMassnahmen).toMatchObject([
        { titel: 'Lotsen für junge Menschen', beginn: '2027-01', ende: '2027-12', mittelEuro: 12000 },
      ]);
    }
    const saved2027 = await bonn2027.save(form2027.draft?.version ?? 0, complete);
    expect((await bonn2027.submit(saved2027.version)).receiptNumber).toBe('SB-2027-BONN-1');

    await p.goto(`${env.app}/formular/bericht`);
    await p.getByRole('heading', { level: 1, name: 'Selbstbewertung 2027 – Jobcenter Bonn' }).waitFor();
    const rating = p.getByRole('table', { name: 'Selbsteinschätzung – Handlungsfeld 2' });
    expect(await rating.getByRole('columnheader').allTextContents()).toEqual([
      'Angabe',
      '2027',
      'Vorjahr (2026)',
      'Veränderung',
    ]);
    expect(await rating.locator('tbody td').allTextContents()).toEqual([
      '3 – Auf gutem Weg',
      '3 – Auf gutem Weg',
      'unverändert (bestätigt)',
    ]);
    await p
      .getByRole('table', { name: 'Maßnahmen – Handlungsfeld 2' })
      .getByRole('rowheader', { name: /^Lotsen für junge Menschen/ })
      .getByText(
        'Zeitraum: 01/2027 bis 12/2027, Zielgruppe: Junge Menschen unter 25 mit psychischen Beeinträchtigungen, Mittel: 12.000 € (ESF Plus)',
      )
      .waitFor();
    const counts = p.getByRole('table', { name: 'Kennzahlen – Handlungsfeld 6' });
    expect(
      await counts
        .getByRole('row', { name: /Netzwerktreffen/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['–keine Angabe', '11', 'nicht mehr erfragt']);
    expect(
      await counts
        .getByRole('row', { name: /Netzwerkpartner/ })
        .locator('td')
        .allTextContents(),
    ).toEqual(['12', '10', 'geändert']);
    await expectNoAxeViolations(p, 'report against last year');
    expect(pErrors).toEqual([]);
    await p.context().close();
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
