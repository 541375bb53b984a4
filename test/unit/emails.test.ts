import { render } from '@react-email/render';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  berlinDate,
  daysUntil,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthRange,
} from '../../emails/_components/format';
import { MINISTRY } from '../../emails/_components/layout';
import { PLAIN_TEXT_OPTIONS } from '../../emails/_components/render';
import { AccessionConfirmed } from '../../emails/accession-confirmed';
import { AccessionReturned } from '../../emails/accession-returned';
import { Handover } from '../../emails/handover';
import { makeMailTemplates, type RenderedEmail, type SubmissionConfirmationProps } from '../../emails/index';
import { Invitation } from '../../emails/invitation';
import { MagsNotification } from '../../emails/mags-notification';
import { MissingSummary } from '../../emails/missing-summary';
import { RecordsLink } from '../../emails/records-link';
import { Reminder } from '../../emails/reminder';
import { SelfAssessmentConfirmation } from '../../emails/self-assessment-confirmation';
import { SubmissionConfirmation } from '../../emails/submission-confirmation';
import { AccessionAnswers, type Massnahme } from '../../functions/questionnaire/accession-form';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';

const {
  renderAccessionConfirmed,
  renderAccessionReturned,
  renderHandover,
  renderInvitation,
  renderMagsNotification,
  renderMissingSummary,
  renderRecordsLink,
  renderReminder,
  renderSelfAssessmentConfirmation,
  renderSubmissionConfirmation,
} = makeMailTemplates({ appBaseUrl: 'https://inklusion.example.org' });

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const ATTR = 'x" onmouseover="alert(1)';

const all: [string, () => Promise<RenderedEmail>][] = [
  ['invitation', () => renderInvitation(Invitation.PreviewProps)],
  ['submission confirmation', () => renderSubmissionConfirmation(SubmissionConfirmation.PreviewProps)],
  ['MAGS notification', () => renderMagsNotification(MagsNotification.PreviewProps)],
  ['accession confirmed', () => renderAccessionConfirmed(AccessionConfirmed.PreviewProps)],
  ['accession returned', () => renderAccessionReturned(AccessionReturned.PreviewProps)],
  ['handover', () => renderHandover(Handover.PreviewProps)],
  ['reminder', () => renderReminder(Reminder.PreviewProps)],
  ['missing summary', () => renderMissingSummary(MissingSummary.PreviewProps)],
  ['records link', () => renderRecordsLink(RecordsLink.PreviewProps)],
  [
    'self-assessment confirmation',
    () => renderSelfAssessmentConfirmation(SelfAssessmentConfirmation.PreviewProps),
  ],
];

/** The raw markup an attacker hoped for must not appear; the escaped text must. */
const expectEscaped = (html: string) => {
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).not.toContain('" onmouseover=');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
};

describe('German formatting', () => {
  it('formats dates, datetimes and months in Europe/Berlin', () => {
    expect(formatDate('2027-03-31')).toBe('31. März 2027');
    expect(formatDate('2027-01-01')).toBe('1. Januar 2027');
    expect(formatDate('2027-12-31T23:30:00Z')).toBe('1. Januar 2028');
    expect(formatDateTime('2027-03-14T09:30:00Z')).toBe('14. März 2027, 10:30 Uhr');
    expect(formatDateTime('2027-07-01T22:30:00Z')).toBe('2. Juli 2027, 00:30 Uhr');
    expect(formatDateTime('2027-03-14')).toBe('14. März 2027');
    expect(formatMonth('2027-03')).toBe('03/2027');
    expect(formatMonthRange('2027-03', '2027-12')).toBe('03/2027 bis 12/2027');
    expect(formatMonthRange('2027-03', '2027-03')).toBe('03/2027');
  });

  it('counts whole Berlin calendar days, across the daylight-saving changes', () => {
    expect(berlinDate('2027-03-27T23:30:00Z')).toBe('2027-03-28'); // 00:30 CET
    expect(berlinDate('2027-07-01T22:30:00Z')).toBe('2027-07-02'); // 00:30 CEST
    expect(berlinDate('2027-03-31')).toBe('2027-03-31');
    expect(berlinDate('bald')).toBeUndefined();
    // spring forward on 28 March 2027: the 23-hour day counts as one day
    expect(daysUntil('2027-03-31', '2027-03-27T23:30:00Z')).toBe(3);
    expect(daysUntil('2027-03-29', '2027-03-27T23:30:00Z')).toBe(1);
    // fall back on 31 October 2027: the 25-hour day counts as one day
    expect(daysUntil('2027-11-01', '2027-10-30T22:30:00Z')).toBe(1);
    expect(daysUntil('2027-11-01', '2027-10-31T23:30:00Z')).toBe(0);
    expect(daysUntil('2027-03-31', '2027-04-03T08:00:00Z')).toBe(-3);
    expect(daysUntil('2027-03-31', 'bald')).toBeUndefined();
  });

  it('returns unparseable input unchanged instead of "Invalid Date"', () => {
    expect(formatDate('bald')).toBe('bald');
    expect(formatDateTime('bald')).toBe('bald');
    expect(formatMonth('2027-13')).toBe('2027-13');
  });
});

describe.each(all)('%s', (_name, renderPreview) => {
  it('renders its PreviewProps to HTML and plain text', async () => {
    const mail = await renderPreview();
    expect(mail.subject.length).toBeGreaterThan(10);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toContain('lang="de"');
    expect(mail.html).toMatch(/<h1[ >]/);
    expect(mail.html).toContain(MINISTRY);
    expect(mail.html).not.toContain('Invalid Date');
    expect(mail.text).toContain(MINISTRY);
    expect(mail.text).not.toMatch(/<[a-z]/i);
    expect(mail.text).not.toContain('Invalid Date');
  });
});

describe('invitation (Anlage A2)', () => {
  const props = Invitation.PreviewProps;

  it('uses the subject as given and states link, deadline, reply address and the six Handlungsfelder', async () => {
    const mail = await renderInvitation(props);
    expect(mail.subject).toBe(props.subject);
    expect(mail.text).toContain(props.formUrl);
    expect(mail.text).toContain('31. März 2027');
    expect(mail.text).toContain(props.replyTo);
    expect(mail.text).toContain(props.senderName);
    expect(mail.text).toMatch(/persönlich/);
    expect(mail.text).toMatch(/innerhalb Ihres Jobcenters/);
    for (const hf of HANDLUNGSFELDER) expect(mail.text).toContain(hf.titel);
    expect(mail.html).toContain(`href="${props.formUrl.replaceAll('&', '&amp;')}"`);
    expect(mail.html).toContain(`href="mailto:${props.replyTo}"`);
  });

  it('turns blank-line separated paragraphs of the letter into separate paragraphs', async () => {
    const mail = await renderInvitation({
      ...props,
      letterBody: 'Erster Absatz.\r\n\r\n  \nZweiter Absatz.\nZweite Zeile.\n\n\n',
    });
    expect(mail.html).toMatch(/<p[^>]*>Erster Absatz\.<\/p>/);
    expect(mail.html).toMatch(/<p[^>]*>Zweiter Absatz\.<br\/>Zweite Zeile\.<\/p>/);
    expect(mail.text).toContain('Erster Absatz.\n\nZweiter Absatz.\nZweite Zeile.');
  });

  it('escapes HTML in every user-provided string', async () => {
    const mail = await renderInvitation({
      ...props,
      jobcenterName: SCRIPT,
      campaignTitle: SCRIPT,
      subject: `${SCRIPT}\r\nBcc: someone@example.org`,
      letterBody: `Absatz mit ${IMG}\n\n${SCRIPT}`,
      senderName: IMG,
      replyTo: ATTR,
    });
    expectEscaped(mail.html);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toMatch(/<p[^>]*>Absatz mit &lt;img src=x onerror=alert\(1\)&gt;<\/p>/);
    expect(mail.subject).toBe(`${SCRIPT} Bcc: someone@example.org`);
    // the plain-text part is text: the characters are shown as typed
    expect(mail.text).toContain(IMG);
  });

  it('refuses links that are not web addresses', async () => {
    await expect(renderInvitation({ ...props, formUrl: 'javascript:alert(1)' })).rejects.toThrow(TypeError);
    await expect(renderInvitation({ ...props, formUrl: 'kein Link' })).rejects.toThrow(TypeError);
  });
});

describe('submission confirmation', () => {
  const props = SubmissionConfirmation.PreviewProps;

  it('has a preview declaration that satisfies the form schema', () => {
    expect(AccessionAnswers.safeParse(props.answers).success).toBe(true);
  });

  it('contains the receipt facts and the whole declaration', async () => {
    const mail = await renderSubmissionConfirmation(props);
    expect(mail.subject).toBe(
      'Eingangsbestätigung: Beitrittserklärung Jobcenter Düsseldorf (Nr. R-2027-0001)',
    );
    const { text } = mail;
    for (const fact of [
      props.receiptNumber,
      props.contentHash,
      'wählen Sie „Druckfassung der Erklärung öffnen“',
      '14. März 2027, 10:30 Uhr',
      'Fassung: 1',
      'Erika Mustermann',
      'Geschäftsführerin',
      'Agentur für Arbeit Düsseldorf',
      'Zustimmung durch Trägerversammlung am 20. Februar 2027',
      'Team Inklusion',
      'inklusion@jobcenter-duesseldorf.example.org (Funktionspostfach)',
      'Zwei von fünf Standorten sind nicht stufenlos erreichbar.',
      'Zeitraum: 04/2027 bis 12/2027',
      'Zeitraum: 06/2027',
      'Begehung gemeinsam mit der kommunalen Behindertenbeauftragten.',
      'Aus dem Maßnahmenkatalog: Inklusionstag',
      'Für dieses Handlungsfeld wurde keine Maßnahme angegeben.',
      '„NRW inklusiv“',
      'Ja – der Beitritt des Jobcenters darf öffentlich bekannt gegeben werden.',
      'Ort, Datum: Düsseldorf, 14. März 2027',
      // The sections are the form's pages, numbered as in the form's overview.
      '1. Jobcenter',
      '6. Maßnahmen je Handlungsfeld',
      '9. Unterzeichnung',
      'Telefonnummer: 0211 000000',
    ])
      expect(text).toContain(fact);
    // No print link: the print page opens only within the form's session (personal link).
    expect(text).not.toContain('/formular/erklaerung');
    for (const hf of HANDLUNGSFELDER) {
      // once for the baseline, once for the measures
      expect(text.split(`Handlungsfeld ${hf.nummer}: ${hf.titel}`).length - 1).toBe(2);
    }
    // measures are grouped by Handlungsfeld in its order, not in input order
    expect(text.indexOf('Erster Düsseldorfer Inklusionstag')).toBeGreaterThan(
      text.indexOf('Reha-Fachkraft in der Arbeitgeberansprache'),
    );
  });

  it('says "Nein" when the Jobcenter does not want to be listed', async () => {
    const mail = await renderSubmissionConfirmation({
      ...props,
      answers: { ...props.answers, veroeffentlichung: false },
    });
    expect(mail.text).toContain('Nein – der Beitritt des Jobcenters wird nicht öffentlich bekannt gegeben.');
  });

  it('escapes HTML in the declaration', async () => {
    const a = props.answers;
    const mail = await renderSubmissionConfirmation({
      ...props,
      jobcenterName: SCRIPT,
      receiptNumber: SCRIPT,
      answers: {
        ...a,
        geschaeftsfuehrung: { name: SCRIPT, funktion: IMG },
        traegerZustimmungen: a.traegerZustimmungen.map((t) => ({ ...t, traeger: SCRIPT, gremium: IMG })),
        inklusionsKontakt: { ...a.inklusionsKontakt, bezeichnung: SCRIPT, email: ATTR, telefon: IMG },
        ausgangslage: { ...a.ausgangslage, hf1: `${SCRIPT}\n\n${IMG}` },
        massnahmen: a.massnahmen.map((m) => ({ ...m, titel: SCRIPT, beschreibung: IMG })),
        unterzeichnung: { ...a.unterzeichnung, name: SCRIPT, ort: IMG },
      },
    });
    expectEscaped(mail.html);
    expect(mail.subject).toContain(SCRIPT);
  });

  it('gives the same plain text as render(el, { plainText: true })', async () => {
    const mail = await renderSubmissionConfirmation(props);
    const text = await render(createElement(SubmissionConfirmation, props), {
      plainText: true,
      htmlToTextOptions: PLAIN_TEXT_OPTIONS,
    });
    expect(mail.text).toBe(text);
  });

  it('renders the largest declaration the form allows (timing printed, not asserted)', async () => {
    const hfIds = HANDLUNGSFELDER.map((hf) => hf.id) as HandlungsfeldId[];
    const long = 'Lange Ausgangslage mit Umlauten äöüß. '.repeat(52).slice(0, 2000);
    const massnahmen: Massnahme[] = Array.from({ length: 60 }, (_, i) => ({
      id: `m-bench-${String(i).padStart(4, '0')}`,
      handlungsfeld: hfIds[i % 6] as HandlungsfeldId,
      titel: `Maßnahme Nummer ${i + 1} mit einem ausführlichen Titel`.padEnd(200, '.'),
      beschreibung: 'Beschreibung. '.repeat(70).slice(0, 1000),
      beginn: '2027-01',
      ende: '2028-12',
    }));
    const big: SubmissionConfirmationProps = {
      ...props,
      answers: {
        ...props.answers,
        ausgangslage: { hf1: long, hf2: long, hf3: long, hf4: long, hf5: long, hf6: long },
        massnahmen,
      },
    };
    expect(AccessionAnswers.safeParse(big.answers).success).toBe(true);

    await renderSubmissionConfirmation(props); // warm-up: loads react-dom/server
    const t0 = performance.now();
    const preview = await renderSubmissionConfirmation(props);
    const t1 = performance.now();
    const mail = await renderSubmissionConfirmation(big);
    const t2 = performance.now();
    console.log(
      `confirmation render (HTML + text): preview ${(t1 - t0).toFixed(1)} ms (${preview.html.length} B HTML), ` +
        `60 measures ${(t2 - t1).toFixed(1)} ms (${mail.html.length} B HTML, ${mail.text.length} chars text)`,
    );
    expect(mail.text.split('Zeitraum: 01/2027 bis 12/2028').length - 1).toBe(60);
  });
});

describe('MAGS notification', () => {
  it('names Jobcenter, version, time and review link', async () => {
    const props = MagsNotification.PreviewProps;
    const mail = await renderMagsNotification(props);
    expect(mail.subject).toBe('Überarbeitete Beitrittserklärung: Jobcenter Düsseldorf (Fassung 2)');
    expect(mail.text).toContain('14. März 2027, 10:30 Uhr');
    expect(mail.text).toContain('überarbeitete Fassung');
    expect(mail.text).toContain(props.reviewUrl);
    const first = await renderMagsNotification({ ...props, version: 1 });
    expect(first.subject).toBe('Neue Beitrittserklärung: Jobcenter Düsseldorf');
    expect(first.text).not.toContain('überarbeitete Fassung');
  });

  it('escapes HTML', async () => {
    const mail = await renderMagsNotification({
      ...MagsNotification.PreviewProps,
      jobcenterName: SCRIPT,
      campaignTitle: IMG,
    });
    expectEscaped(mail.html);
  });
});

describe('accession confirmed', () => {
  const props = AccessionConfirmed.PreviewProps;

  it('confirms membership in NRW inklusiv with the right to use the logo', async () => {
    const mail = await renderAccessionConfirmed(props);
    expect(mail.subject).toContain('Beitritt bestätigt');
    expect(mail.text).toContain('20. März 2027');
    expect(mail.text).toContain('„NRW inklusiv“');
    expect(mail.text).toMatch(/Logo/);
    expect(mail.text).toContain(props.publicListUrl);
    expect(mail.text).toContain('Wie von Ihnen gewünscht');
  });

  it('says so when the Jobcenter is not listed publicly', async () => {
    const mail = await renderAccessionConfirmed({ ...props, publicListing: false });
    expect(mail.text).toContain('Sie haben einer Veröffentlichung nicht zugestimmt.');
    expect(mail.text).not.toContain('Wie von Ihnen gewünscht');
  });

  it('escapes HTML', async () => {
    expectEscaped((await renderAccessionConfirmed({ ...props, jobcenterName: SCRIPT })).html);
  });
});

describe('accession returned', () => {
  const props = AccessionReturned.PreviewProps;

  it('quotes the comment paragraph by paragraph and links the form', async () => {
    const mail = await renderAccessionReturned(props);
    expect(mail.subject).toBe('Rückfrage zu Ihrer Beitrittserklärung: Jobcenter Düsseldorf');
    const [first, second] = props.comment.split('\n\n');
    expect(mail.html).toMatch(new RegExp(`<p[^>]*>${first}</p>`));
    expect(mail.html).toMatch(new RegExp(`<p[^>]*>${second}</p>`));
    expect(mail.text).toContain(props.formUrl);
  });

  it('escapes HTML', async () => {
    const mail = await renderAccessionReturned({
      ...props,
      jobcenterName: SCRIPT,
      comment: `${IMG}\n\n${SCRIPT}`,
    });
    expectEscaped(mail.html);
  });
});

describe('handover', () => {
  const props = Handover.PreviewProps;

  it('names both colleagues, the deadline and the personal link', async () => {
    const mail = await renderHandover(props);
    expect(mail.subject).toBe('Beitrittserklärung an Sie übergeben: Jobcenter Düsseldorf');
    expect(mail.text).toContain('Guten Tag Max Beispiel,');
    expect(mail.text).toContain('Erika Mustermann hat Ihnen die Bearbeitung');
    expect(mail.text).toContain('Frist: 31. März 2027');
    expect(mail.text).toContain(props.formUrl);
    expect(mail.text).toMatch(/nur innerhalb Ihres Jobcenters/);
  });

  it('escapes HTML', async () => {
    const mail = await renderHandover({ ...props, jobcenterName: SCRIPT, fromName: IMG, toName: SCRIPT });
    expectEscaped(mail.html);
  });
});

describe('reminder', () => {
  const props = Reminder.PreviewProps; // deadline 31 March 2027
  const at = async (now: string) => renderReminder({ ...props, now });
  const timeSentence = (text: string) => text.split('\n').find((line) => line.startsWith('Die Frist')) ?? '';

  it('names the real deadline and the days left before it', async () => {
    const mail = await at('2027-03-17T08:00:00Z');
    expect(mail.subject).toBe('Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist 31. März 2027');
    expect(timeSentence(mail.text)).toBe('Die Frist endet am 31. März 2027. Sie haben noch 14 Tage Zeit.');
    expect(mail.html).toContain('<strong>31. März 2027</strong>');
    // 23:59 Berlin summer time on 30 March is still the day before the deadline
    expect(timeSentence((await at('2027-03-30T21:59:00Z')).text)).toContain('Sie haben noch 1 Tag Zeit.');
  });

  it('says "heute" on the day of the deadline, Berlin time from midnight to midnight', async () => {
    for (const now of ['2027-03-30T22:00:00Z', '2027-03-31T08:00:00Z', '2027-03-31T21:59:59Z']) {
      const mail = await at(now);
      expect(mail.subject).toBe(
        'Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist 31. März 2027',
      );
      expect(timeSentence(mail.text)).toContain('Die Frist endet heute, am 31. März 2027.');
      expect(mail.text).not.toMatch(/noch \d+ Tag/);
    }
  });

  it('says how long the deadline has passed and that submitting is still possible', async () => {
    const mail = await at('2027-04-03T08:00:00Z');
    expect(mail.subject).toBe(
      'Erinnerung: Beitritt zur Rahmenvereinbarung Inklusion – Frist abgelaufen am 31. März 2027',
    );
    expect(timeSentence(mail.text)).toContain(
      'Die Frist endete am 31. März 2027 und ist seit 3 Tagen abgelaufen – eine Abgabe ist weiterhin möglich.',
    );
    // one minute after midnight Berlin time (22:01 UTC in summer time)
    const next = await at('2027-03-31T22:01:00Z');
    expect(next.subject).toContain('Frist abgelaufen am 31. März 2027');
    expect(timeSentence(next.text)).toContain('seit 1 Tag abgelaufen');
  });

  it('counts Berlin calendar days across the daylight-saving changes', async () => {
    // 27 March 2027, 23:30 UTC is 28 March, 00:30 in Berlin; the clocks go forward that night
    expect(timeSentence((await at('2027-03-27T23:30:00Z')).text)).toContain('Sie haben noch 3 Tage Zeit.');
    // 30 October 2027, 22:30 UTC is 31 October, 00:30 summer time; the clocks go back that night
    const autumn = { ...props, deadline: '2027-11-01' };
    const before = await renderReminder({ ...autumn, now: '2027-10-30T22:30:00Z' });
    expect(timeSentence(before.text)).toContain('Sie haben noch 1 Tag Zeit.');
    const on = await renderReminder({ ...autumn, now: '2027-10-31T23:30:00Z' });
    expect(timeSentence(on.text)).toContain('Die Frist endet heute, am 1. November 2027.');
  });

  it('still states the deadline when the sending time cannot be read', async () => {
    const mail = await at('bald');
    expect(timeSentence(mail.text)).toBe('Die Frist endet am 31. März 2027.');
    expect(mail.text).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  it('words a saved draft differently from a form not yet begun', async () => {
    const draft = await renderReminder({ ...props, wording: 'draft' });
    const notStarted = await renderReminder({ ...props, wording: 'not-started' });
    expect(draft.text).toContain(
      'Sie haben bereits Angaben gespeichert, aber noch nicht abgegeben – Ihre Angaben bleiben erhalten',
    );
    expect(draft.text).not.toContain('noch nicht geöffnet');
    expect(notStarted.text).toContain('Sie haben das Formular noch nicht geöffnet');
    expect(notStarted.text).not.toContain('bereits Angaben gespeichert');
  });

  it('addresses the deputy only when toDeputy is set', async () => {
    const main = await renderReminder({ ...props, toDeputy: false });
    const deputy = await renderReminder({ ...props, toDeputy: true });
    expect(main.text).not.toMatch(/Vertretung/);
    expect(main.text).toContain('An das Jobcenter Düsseldorf');
    expect(deputy.text).toContain('An die Vertretung der Ansprechperson im Jobcenter Düsseldorf');
    expect(deputy.text).toContain('Sie erhalten diese Erinnerung als Vertretung');
    expect(deputy.text).toMatch(/Hauptansprechperson .* nicht erreichen oder sie hat .* nicht geantwortet/);
    expect(deputy.text).toContain(
      'Bitte sorgen Sie dafür, dass die Erklärung Ihres Jobcenters abgegeben wird.',
    );
  });

  it('writes out the personal link of the invitation and how to get a new one', async () => {
    const mail = await renderReminder(props);
    expect(mail.text).toContain(`Direkter Link: ${props.formUrl}`);
    expect(mail.text).toContain('derselbe persönliche Link des Jobcenters Düsseldorf wie in der Einladung');
    expect(mail.text).toMatch(/neuen Link benötigen, antworten Sie bitte auf diese\s+E-Mail/);
    expect(mail.text).toContain(props.replyTo);
    expect(mail.text).toContain(props.senderName);
    expect(mail.html).toContain(`href="${props.formUrl.replaceAll('&', '&amp;')}"`);
    expect(mail.html).toContain(`href="mailto:${props.replyTo}"`);
  });

  it('escapes HTML', async () => {
    const mail = await renderReminder({
      ...props,
      toDeputy: true,
      jobcenterName: SCRIPT,
      campaignTitle: `${IMG}\r\nBcc: someone@example.org`,
      senderName: SCRIPT,
      replyTo: ATTR,
    });
    expectEscaped(mail.html);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(`An die Vertretung der Ansprechperson im Jobcenter ${SCRIPT}`);
  });

  it('refuses links that are not web addresses', async () => {
    await expect(renderReminder({ ...props, formUrl: 'javascript:alert(1)' })).rejects.toThrow(TypeError);
  });
});

describe('missing summary', () => {
  const props = MissingSummary.PreviewProps;

  it('counts the missing Jobcenters and lists each on one line with status, reminders and bounce', async () => {
    const mail = await renderMissingSummary(props);
    expect(mail.subject).toBe(
      'Frist abgelaufen: Beitritt zur Rahmenvereinbarung Inklusion – 3 Jobcenter fehlen',
    );
    expect(mail.text).toContain('ist am 31. März 2027 abgelaufen');
    expect(mail.text).toContain('Jobcenter insgesamt: 53');
    expect(mail.text).toContain('Abgegeben: 50');
    expect(mail.text).toContain('Fehlend: 3');
    const lines = mail.text.split('\n');
    for (const m of props.missing) {
      const row = lines.filter((line) => line.startsWith(m.jobcenterName));
      expect(row).toHaveLength(1);
      expect(row[0]).toMatch(
        new RegExp(`^${m.jobcenterName}\\s+${m.status}\\s+${m.remindersSent}\\s+(Adresse unzustellbar|–)$`),
      );
      expect(row[0]?.includes('Adresse unzustellbar')).toBe(m.undeliverable);
    }
    expect(mail.text).toContain(props.campaignUrl);
    expect(mail.html).toContain(`href="${props.campaignUrl}"`);
  });

  it('uses a data table with header cells in HTML', async () => {
    const { html } = await renderMissingSummary(props);
    for (const header of ['Jobcenter', 'Status', 'Erinnerungen', 'Zustellung'])
      expect(html).toMatch(new RegExp(`<th scope="col"[^>]*>${header}</th>`));
    for (const m of props.missing)
      expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>${m.jobcenterName}</th>`));
    const start = html.indexOf('data-text-format="dataTable"');
    const table = html.slice(start, html.indexOf('</table>', start));
    expect(table.split('<tr').length - 1).toBe(props.missing.length + 1);
  });

  it('lists every one of many missing Jobcenters', async () => {
    const missing = Array.from({ length: 53 }, (_, i) => ({
      jobcenterName: `Jobcenter Nummer ${String(i + 1).padStart(2, '0')} mit einem recht langen Namen`,
      status: i % 2 ? 'Entwurf gespeichert' : 'Nicht geöffnet',
      remindersSent: i % 5,
      undeliverable: i % 7 === 0,
    }));
    const mail = await renderMissingSummary({ ...props, total: 53, answered: 0, missing });
    expect(mail.subject).toContain('53 Jobcenter fehlen');
    const lines = mail.text.split('\n');
    for (const m of missing) expect(lines.filter((line) => line.startsWith(m.jobcenterName))).toHaveLength(1);
    expect(lines.filter((line) => line.endsWith('Adresse unzustellbar'))).toHaveLength(8);
  });

  it('words one or no missing Jobcenter correctly', async () => {
    const one = await renderMissingSummary({ ...props, answered: 52, missing: props.missing.slice(0, 1) });
    expect(one.subject).toBe(
      'Frist abgelaufen: Beitritt zur Rahmenvereinbarung Inklusion – 1 Jobcenter fehlt',
    );
    expect(one.text).toContain('Ein Jobcenter hat noch keine Erklärung abgegeben.');
    const none = await renderMissingSummary({ ...props, answered: 53, missing: [] });
    expect(none.subject).toContain('kein Jobcenter fehlt');
    expect(none.html).not.toContain('<table style');
  });

  it('escapes HTML', async () => {
    const mail = await renderMissingSummary({
      ...props,
      campaignTitle: IMG,
      missing: [{ jobcenterName: SCRIPT, status: ATTR, remindersSent: 1, undeliverable: true }],
    });
    expectEscaped(mail.html);
    expect(mail.text).toContain(SCRIPT);
  });
});

describe('self-assessment e-mails', () => {
  it('invitation, hand-over and reminder name the self-assessment, not the accession', async () => {
    const invitation = await renderInvitation({
      ...Invitation.PreviewProps,
      kind: 'selbstbewertung',
      fragebogen: 'sb-2027',
    });
    expect(invitation.text).toContain('Ihre Selbstbewertung');
    expect(invitation.text).toContain(
      'Ihre Angaben aus dem Beitritt und dem Vorjahr sind bereits eingetragen',
    );
    // The first year has no previous year: its invitation does not promise last year's answers.
    for (const fragebogen of ['sb-2026', undefined]) {
      const first = await renderInvitation({
        ...Invitation.PreviewProps,
        kind: 'selbstbewertung',
        fragebogen,
      });
      expect(first.text).toContain('die Maßnahmen aus Ihrer Beitrittserklärung sind bereits eingetragen');
      expect(first.text).not.toContain('Vorjahr');
    }
    expect(invitation.text).not.toContain('Beitrittserklärung');
    const handover = await renderHandover({ ...Handover.PreviewProps, kind: 'selbstbewertung' });
    expect(handover.subject).toBe('Selbstbewertung an Sie übergeben: Jobcenter Düsseldorf');
    expect(handover.text).not.toContain('Beitrittserklärung');
    const reminder = await renderReminder({ ...Reminder.PreviewProps, kind: 'selbstbewertung' });
    expect(reminder.text).toContain('an die Selbstbewertung des Jobcenters');
    expect(reminder.text).not.toContain('Erklärung');
  });

  it('the receipt lists every Handlungsfeld with rating, measures and the change against last year', async () => {
    const props = SelfAssessmentConfirmation.PreviewProps;
    const first = await renderSelfAssessmentConfirmation(props);
    expect(first.subject).toBe(
      'Eingangsbestätigung: Selbstbewertung 2026 Jobcenter Düsseldorf (Nr. SB-2026-DUESSELDORF-1)',
    );
    for (const hf of HANDLUNGSFELDER) expect(first.text).toContain(`Handlungsfeld ${hf.nummer}: ${hf.titel}`);
    expect(first.text).not.toMatch(/Vorjahr:|\(unverändert\)/);
    // The e-mail names the report link with the words the form's link has.
    expect(first.text).toContain('wählen Sie „Bericht zur Selbstbewertung öffnen“');
    const hf2 = props.answers.abschnitte.hf2;
    const next = await renderSelfAssessmentConfirmation({
      ...props,
      previous: props.answers,
      answers: {
        ...props.answers,
        abschnitte: { ...props.answers.abschnitte, hf2: { ...hf2, bewertung: 4 } },
      },
    });
    expect(next.text).toContain('4 – Weit fortgeschritten (Vorjahr: 2 – Erste Schritte)');
    expect(next.text).toContain('umgesetzt (unverändert)');
  });

  it('shows period, target group and funding of a 2027 new measure, only where given', async () => {
    const props = SelfAssessmentConfirmation.PreviewProps;
    const section = (hf: HandlungsfeldId) => ({
      ...props.answers.abschnitte[hf],
      neueMassnahmen:
        hf === 'hf2'
          ? [
              {
                id: 'neu-lotsen-2027',
                titel: 'Inklusionslotsen',
                status: 'geplant' as const,
                beginn: '2027-01',
                ende: '2027-12',
                zielgruppe: `Junge Menschen unter 25 ${SCRIPT}`,
                mittelEuro: 12000,
                mittelHerkunft: 'ESF Plus',
              },
              {
                id: 'neu-beratung-2027',
                titel: 'Beratung ohne Mittel',
                status: 'geplant' as const,
                beginn: '2027-03',
                ende: '2027-03',
                zielgruppe: 'Rehabilitanden',
              },
            ]
          : [],
    });
    const mail = await renderSelfAssessmentConfirmation({
      ...props,
      campaignTitle: 'Selbstbewertung 2027',
      answers: {
        ...props.answers,
        fragebogen: 'sb-2027',
        abschnitte: Object.fromEntries(
          HANDLUNGSFELDER.map((hf) => [hf.id, section(hf.id)]),
        ) as typeof props.answers.abschnitte,
      },
    });
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain('Zeitraum: 01/2027 bis 12/2027');
    expect(text).toContain(`Zielgruppe: Junge Menschen unter 25 ${SCRIPT}`);
    expect(text).toContain('Mittel: 12.000 € (ESF Plus)');
    expect(text).toContain('Zeitraum: 03/2027, Zielgruppe: Rehabilitanden');
    expect(text.split('Mittel:').length - 1).toBe(1);
    expect(mail.html).toContain('12.000 € (ESF Plus)');
    expectEscaped(mail.html);
    // 2026 asked none of it: no details at all.
    expect((await renderSelfAssessmentConfirmation(props)).text).not.toMatch(/Zeitraum|Zielgruppe|Mittel:/);
  });

  it('escapes HTML in answers', async () => {
    const props = SelfAssessmentConfirmation.PreviewProps;
    const mail = await renderSelfAssessmentConfirmation({
      ...props,
      jobcenterName: SCRIPT,
      answers: {
        ...props.answers,
        abschnitte: {
          ...props.answers.abschnitte,
          hf1: { ...props.answers.abschnitte.hf1, antworten: { umgesetzt: IMG, geplant: ATTR } },
        },
      },
    });
    expectEscaped(mail.html);
  });
});
