import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAccessionFormEnv } from './accession-form-setup';
import {
  type BrowserEnv,
  callApi,
  expectNoAxeViolations,
  focused,
  isoDay,
  logIn,
  openPage,
  personalLink,
  watchPageErrors,
} from './helpers';

/**
 * The accession form beyond the first submission, in the browser against the whole local system:
 * two people saving at once, a declaration returned by MAGS and submitted again as a new version,
 * an invalid link, and "Abmelden".
 */
describe('accession form (Jobcenter)', () => {
  let env: BrowserEnv;
  let campaignId: string;
  let subject: string;

  beforeAll(async () => {
    ({ env, campaignId, subject } = await startAccessionFormEnv());
  });
  afterAll(async () => {
    await env?.stop();
  });

  it('merges what someone else saved in between; asks only about a field changed on both sides', async () => {
    const kleve = await personalLink(env, 'kreis-kleve', subject);
    const [first, second] = [await env.newPage(), await env.newPage()];
    for (const p of [first, second]) {
      await p.goto(kleve);
      await p.getByRole('button', { name: 'Formular öffnen' }).click();
      await p.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
      await p.goto(`${env.app}/formular/schritt/geschaeftsfuehrung`);
      await p.locator('#weiter').waitFor();
    }
    await first.locator('#f-geschaeftsfuehrung-name').fill('Anna Erste');
    await first.getByText(/^Gespeichert um/).waitFor();
    // The same field in both tabs (and another one here): only that field is asked about.
    await second.locator('#f-geschaeftsfuehrung-name').fill('Berta Zweite');
    await second.locator('#f-geschaeftsfuehrung-funktion').fill('Vorstand');
    const conflict = second.getByRole('region', { name: 'Das Formular wurde an anderer Stelle geändert' });
    await conflict.waitFor();
    expect((await focused(second)).id).toBe('konflikt-titel');
    expect(await conflict.getByRole('group').count()).toBe(1);
    const choice = conflict.getByRole('group', { name: 'Geschäftsführung, Name' });
    expect(await choice.locator('.hint').allTextContents()).toEqual(['Berta Zweite', 'Anna Erste']);
    await expectNoAxeViolations(second, 'conflict');
    await choice.getByRole('radio', { name: 'Gespeicherte Fassung' }).check();
    await conflict.getByRole('button', { name: 'Auswahl übernehmen und speichern' }).click();
    await expect.poll(() => second.locator('#f-geschaeftsfuehrung-name').inputValue()).toBe('Anna Erste');
    expect(await conflict.count()).toBe(0);
    expect(await second.locator('#f-geschaeftsfuehrung-funktion').inputValue()).toBe('Vorstand');
    await second.getByText(/^Gespeichert um/).waitFor();
    // Autosave goes on from the merged version; the first tab's next change is merged without a question.
    await first.locator('#f-geschaeftsfuehrung-name').fill('Anna Erste-Neu');
    await first
      .getByRole('status')
      .getByText(/beide Änderungen wurden übernommen/)
      .waitFor();
    await first.reload();
    await expect.poll(() => first.locator('#f-geschaeftsfuehrung-funktion').inputValue()).toBe('Vorstand');
    expect(await first.locator('#f-geschaeftsfuehrung-name').inputValue()).toBe('Anna Erste-Neu');
    await first.context().close();
    await second.context().close();
  });

  it('shows MAGS comment on a returned declaration; changes are submitted as a new version', async () => {
    // Kreis Kleve (zkT, one Träger) submits through the API; MAGS returns it in the browser.
    const token = /#t=(.+)$/.exec(await personalLink(env, 'kreis-kleve', subject))?.[1] ?? '';
    const call = async (path: string, init: { method?: string; body?: unknown; bearer?: string } = {}) =>
      (await callApi(env, init.method ?? 'GET', path, init.bearer, init.body)).body;
    const { sessionToken } = (await call('/api/form/session', { method: 'POST', body: { token } })) as {
      sessionToken: string;
    };
    const form = (await call('/api/form', { bearer: sessionToken })) as { draft: { version: number } | null };
    const day = isoDay(-1);
    const saved = (await call('/api/form/draft', {
      method: 'PUT',
      bearer: sessionToken,
      body: {
        version: form.draft?.version ?? 0,
        answers: {
          geschaeftsfuehrung: { name: 'Klaus Kleve', funktion: 'Vorstand' },
          traegerZustimmungen: [{ kind: 'kommune', traeger: 'Kreis Kleve', zugestimmtAm: day }],
          inklusionsKontakt: {
            bezeichnung: 'Inklusion',
            email: 'inklusion@kleve.example.org',
            istFunktionspostfach: true,
          },
          ausgangslage: { hf1: 'a', hf2: 'b', hf3: 'c', hf4: 'd', hf5: 'e', hf6: 'f' },
          massnahmen: [
            {
              id: 'm-kleve-0001',
              handlungsfeld: 'hf1',
              titel: 'Aktionsplan',
              beginn: '2027-01',
              ende: '2027-06',
            },
          ],
          nrwInklusiv: true,
          veroeffentlichung: false,
          unterzeichnung: { name: 'Klaus Kleve', ort: 'Kleve', datum: day },
        },
      },
    })) as { version: number };
    await call('/api/form/submit', {
      method: 'POST',
      bearer: sessionToken,
      body: { draftVersion: saved.version },
    });

    const staff = await env.newPage();
    await logIn(staff, env.app, env.staff);
    await staff.goto(`${env.app}/verwaltung/kampagnen/${campaignId}/jobcenter/kreis-kleve`);
    await staff.getByRole('button', { name: 'Zurückgeben' }).click();
    expect((await focused(staff)).id).toBe('r-kommentar');
    await staff.keyboard.type('Bitte ergänzen Sie Handlungsfeld 2. <i>Danke</i>');
    await staff.getByRole('button', { name: 'Zurückgeben' }).click();
    await staff.getByText(/wurde an das Jobcenter Kreis Kleve zurückgegeben/).waitFor();
    await expect.poll(() => staff.locator('.summary-list .tag').first().textContent()).toBe('zurückgegeben');

    const jobcenter = await env.newPage();
    await jobcenter.goto(`${env.app}/formular#t=${token}`);
    await jobcenter.getByRole('button', { name: 'Formular öffnen' }).click();
    await jobcenter
      .getByRole('heading', { level: 2, name: 'Das Ministerium hat Ihre Erklärung zurückgegeben' })
      .waitFor();
    await jobcenter.getByText('Bitte ergänzen Sie Handlungsfeld 2. <i>Danke</i>').waitFor();
    await expectNoAxeViolations(jobcenter, 'returned declaration');
    await jobcenter.getByRole('link', { name: 'Ausgangslage je Handlungsfeld' }).click();
    await jobcenter.locator('#f-ausgangslage-hf2').fill('Zwei von fünf Standorten sind barrierefrei.');
    await jobcenter.locator('#weiter').click();
    await jobcenter.goto(`${env.app}/formular/pruefen`);
    await jobcenter.getByRole('button', { name: 'Änderungen einreichen' }).click();
    await jobcenter.getByRole('heading', { level: 1, name: 'Beitrittserklärung abgegeben' }).waitFor();
    expect(await jobcenter.locator('.panel-number').textContent()).toMatch(/^BT-\d{4}-KREIS-KLEVE-2$/);

    await staff.reload();
    await staff.getByRole('heading', { level: 2, name: /^Fassung 2 vom .* \(neueste\)$/ }).waitFor();
    await staff.getByText('Zwei von fünf Standorten sind barrierefrei.').waitFor();
    await staff.getByText(/^Fassung 1 vom .*\(Eingangsnummer BT-\d{4}-KREIS-KLEVE-1\)$/).waitFor();
    await expectNoAxeViolations(staff, 'response page with two versions');
    await staff.context().close();
    await jobcenter.context().close();
  });

  it('explains how to get a new link when the link is invalid or expired', async () => {
    const stranger = await env.newPage();
    const strangerErrors = watchPageErrors(stranger);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const fake = Array.from(crypto.getRandomValues(new Uint8Array(43)), (b) => alphabet[b % 64]).join('');
    await stranger.goto(`${env.app}/formular#t=${fake}`);
    await stranger.getByRole('button', { name: 'Formular öffnen' }).click();
    await stranger
      .getByRole('heading', { level: 1, name: 'Dieser Link funktioniert nicht (mehr)' })
      .waitFor();
    await stranger.getByRole('heading', { level: 2, name: 'So erhalten Sie einen neuen Link' }).waitFor();
    expect(await stranger.title()).toBe('Link ungültig – Rahmenvereinbarung Inklusion');
    expect(await stranger.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await expectNoAxeViolations(stranger, 'invalid link');
    expect(strangerErrors).toEqual([]);
  });

  it('"Abmelden" saves, ends the session on the server and says how to come back', async () => {
    const { page, errors } = await openPage(env);
    await page.goto(await personalLink(env, 'essen', subject));
    await page.getByRole('button', { name: 'Formular öffnen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Abschnitte' }).waitFor();
    const token = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('inklusion.formSession') ?? '{}').token,
    );
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sie haben sich abgemeldet' }).waitFor();
    expect(await page.title()).toBe('Abgemeldet – Rahmenvereinbarung Inklusion');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    await expectNoAxeViolations(page, 'logged out');
    const after = await fetch(`${env.app}/api/form`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
