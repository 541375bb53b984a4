import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { describe, expect, inject, it } from 'vitest';
import { campaignSender } from '../../functions/campaigns/campaign';
import { makeSesClient, makeSesMailer } from '../../functions/mailer/ses-mailer';
import { AWS_LIMITS } from '../../functions/shared/aws-limits';
import { fetchSentEmails } from '../../local/services';

/**
 * What reaches the SES emulator (its store keeps the SendEmail Source as given): every campaign mail
 * goes out from MAIL_FROM with the campaign's sender name encoded as one display name, and the local
 * path refuses any other sender as IAM does in AWS.
 */
describe('sender identity on the local SES path', () => {
  const config = {
    AWS_REGION: 'eu-central-1',
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: 'inklusion@mags.example.org',
  };
  const mailer = makeSesMailer({ client: makeSesClient(config), config });
  const mail = (subject: string) => ({
    to: ['jobcenter@jobcenter.example.org'],
    replyTo: ['referat-ii-a-3@mags.example.org'],
    subject,
    html: '<p>x</p>',
    text: 'x',
  });
  const stored = async (subject: string) =>
    (await fetchSentEmails(inject('sesEndpoint'))).filter((e) => e.subject === subject);

  it.each(['MAGS NRW, Referat II A 3', 'Ministerium für Arbeit, Gesundheit und Soziales, „Referat“ II A 3'])(
    'sends from the configured address with the name %s as ONE sender and the campaign reply address',
    async (senderName) => {
      const subject = `sender-${randomUUID()}`;
      await mailer.send({ ...mail(subject), from: campaignSender({ senderName }) });

      const [email] = await stored(subject);
      const parsed = await simpleParser(`From: ${email?.from}\r\n\r\n`);
      expect(parsed.from?.value).toEqual([{ name: senderName, address: 'inklusion@mags.example.org' }]);
      expect(email?.replyTo).toEqual(['referat-ii-a-3@mags.example.org']);
    },
  );

  it.each(['referat@mags.example.org', 'Referat II A 3 <referat@mags.example.org>'])(
    'sends a campaign stored with the address-like sender name %s from the configured address',
    async (senderName) => {
      const subject = `sender-${randomUUID()}`;
      await mailer.send({ ...mail(subject), from: campaignSender({ senderName }) });

      const [email] = await stored(subject);
      const parsed = await simpleParser(`From: ${email?.from}\r\n\r\n`);
      expect(parsed.from?.value).toHaveLength(1);
      expect(parsed.from?.value[0]?.address).toBe('inklusion@mags.example.org');
      expect(parsed.from?.value[0]?.name).toMatch(/^Referat|^referat mags/);
      expect(parsed.from?.value[0]?.name).not.toMatch(/[@<>]/);
    },
  );

  it('refuses a message over SES’s 10 MB like SES (MessageRejected, not retryable) and sends nothing', async () => {
    const subject = `sender-${randomUUID()}`;
    const huge = 'x'.repeat(Math.ceil((AWS_LIMITS.ses.messageBytes * 3) / 4) + 1);
    const refused = mailer.send({ ...mail(subject), html: huge, from: 'MAGS NRW' });
    await expect(refused).rejects.toMatchObject({ name: 'MessageRejected', retryable: false });
    expect(await stored(subject)).toEqual([]);
  });

  it('refuses any other From address like IAM (AccessDenied, not retryable) and sends nothing', async () => {
    const subject = `sender-${randomUUID()}`;
    const refused = mailer.send({ ...mail(subject), from: 'MAGS NRW <referat@mags.example.org>' });
    await expect(refused).rejects.toMatchObject({ name: 'AccessDenied', retryable: false });
    expect(await stored(subject)).toEqual([]);
  });
});
