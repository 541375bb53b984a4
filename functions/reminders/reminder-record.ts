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

/**
 * What the campaign page shows of a reminder, kept on the invitation when the reminder is written
 * (so a page of Jobcenters needs no read per row). Skipped reminders are not shown, so not kept.
 */
export const ReminderFact = ReminderRecord.pick({
  rule: true,
  status: true,
  at: true,
  trigger: true,
  toDeputy: true,
});
export type ReminderFact = z.infer<typeof ReminderFact>;

export const reminderFact = ({ rule, status, at, trigger, toDeputy }: ReminderRecord): ReminderFact => ({
  rule,
  status,
  at,
  trigger,
  ...(toDeputy === undefined ? {} : { toDeputy }),
});
