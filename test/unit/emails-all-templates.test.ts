import { describe, expect, it } from 'vitest';
import { MINISTRY } from '../../emails/_components/layout';
import { AccessionConfirmed } from '../../emails/accession-confirmed';
import { AccessionReturned } from '../../emails/accession-returned';
import { Handover } from '../../emails/handover';
import type { RenderedEmail } from '../../emails/index';
import { Invitation } from '../../emails/invitation';
import { MagsNotification } from '../../emails/mags-notification';
import { MissingSummary } from '../../emails/missing-summary';
import { RecordsLink } from '../../emails/records-link';
import { Reminder } from '../../emails/reminder';
import { SelfAssessmentConfirmation } from '../../emails/self-assessment-confirmation';
import { SubmissionConfirmation } from '../../emails/submission-confirmation';
import {
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
} from './email-support';

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
