import { describe, expect, it } from 'vitest';
import { Handover } from '../../emails/handover';
import { Invitation } from '../../emails/invitation';
import { Reminder } from '../../emails/reminder';
import { SelfAssessmentConfirmation } from '../../emails/self-assessment-confirmation';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';
import {
  ATTR,
  expectEscaped,
  IMG,
  renderHandover,
  renderInvitation,
  renderReminder,
  renderSelfAssessmentConfirmation,
  SCRIPT,
} from './email-support';

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
