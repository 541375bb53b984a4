import type { Invitation } from './invitation';

/**
 * When an unsent invitation counts as interrupted or stuck. Pure rules shared by the send sweeper
 * (functions/campaigns/use-cases/sweep-pending-sends.ts) and the campaign page.
 */

/** Queued longer than this without being sent: the sweeper queues it again. */
export const SWEEP_AFTER_MS = 5 * 60_000;
/** Still unsent this long after it was queued: "Braucht Aufmerksamkeit" on the campaign page. */
export const STUCK_AFTER_MS = 30 * 60_000;

type PendingFields = Pick<Invitation, 'delivery' | 'queuedAt' | 'leaseUntil' | 'sendFailure'>;

export const isPendingSend = (i: Pick<Invitation, 'delivery'>): boolean =>
  i.delivery === 'queued' || i.delivery === 'sending';

/**
 * Waiting for a sender that will not come: queued, or claimed by a sender whose lease ended. Not
 * one SES refused for good (`sendFailure`): the same mail would be refused again, until a resend.
 */
export const needsRequeue = (i: PendingFields, now: Date): boolean =>
  !i.sendFailure &&
  (i.delivery === 'queued' ||
    (i.delivery === 'sending' && (i.leaseUntil === undefined || Date.parse(i.leaseUntil) < now.getTime())));

/** Queued so long ago that retries have evidently not helped, or refused by SES for good. */
export const isSendStuck = (i: PendingFields, now: Date): boolean =>
  isPendingSend(i) && (Boolean(i.sendFailure) || now.getTime() - Date.parse(i.queuedAt) > STUCK_AFTER_MS);
