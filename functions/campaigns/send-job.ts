import * as z from 'zod';

/** One queued invitation send (the invitation's send key is its idempotency key). */
export const InvitationJob = z
  .object({
    type: z.literal('invitation'),
    campaignId: z.string().min(1).max(64),
    jobcenterId: z.string().min(1).max(60),
    sendKey: z.string().regex(/^invitation#\d{1,4}$/),
  })
  .strict();

/** One queued outbox mail (receipt, notice, confirmation, hand-over, reminder, …), by its outbox key. */
export const MailJob = z
  .object({
    type: z.literal('mail'),
    campaignId: z.string().min(1).max(64),
    outboxId: z.string().min(1).max(160),
  })
  .strict();

/**
 * A request for a records link (functions/records): the address as entered. The worker looks it
 * up and, if a Jobcenter has it, writes and sends the mail; the request itself answered at once.
 */
export const RecordsRequestJob = z
  .object({
    type: z.literal('records'),
    requestId: z.uuid(),
    address: z.email().max(254),
  })
  .strict();

/**
 * Send jobs per queue batch (the SQS event source's batch size, the local runner's too). Small
 * batches keep the senders' work even: each sender keeps only its share of the SES rate, so a
 * launch ends when the sender with the most mails is done. 53 mails in batches of 10 give one of
 * two senders 30 (4.3 s at 7/s, against 3.8 s for all at 14/s); in batches of 5 at most 28.
 */
export const SEND_BATCH_SIZE = 5;

/** One queued send. The sender validates every message body with this schema. */
export const SendJob = z.discriminatedUnion('type', [InvitationJob, MailJob, RecordsRequestJob]);
export type SendJob = z.infer<typeof SendJob>;
export type InvitationJob = z.infer<typeof InvitationJob>;
export type MailJob = z.infer<typeof MailJob>;
export type RecordsRequestJob = z.infer<typeof RecordsRequestJob>;
