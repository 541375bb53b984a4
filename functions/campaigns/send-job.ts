import * as z from 'zod';

/** One queued send. The sender validates every message body with this schema. */
export const SendJob = z
  .object({
    type: z.literal('invitation'),
    campaignId: z.string().min(1).max(64),
    jobcenterId: z.string().min(1).max(60),
    sendKey: z.string().regex(/^invitation#\d{1,4}$/),
  })
  .strict();
export type SendJob = z.infer<typeof SendJob>;
