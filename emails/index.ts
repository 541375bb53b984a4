import { createElement } from 'react';
import { type RenderedEmail, renderEmail } from './_components/render';
import {
  AccessionConfirmed,
  type AccessionConfirmedProps,
  accessionConfirmedSubject,
} from './accession-confirmed';
import {
  AccessionReturned,
  type AccessionReturnedProps,
  accessionReturnedSubject,
} from './accession-returned';
import { Feedback, type FeedbackProps, feedbackSubject } from './feedback';
import { Handover, type HandoverProps, handoverSubject } from './handover';
import { Invitation, type InvitationProps, invitationSubject } from './invitation';
import { MagsNotification, type MagsNotificationProps, magsNotificationSubject } from './mags-notification';
import {
  type MissingJobcenter,
  MissingSummary,
  type MissingSummaryProps,
  missingSummarySubject,
} from './missing-summary';
import { RecordsLink, type RecordsLinkProps, recordsLinkSubject } from './records-link';
import { Reminder, type ReminderProps, reminderSubject } from './reminder';
import {
  SelfAssessmentConfirmation,
  type SelfAssessmentConfirmationProps,
  selfAssessmentConfirmationSubject,
} from './self-assessment-confirmation';
import {
  SubmissionConfirmation,
  type SubmissionConfirmationProps,
  submissionConfirmationSubject,
} from './submission-confirmation';

/**
 * Every e-mail the system sends: the accession campaign (invitation, receipt, MAGS notice,
 * confirmation, return, handover), reminders and the missing-list for MAGS, the self-assessment
 * receipt and MAGS's written feedback. Each function renders one message to a subject (single
 * line), HTML and the plain-text alternative; all props are rendered as escaped text.
 */
export type {
  AccessionConfirmedProps,
  AccessionReturnedProps,
  FeedbackProps,
  HandoverProps,
  InvitationProps,
  MagsNotificationProps,
  MissingJobcenter,
  MissingSummaryProps,
  RecordsLinkProps,
  ReminderProps,
  RenderedEmail,
  SelfAssessmentConfirmationProps,
  SubmissionConfirmationProps,
};

/** Anlage A2: invitation to the Geschäftsführung of a Jobcenter. */
export const renderInvitation = (props: InvitationProps): Promise<RenderedEmail> =>
  renderEmail(invitationSubject(props), createElement(Invitation, props));

/** Receipt to the Jobcenter with the full declaration as submitted. */
export const renderSubmissionConfirmation = (props: SubmissionConfirmationProps): Promise<RenderedEmail> =>
  renderEmail(submissionConfirmationSubject(props), createElement(SubmissionConfirmation, props));

/** Notice to MAGS staff that a declaration waits for review. */
export const renderMagsNotification = (props: MagsNotificationProps): Promise<RenderedEmail> =>
  renderEmail(magsNotificationSubject(props), createElement(MagsNotification, props));

/** "Beitritt bestätigt" to the Jobcenter. */
export const renderAccessionConfirmed = (props: AccessionConfirmedProps): Promise<RenderedEmail> =>
  renderEmail(accessionConfirmedSubject(props), createElement(AccessionConfirmed, props));

/** The declaration goes back to the Jobcenter with a comment. */
export const renderAccessionReturned = (props: AccessionReturnedProps): Promise<RenderedEmail> =>
  renderEmail(accessionReturnedSubject(props), createElement(AccessionReturned, props));

/** The form was handed over to a colleague. */
export const renderHandover = (props: HandoverProps): Promise<RenderedEmail> =>
  renderEmail(handoverSubject(props), createElement(Handover, props));

/** Reminder to a Jobcenter (or its deputy contact) that has not submitted yet. */
export const renderReminder = (props: ReminderProps): Promise<RenderedEmail> =>
  renderEmail(reminderSubject(props), createElement(Reminder, props));

/** To MAGS after the deadline: the Jobcenters still missing. */
export const renderMissingSummary = (props: MissingSummaryProps): Promise<RenderedEmail> =>
  renderEmail(missingSummarySubject(props), createElement(MissingSummary, props));

/** Receipt of a self-assessment, with the answers and the change against last year. */
export const renderSelfAssessmentConfirmation = (
  props: SelfAssessmentConfirmationProps,
): Promise<RenderedEmail> =>
  renderEmail(selfAssessmentConfirmationSubject(props), createElement(SelfAssessmentConfirmation, props));

/** MAGS's written feedback (Rückmeldung) on a submitted self-assessment. */
export const renderFeedback = (props: FeedbackProps): Promise<RenderedEmail> =>
  renderEmail(feedbackSubject(props), createElement(Feedback, props));

/** A personal link to the Jobcenter's documents (declaration, self-assessments as PDF). */
export const renderRecordsLink = (props: RecordsLinkProps): Promise<RenderedEmail> =>
  renderEmail(recordsLinkSubject(props), createElement(RecordsLink, props));
