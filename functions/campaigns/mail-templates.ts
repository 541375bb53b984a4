/**
 * The e-mail renderers the use cases need, as a port: production passes `emails/index.ts`,
 * tests may pass the same or simpler renderers. Props types come from the templates.
 */
import type * as templates from '../../emails/index';
import type { Campaign } from './campaign';

export type RenderedMail = { subject: string; html: string; text: string };
export type MailTemplates = Pick<
  typeof templates,
  | 'renderInvitation'
  | 'renderSubmissionConfirmation'
  | 'renderSelfAssessmentConfirmation'
  | 'renderMagsNotification'
  | 'renderAccessionConfirmed'
  | 'renderAccessionReturned'
  | 'renderHandover'
  | 'renderReminder'
  | 'renderMissingSummary'
  | 'renderFeedback'
  | 'renderRecordsLink'
>;

/** The invitation's props for a campaign and Jobcenter: one place for launch, preview and re-sends. */
export const invitationProps = (
  campaign: Pick<
    Campaign,
    'kind' | 'title' | 'letter' | 'deadline' | 'senderName' | 'replyTo' | 'fragebogen'
  >,
  jobcenterName: string,
  formUrl: string,
) => ({
  kind: campaign.kind,
  ...(campaign.fragebogen ? { fragebogen: campaign.fragebogen } : {}),
  jobcenterName,
  campaignTitle: campaign.title,
  subject: campaign.letter.subject,
  letterBody: campaign.letter.body,
  deadline: campaign.deadline,
  formUrl,
  senderName: campaign.senderName,
  replyTo: campaign.replyTo,
});
