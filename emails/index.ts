import { createElement, type FunctionComponent, type ReactElement } from 'react';
import { WEB_PATHS, webUrl } from '../functions/shared/web-paths';
import { PrivacyUrl } from './_components/privacy-footer';
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
import { ConsentLink, type ConsentLinkProps, consentLinkSubject } from './consent-link';
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
 * receipt, MAGS's written feedback, the link to change the consent to publication and the link to the
 * Jobcenter's documents. Each
 * renderer turns one message into a subject (single line), HTML and the plain-text alternative;
 * all props are rendered as escaped text.
 */
export type {
  AccessionConfirmedProps,
  AccessionReturnedProps,
  ConsentLinkProps,
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

type Component<P> = ((props: P) => ReactElement) & { PreviewProps: P };
type Template<P> = { component: Component<P>; subject: (props: P) => string };
/** Props come from the component's parameter, not from its (narrower) preview props. */
const template = <P>(
  component: ((props: P) => ReactElement) & { PreviewProps: NoInfer<P> },
  subject: (props: NoInfer<P>) => string,
): Template<P> => ({ component, subject });

/**
 * The template registry: one entry per message. A new message is one line here; the renderers
 * (`makeMailTemplates`) and the test that every message carries the privacy link follow from it.
 */
export const MAIL_TEMPLATES = {
  /** Anlage A2: invitation to the Geschäftsführung of a Jobcenter. */
  renderInvitation: template(Invitation, invitationSubject),
  /** Receipt to the Jobcenter with the full declaration as submitted. */
  renderSubmissionConfirmation: template(SubmissionConfirmation, submissionConfirmationSubject),
  /** Notice to MAGS staff that a declaration waits for review. */
  renderMagsNotification: template(MagsNotification, magsNotificationSubject),
  /** "Beitritt bestätigt" to the Jobcenter. */
  renderAccessionConfirmed: template(AccessionConfirmed, accessionConfirmedSubject),
  /** The declaration goes back to the Jobcenter with a comment. */
  renderAccessionReturned: template(AccessionReturned, accessionReturnedSubject),
  /** The form was handed over to a colleague. */
  renderHandover: template(Handover, handoverSubject),
  /** Reminder to a Jobcenter (or its deputy contact) that has not submitted yet. */
  renderReminder: template(Reminder, reminderSubject),
  /** To MAGS after the deadline: the Jobcenters still missing. */
  renderMissingSummary: template(MissingSummary, missingSummarySubject),
  /** Receipt of a self-assessment, with the answers and the change against last year. */
  renderSelfAssessmentConfirmation: template(SelfAssessmentConfirmation, selfAssessmentConfirmationSubject),
  /** MAGS's written feedback (Rückmeldung) on a submitted self-assessment. */
  renderFeedback: template(Feedback, feedbackSubject),
  /** The short-lived link to withdraw or give again the consent to publication. */
  renderConsentLink: template(ConsentLink, consentLinkSubject),
  /** A personal link to the Jobcenter's documents (declaration, self-assessments as PDF). */
  renderRecordsLink: template(RecordsLink, recordsLinkSubject),
};

type Registry = typeof MAIL_TEMPLATES;
type PropsOf<T> = T extends Template<infer P> ? P : never;
export type MailRenderers = {
  [K in keyof Registry]: (props: PropsOf<Registry[K]>) => Promise<RenderedEmail>;
};

/**
 * The renderers the use cases get (`functions/wiring/mail.ts`): every message with the footer
 * link to the privacy notice at `<appBaseUrl>/datenschutz`.
 */
export const makeMailTemplates = ({ appBaseUrl }: { appBaseUrl: string }): MailRenderers => {
  const privacyUrl = webUrl(appBaseUrl, WEB_PATHS.privacy);
  const renderer =
    <P>({ component, subject }: Template<P>) =>
    (props: P) =>
      renderEmail(
        subject(props),
        createElement(
          PrivacyUrl.Provider,
          { value: privacyUrl },
          createElement(component as unknown as FunctionComponent<object>, props as object),
        ),
      );
  return Object.fromEntries(
    Object.entries(MAIL_TEMPLATES).map(([name, t]) => [name, renderer(t as Template<unknown>)]),
  ) as MailRenderers;
};
