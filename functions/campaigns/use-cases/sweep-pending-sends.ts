import { logger } from '../../shared/logger';
import type { CampaignStore, Clock, Queue, SendJob } from '../../shared/ports';
import { isSendStuck, needsRequeue, SWEEP_AFTER_MS } from '../pending-send';

type Deps = {
  store: Pick<CampaignStore, 'listPendingSends' | 'listCampaigns'>;
  queue: Queue;
  clock: Clock;
  sweepAfterMs?: number;
};

export type SweepResult = { pending: number; requeued: number; stuck: number };

/**
 * Finishes interrupted sends (a crash mid-launch, a lost queue message, a sender that died while
 * holding its lease): every invitation queued more than a few minutes ago and still `queued`, or
 * `sending` with an expired lease, is queued again with its current send key. The sender's claim
 * makes a duplicate harmless. Only launched campaigns are swept, one Query each in their own
 * pending-send partition; closed ones are left alone (the sender would refuse them). Stuck ones are
 * logged at error level and shown on the campaign page.
 */
export const makeSweepPendingSends =
  ({ store, queue, clock, sweepAfterMs = SWEEP_AFTER_MS }: Deps) =>
  async (): Promise<SweepResult> => {
    const now = clock.now();
    const before = new Date(now.getTime() - sweepAfterMs).toISOString();
    const launched = (await store.listCampaigns()).filter((c) => c.status === 'launched');
    const pending = (await Promise.all(launched.map((c) => store.listPendingSends(c.id, before)))).flat();
    const jobs: SendJob[] = [];
    for (const i of pending)
      if (needsRequeue(i, now))
        jobs.push({
          type: 'invitation',
          campaignId: i.campaignId,
          jobcenterId: i.jobcenterId,
          sendKey: i.sendKey,
        });
    if (jobs.length) await queue.enqueue(jobs);
    const stuck = pending.filter((i) => isSendStuck(i, now));
    if (stuck.length)
      logger.error('invitations stuck unsent', {
        invitations: stuck.map((i) => `${i.campaignId}/${i.jobcenterId}`).slice(0, 20),
        count: stuck.length,
      });
    return { pending: pending.length, requeued: jobs.length, stuck: stuck.length };
  };
