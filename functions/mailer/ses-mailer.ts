import { GetSendQuotaCommand, SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { Config } from '../config';
import { AWS_LIMITS } from '../shared/aws-limits';
import { probe } from '../shared/health';
import type { Mailer } from '../shared/ports';
import { formatMailbox } from './mailbox';
import {
  allowedByCondition,
  MessageTooLargeError,
  mailboxAddress,
  SendingNotAuthorizedError,
  sendingCondition,
} from './sending-identity';

type MailerConfig = Pick<Config, 'AWS_REGION' | 'SES_ENDPOINT' | 'SES_CONFIGURATION_SET' | 'MAIL_FROM'>;

const EMAIL = /^[^\s@<>",]+@[^\s@<>",]+$/;

/**
 * The SES Source for `mail.from`: a display name goes out from the configured address (MAIL_FROM,
 * the only one IAM allows); a mailbox or bare address is sent as given (its name re-encoded), so a
 * wrong address is refused by IAM in AWS and by the same rule locally.
 */
export const sourceFor = (from: string, sendingFrom: string): string => {
  const address = mailboxAddress(from);
  if (!EMAIL.test(address)) return formatMailbox(from, sendingFrom);
  const name = from.includes('<')
    ? from
        .slice(0, from.lastIndexOf('<'))
        .trim()
        .replace(/^"(.*)"$/, '$1')
    : '';
  return formatMailbox(name, address);
};

/**
 * One attempt per send: the SDK's own retries (3 by default, on throttling and 5xx) would go out
 * unpaced, past the sender's pacer, and a throttle answered by a burst makes it worse. A failed
 * send is retried by the send queue instead, after the claim is released, paced like any other.
 */
export const makeSesClient = (config: MailerConfig): SESClient =>
  new SESClient({
    region: config.AWS_REGION,
    maxAttempts: 1,
    ...(config.SES_ENDPOINT
      ? { endpoint: config.SES_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });

/** SES tag values allow only [A-Za-z0-9_-]. */
const tagValue = (v: string) => v.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256);

export const makeSesMailer = ({ client, config }: { client: SESClient; config: MailerConfig }): Mailer => ({
  async send(mail) {
    const source = sourceFor(mail.from, config.MAIL_FROM);
    // Locally (SES emulator) the IAM condition on ses:FromAddress is evaluated here, from the same
    // declaration CDK uses, with the error SES gives when IAM refuses.
    const condition = sendingCondition(config.MAIL_FROM);
    if (config.SES_ENDPOINT && !allowedByCondition(condition, source))
      throw new SendingNotAuthorizedError(source, config.MAIL_FROM);
    // SES counts the encoded message: base64 bodies grow by 4/3.
    const encoded = Math.ceil(((Buffer.byteLength(mail.html) + Buffer.byteLength(mail.text)) * 4) / 3);
    if (config.SES_ENDPOINT && encoded > AWS_LIMITS.ses.messageBytes)
      throw new MessageTooLargeError(encoded, AWS_LIMITS.ses.messageBytes);
    const out = await client.send(
      new SendEmailCommand({
        Source: source,
        Destination: { ToAddresses: mail.to, ...(mail.cc?.length ? { CcAddresses: mail.cc } : {}) },
        ...(mail.replyTo ? { ReplyToAddresses: mail.replyTo } : {}),
        Message: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Html: { Data: mail.html, Charset: 'UTF-8' }, Text: { Data: mail.text, Charset: 'UTF-8' } },
        },
        ...(config.SES_CONFIGURATION_SET ? { ConfigurationSetName: config.SES_CONFIGURATION_SET } : {}),
        ...(mail.tags
          ? { Tags: Object.entries(mail.tags).map(([Name, Value]) => ({ Name, Value: tagValue(Value) })) }
          : {}),
      }),
    );
    if (!out.MessageId) throw new Error('SES returned no MessageId');
    return { messageId: out.MessageId };
  },

  health: () =>
    probe(async () => {
      // The emulator has no GetSendQuota; it answers its own health check instead.
      if (config.SES_ENDPOINT) {
        const res = await fetch(new URL('/health-check', config.SES_ENDPOINT), {
          signal: AbortSignal.timeout(2000),
        });
        if (!res.ok) throw new Error(`emulator ${res.status}`);
        return 'SES-Emulator';
      }
      const quota = await client.send(new GetSendQuotaCommand({}));
      return `${quota.SentLast24Hours ?? 0}/${quota.Max24HourSend ?? 0} in 24 h, ${quota.MaxSendRate ?? 0}/s`;
    }),
});
