import { render } from '@react-email/render';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_OPTIONS } from '../../emails/_components/render';
import { AccessionConfirmed } from '../../emails/accession-confirmed';
import { AccessionReturned } from '../../emails/accession-returned';
import { Handover } from '../../emails/handover';
import type { SubmissionConfirmationProps } from '../../emails/index';
import { Invitation } from '../../emails/invitation';
import { MagsNotification } from '../../emails/mags-notification';
import { SubmissionConfirmation } from '../../emails/submission-confirmation';
import { AccessionAnswers, type Massnahme } from '../../functions/questionnaire/accession-form';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';
import {
  ATTR,
  expectEscaped,
  IMG,
  renderAccessionConfirmed,
  renderAccessionReturned,
  renderHandover,
  renderInvitation,
  renderMagsNotification,
  renderSubmissionConfirmation,
  SCRIPT,
} from './email-support';

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
