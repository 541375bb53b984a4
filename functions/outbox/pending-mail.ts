import { STUCK_AFTER_MS } from '../campaigns/pending-send';
import type { OutboxMail } from './outbox-mail';

/**
 * When an unsent outbox mail counts as interrupted or stuck: the invitations' rules
 * (functions/campaigns/pending-send.ts) applied to the outbox, for the send sweeper
 * (use-cases/sweep-pending-mails.ts). Only mails created more than SWEEP_AFTER_MS ago are asked.
 */

/** Waiting for a sender that will not come: pending, or claimed by a sender whose lease ended. */
export const mailNeedsRequeue = (m: Pick<OutboxMail, 'status' | 'leaseUntil'>, now: Date): boolean =>
  m.status === 'pending' ||
  (m.status === 'sending' && (m.leaseUntil === undefined || Date.parse(m.leaseUntil) < now.getTime()));

/** Still unsent this long after its state change committed it: retries have evidently not helped. */
export const isMailStuck = (m: Pick<OutboxMail, 'status' | 'createdAt'>, now: Date): boolean =>
  (m.status === 'pending' || m.status === 'sending') &&
  now.getTime() - Date.parse(m.createdAt) > STUCK_AFTER_MS;
