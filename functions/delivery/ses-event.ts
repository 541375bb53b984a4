import * as z from 'zod';

/**
 * The SES event as the configuration set publishes it to SNS (`eventType`), or as identity
 * notifications do (`notificationType`). Only the fields we use are required; others pass.
 */
const Address = z.object({ emailAddress: z.string().min(3).max(320) }).loose();

export const SesEvent = z
  .object({
    eventType: z.string().optional(),
    notificationType: z.string().optional(),
    mail: z
      .object({
        messageId: z.string().min(1).max(200),
        timestamp: z.string().optional(),
        destination: z.array(z.string()).default([]),
        tags: z.record(z.string(), z.array(z.string())).optional(),
      })
      .loose(),
    bounce: z
      .object({
        bounceType: z.enum(['Permanent', 'Transient', 'Undetermined']),
        bounceSubType: z.string().optional(),
        bouncedRecipients: z.array(Address).min(1),
        timestamp: z.string().optional(),
      })
      .loose()
      .optional(),
    complaint: z
      .object({ complainedRecipients: z.array(Address).min(1), timestamp: z.string().optional() })
      .loose()
      .optional(),
    delivery: z
      .object({ recipients: z.array(z.string()).default([]), timestamp: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose()
  .transform((e, ctx) => {
    const type = (e.eventType ?? e.notificationType ?? '').toLowerCase();
    if (type === 'bounce' && e.bounce) return { kind: 'bounce' as const, event: e, bounce: e.bounce };
    if (type === 'complaint' && e.complaint)
      return { kind: 'complaint' as const, event: e, complaint: e.complaint };
    if (type === 'delivery' && e.delivery)
      return { kind: 'delivery' as const, event: e, delivery: e.delivery };
    ctx.addIssue({ code: 'custom', message: `unsupported SES event type "${type}"` });
    return z.NEVER;
  });
export type SesEvent = z.infer<typeof SesEvent>;

export { normaliseAddress } from '../shared/address';
