import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelfAssessmentDraft } from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { completeSelfAssessment } from '../fixtures';
import {
  type BrowserEnv,
  callApiOk,
  expectNoAxeViolations,
  focused,
  launchCampaign,
  personalLink,
  tabTo,
  watchPageErrors,
} from './helpers';
import { field, SB, startSelfAssessmentEnv } from './self-assessment-setup';

/**
 * Bonn's self-assessment in the browser (demo accessions: measures in HF 2 and 6 only): two tabs
 * saving at the same time keep both changes, and the next year shows last year beside each answer.
 */
describe('self-assessment (Jobcenter)', () => {
  let env: BrowserEnv;
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

  beforeAll(async () => {
    ({ env, subject } = await startSelfAssessmentEnv());
  });
  afterAll(async () => {
    await env?.stop();
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
});
