import * as z from 'zod';

/**
 * One reminder to one Jobcenter in one campaign under one rule. Its key is the idempotency key:
 * the record is claimed with a conditional put before the e-mail is sent, so a rule fires at most
 * once per Jobcenter even if two scheduler runs overlap or a run is retried.
 */
export const ReminderRecord = z
  .object({
    campaignId: z.string(),
    jobcenterId: z.string(),
    /** `T-14` … or `manual#<n>` for "send now". */
    rule: z.string(),
    status: z.enum(['claimed', 'sent', 'skipped', 'failed']),
    at: z.iso.datetime(),
    trigger: z.enum(['schedule', 'manual']),
    wording: z.enum(['not-started', 'draft']).optional(),
    toDeputy: z.boolean().optional(),
    recipients: z.array(z.string()).optional(),
    messageId: z.string().optional(),
    reason: z.string().optional(),
  })
  .meta({ id: 'ReminderRecord' });
export type ReminderRecord = z.infer<typeof ReminderRecord>;
