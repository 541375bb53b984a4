import type { SendJob } from '../campaigns/send-job';
import type { ComponentHealth } from './health';

// The ports of sending: the send queue and the mailer (SES in AWS, the emulator locally).
// Re-exported by ports.ts.

/** A message for the send queue (SQS in AWS, in-process locally). */
export type { MailJob, SendJob } from '../campaigns/send-job';

export interface Queue {
  enqueue(jobs: readonly SendJob[]): Promise<void>;
}

export type OutgoingMail = {
  to: string[];
  cc?: string[];
  /**
   * A display name (sent from the configured address MAIL_FROM, the only one IAM allows), or a
   * mailbox/address (sent as given; IAM, and locally the same check, refuse any other address).
   * The mailer encodes names per RFC 2047.
   */
  from: string;
  replyTo?: string[];
  subject: string;
  html: string;
  text: string;
  /** Message tags (SES) for delivery tracking, e.g. campaign and Jobcenter ids. */
  tags?: Record<string, string>;
};

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  health(): Promise<ComponentHealth>;
}
