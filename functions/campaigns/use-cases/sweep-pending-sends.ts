import { logger } from '../../shared/logger';
import type { CampaignStore, Clock, Queue, SendJob } from '../../shared/ports';
import { isSendStuck, needsRequeue, SWEEP_AFTER_MS } from '../pending-send';

type Deps = {
  store: Pick<CampaignStore, 'listPendingSends' | 'getCampaign'>;
  queue: Queue;
  clock: Clock;
  sweepAfterMs?: number;
};

export type SweepResult = { pending: number; requeued: number; stuck: number };

/**
 * Finishes interrupted sends (a crash mid-launch, a lost queue message, a sender that died while
 * holding its lease): every invitation queued more than a few minutes ago and still `queued`, or
 * `sending` with an expired lease, is queued again with its current send key. The sender's claim
 * makes a duplicate harmless. Invitations of closed campaigns are left alone (the sender would
 * refuse them). Stuck ones are logged at error level and shown on the campaign page.
 */
export const makeSweepPendingSends =
  ({ store, queue, clock, sweepAfterMs = SWEEP_AFTER_MS }: Deps) =>
  async (): Promise<SweepResult> => {
    const now = clock.now();
    const pending = await store.listPendingSends(new Date(now.getTime() - sweepAfterMs).toISOString());
    const open = new Map<string, Promise<boolean>>();
    const isOpen = (campaignId: string) => {
      let known = open.get(campaignId);
      if (!known) {
        known = store.getCampaign(campaignId).then((c) => c !== undefined && c.status !== 'closed');
        open.set(campaignId, known);
      }
      return known;
    };
    const jobs: SendJob[] = [];
    for (const i of pending)
      if (needsRequeue(i, now) && (await isOpen(i.campaignId)))
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
