import * as z from 'zod';

/**
 * One campaign's relation to one Jobcenter. Two independent tracks: `delivery` of the e-mail
 * (queued → sending → sent, or bounced) and `progress` of the answer (none → opened → draft →
 * submitted → confirmed, or returned for changes). A resend restarts delivery, never progress.
 */
export const Delivery = z.enum(['queued', 'sending', 'sent', 'bounced']).meta({ id: 'Delivery' });
export const Progress = z
  .enum(['none', 'opened', 'draft', 'submitted', 'returned', 'confirmed'])
  .meta({ id: 'Progress' });
export type Delivery = z.infer<typeof Delivery>;
export type Progress = z.infer<typeof Progress>;

export const Invitation = z
  .object({
    campaignId: z.string(),
    jobcenterId: z.string(),
    jobcenterName: z.string(),
    delivery: Delivery,
    progress: Progress,
    /** Idempotency key of the current send: `invitation#<n>`; a resend increments n. */
    sendKey: z.string(),
    sendCount: z.number().int().nonnegative(),
    leaseUntil: z.iso.datetime().optional(),
    queuedAt: z.iso.datetime(),
    sentAt: z.iso.datetime().optional(),
    messageId: z.string().optional(),
    recipients: z.array(z.string()).optional(),
    openedAt: z.iso.datetime().optional(),
    draftAt: z.iso.datetime().optional(),
    submittedAt: z.iso.datetime().optional(),
    submittedVersion: z.number().int().optional(),
    confirmedAt: z.iso.datetime().optional(),
    returnedAt: z.iso.datetime().optional(),
    returnComment: z.string().optional(),
    bouncedAt: z.iso.datetime().optional(),
    /** Hashes of the links that currently work (main link and hand-over links). */
    activeLinks: z.array(z.string()),
    /** The current main link, sealed (see link-seal.ts), so reminders can repeat it. */
    sealedLink: z.string().optional(),
    remindersPaused: z.boolean().optional(),
    /** Transient bounces SES reported for mail of this invitation. */
    softBounces: z.number().int().nonnegative().optional(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

/** What staff pages may see of an invitation: no link hashes, sealed links or leases. */
export const publicInvitation = ({ activeLinks: _l, sealedLink: _s, leaseUntil: _u, ...rest }: Invitation) =>
  rest;

/** The one status the campaign page shows per Jobcenter. */
export const DisplayStatus = z
  .enum(['queued', 'sent', 'opened', 'draft', 'submitted', 'returned', 'confirmed', 'bounced'])
  .meta({ id: 'DisplayStatus' });
export type DisplayStatus = z.infer<typeof DisplayStatus>;

export const displayStatus = (i: Pick<Invitation, 'delivery' | 'progress'>): DisplayStatus => {
  if (i.progress !== 'none') return i.progress;
  if (i.delivery === 'sending') return 'queued';
  return i.delivery;
};

export const STATUS_LABELS: Record<DisplayStatus, string> = {
  queued: 'in Warteschlange',
  sent: 'versendet',
  opened: 'geöffnet',
  draft: 'in Bearbeitung',
  submitted: 'abgegeben',
  returned: 'zurückgegeben',
  confirmed: 'bestätigt',
  bounced: 'unzustellbar',
};

/** Answered = a declaration was submitted at least once. */
export const isAnswered = (i: Pick<Invitation, 'progress'>) =>
  i.progress === 'submitted' || i.progress === 'confirmed' || i.progress === 'returned';

export const summarise = (invitations: readonly Invitation[]) => {
  const counts = Object.fromEntries(DisplayStatus.options.map((s) => [s, 0])) as Record<
    DisplayStatus,
    number
  >;
  for (const i of invitations) counts[displayStatus(i)]++;
  const answered = invitations.filter(isAnswered).length;
  return {
    total: invitations.length,
    counts,
    answered,
    responseRate: invitations.length ? Math.round((answered / invitations.length) * 1000) / 10 : 0,
  };
};
