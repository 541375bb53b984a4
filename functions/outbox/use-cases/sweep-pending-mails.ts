import { SWEEP_AFTER_MS } from '../../campaigns/pending-send';
import { logger } from '../../shared/logger';
import type { Clock, OutboxStore, Queue } from '../../shared/ports';
import { mailJob } from '../outbox-mail';
import { isMailStuck, mailNeedsRequeue } from '../pending-mail';

type Deps = {
  store: Pick<OutboxStore, 'listPendingOutbox'>;
  queue: Queue;
  clock: Clock;
  sweepAfterMs?: number;
};

export type MailSweepResult = { pending: number; requeued: number; stuck: number };

/**
 * Finishes interrupted outbox sends: a state change commits its mail and then queues it, so a
 * crash or a failed enqueue in between, a lost queue message or a sender that died holding its
 * lease would leave the mail pending for ever. Every mail created more than a few minutes ago and
 * still `pending`, or `sending` with an expired lease, is queued again (one Query of the sparse
 * pending-outbox index; sent and failed mails have left it). The worker's claim makes a duplicate
 * harmless. Mails still unsent 30 minutes after they were created are logged at error level.
 */
export const makeSweepPendingMails =
  ({ store, queue, clock, sweepAfterMs = SWEEP_AFTER_MS }: Deps) =>
  async (): Promise<MailSweepResult> => {
    const now = clock.now();
    const pending = await store.listPendingOutbox(new Date(now.getTime() - sweepAfterMs).toISOString());
    const jobs = pending.filter((m) => mailNeedsRequeue(m, now)).map(mailJob);
    if (jobs.length) await queue.enqueue(jobs);
    const stuck = pending.filter((m) => isMailStuck(m, now));
    if (stuck.length)
      logger.error('outbox mails stuck unsent', {
        mails: stuck.map((m) => `${m.campaignId}/${m.id}`).slice(0, 20),
        count: stuck.length,
      });
    return { pending: pending.length, requeued: jobs.length, stuck: stuck.length };
  };
