/**
 * The e-mail renderers the use cases need, as a port: production passes `emails/index.ts`,
 * tests may pass the same or simpler renderers. Props types come from the templates.
 */
import type * as templates from '../../emails/index';

export type RenderedMail = { subject: string; html: string; text: string };
export type MailTemplates = Pick<
  typeof templates,
  | 'renderInvitation'
  | 'renderSubmissionConfirmation'
  | 'renderMagsNotification'
  | 'renderAccessionConfirmed'
  | 'renderAccessionReturned'
  | 'renderHandover'
  | 'renderReminder'
  | 'renderMissingSummary'
>;
