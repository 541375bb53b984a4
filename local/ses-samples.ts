import { randomUUID } from 'node:crypto';
import type { SNSEvent } from 'aws-lambda';

/**
 * SES event notifications shaped like the samples in the Amazon SES developer guide ("Examples of
 * event data that Amazon SES publishes to Amazon SNS"): bounce (permanent and transient),
 * complaint and delivery, for a message we sent. The SES emulator emits no events, so the dev
 * tools and tests inject these into the same handler SNS invokes in AWS.
 */
export type SampleKind = 'bounce' | 'soft-bounce' | 'complaint' | 'delivery';

export const sesSample = (
  kind: SampleKind,
  mail: { messageId: string; address: string; tags?: Record<string, string> },
  at = new Date(),
) => {
  const timestamp = at.toISOString();
  const base = {
    mail: {
      timestamp,
      source: 'MAGS NRW <inklusion@mags.example.org>',
      sourceArn: 'arn:aws:ses:eu-central-1:123456789012:identity/mags.example.org',
      sendingAccountId: '123456789012',
      messageId: mail.messageId,
      destination: [mail.address],
      headersTruncated: false,
      tags: Object.fromEntries(Object.entries(mail.tags ?? {}).map(([k, v]) => [k, [v]])),
    },
  };
  switch (kind) {
    case 'bounce':
    case 'soft-bounce':
      return {
        eventType: 'Bounce',
        bounce: {
          bounceType: kind === 'bounce' ? 'Permanent' : 'Transient',
          bounceSubType: kind === 'bounce' ? 'General' : 'MailboxFull',
          bouncedRecipients: [
            {
              emailAddress: mail.address,
              action: 'failed',
              status: kind === 'bounce' ? '5.1.1' : '4.2.2',
              diagnosticCode:
                kind === 'bounce' ? 'smtp; 550 5.1.1 user unknown' : 'smtp; 452 4.2.2 mailbox full',
            },
          ],
          timestamp,
          feedbackId: `${randomUUID()}-000000`,
          reportingMTA: 'dsn; mta.example.org',
        },
        ...base,
      };
    case 'complaint':
      return {
        eventType: 'Complaint',
        complaint: {
          complainedRecipients: [{ emailAddress: mail.address }],
          timestamp,
          feedbackId: `${randomUUID()}-000000`,
          userAgent: 'Mozilla/5.0',
          complaintFeedbackType: 'abuse',
        },
        ...base,
      };
    case 'delivery':
      return {
        eventType: 'Delivery',
        delivery: {
          timestamp,
          processingTimeMillis: 546,
          recipients: [mail.address],
          smtpResponse: '250 ok',
          reportingMTA: 'a8-70.smtp-out.amazonses.com',
        },
        ...base,
      };
  }
};

/** Wraps a message as SNS delivers it to a Lambda subscriber. */
export const snsEvent = (message: unknown): SNSEvent => ({
  Records: [
    {
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:eu-central-1:123456789012:ses-events:sub',
      Sns: {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: 'arn:aws:sns:eu-central-1:123456789012:ses-events',
        Subject: '',
        Message: typeof message === 'string' ? message : JSON.stringify(message),
        Timestamp: new Date().toISOString(),
        SignatureVersion: '1',
        Signature: 'local',
        SigningCertUrl: 'https://sns.eu-central-1.amazonaws.com/local.pem',
        UnsubscribeUrl: 'https://sns.eu-central-1.amazonaws.com/?Action=Unsubscribe',
        MessageAttributes: {},
      },
    },
  ],
});
