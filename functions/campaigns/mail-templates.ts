/**
 * The e-mail renderers the use cases need, as a port: production passes `makeMailTemplates` of
 * `emails/index.ts` (which adds the privacy link to every message), tests may pass the same or
 * simpler renderers. Props types come from the templates.
 */
import type { MailRenderers } from '../../emails/index';
import type { Campaign } from './campaign';

export type RenderedMail = { subject: string; html: string; text: string };
export type MailTemplates = Pick<
  MailRenderers,
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
  | 'renderConsentLink'
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
