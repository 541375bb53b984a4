import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeGetCampaignOverview } from '../../functions/campaigns/use-cases/manage-invitations';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSweepPendingSends } from '../../functions/campaigns/use-cases/sweep-pending-sends';
import { fixedClock } from '../../functions/shared/clock';
import type { Mailer, Store } from '../../functions/shared/ports';
import { emulatorMailer, mailsWithSubject, seededTable, sendUntilCrash } from './helpers';
import { APP_BASE_URL, createCampaign, templates } from './launch-support';

describe('send sweeper: an interrupted launch finishes by itself', () => {
  let store: Store;
  let mailer: Mailer;
  const clock = fixedClock('2026-12-01T09:00:00.000Z');
  const appBaseUrl = APP_BASE_URL;

  beforeAll(async () => {
    ({ store } = await seededTable(clock));
    mailer = emulatorMailer();
  });

  it('re-queues queued invitations and expired leases after a crash; every Jobcenter gets exactly one mail', async () => {
    const subject = `Einladung ${randomUUID()}`;
    const { campaign, queue, launch } = await createCampaign({ store, clock }, subject);
    await launch();

    // The server dies while preparing the 21st e-mail: that claim stays `sending`, 32 stay
    // `queued`, and the queue (in memory) is gone with the process.
    await sendUntilCrash({ store, mailer, clock, appBaseUrl }, queue.jobs.splice(0), 21);
    queue.jobs.length = 0;
    expect(await mailsWithSubject(subject)).toHaveLength(20);
    const delivery = (await store.listInvitations(campaign.id)).map((i) => i.delivery);
    expect(delivery.filter((d) => d === 'sending')).toHaveLength(1);
    expect(delivery.filter((d) => d === 'queued')).toHaveLength(32);

    const sweep = makeSweepPendingSends({ store, queue, clock });
    // Within the first minutes the queue may still hold them: the sweeper waits.
    clock.advance(60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    expect(queue.jobs).toHaveLength(0);

    // Half an hour later nobody sent them: the campaign page flags them, the sweeper re-queues
    // all 33 (the one `sending` because its lease ended) with their current send keys.
    clock.advance(30 * 60_000);
    const overview = makeGetCampaignOverview({ store, clock });
    expect((await overview(campaign.id)).summary.needsAttention).toBe(33);
    expect(await sweep()).toEqual({ pending: 33, requeued: 33, stuck: 33 });
    expect(new Set(queue.jobs.map((j) => (j.type === 'invitation' ? j.sendKey : j.type)))).toEqual(
      new Set(['invitation#1']),
    );
    // A second sweep before the sender ran duplicates every job; the sender's claim absorbs it.
    await sweep();
    expect(queue.jobs).toHaveLength(66);

    const sender = makeSendInvitation({ store, mailer, templates, clock, appBaseUrl });
    const outcomes = [];
    for (const job of queue.jobs.splice(0)) outcomes.push(await sender(job));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(33);

    const mails = await mailsWithSubject(subject);
    expect(mails).toHaveLength(53);
    expect(new Set(mails.map((m) => m.destination.to[0])).size).toBe(53);
    expect((await store.listInvitations(campaign.id)).every((i) => i.delivery === 'sent')).toBe(true);

    // Sent invitations leave the sweeper's index: nothing is pending or flagged any more.
    clock.advance(10 * 60_000);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
    expect((await overview(campaign.id)).summary.needsAttention).toBe(0);
  });

  it('leaves a sender whose lease is still running alone', async () => {
    const { queue, launch } = await createCampaign({ store, clock }, `Lease ${randomUUID()}`, ['koeln']);
    await launch();
    const [job] = queue.jobs.splice(0);
    if (!job) throw new Error('no job');
    const longLease = makeSendInvitation({
      store,
      mailer,
      templates: { renderInvitation: async () => Promise.reject(new Error('crash')) },
      clock,
      appBaseUrl,
      leaseMs: 60 * 60_000,
    });
    await expect(longLease(job)).rejects.toThrow('crash');
    clock.advance(10 * 60_000);
    const sweep = makeSweepPendingSends({ store, queue, clock });
    expect(await sweep()).toEqual({ pending: 1, requeued: 0, stuck: 0 });
    clock.advance(51 * 60_000);
    expect(await sweep()).toEqual({ pending: 1, requeued: 1, stuck: 1 });
  });
});
