import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  makeGetCampaignOverview,
  makeResendInvitation,
} from '../../functions/campaigns/use-cases/manage-invitations';
import { makeSendInvitation } from '../../functions/campaigns/use-cases/send-invitation';
import { makeSweepPendingSends } from '../../functions/campaigns/use-cases/sweep-pending-sends';
import { SendingNotAuthorizedError } from '../../functions/mailer/sending-identity';
import { fixedClock } from '../../functions/shared/clock';
import { logger } from '../../functions/shared/logger';
import type { Mailer, Store } from '../../functions/shared/ports';
import { emulatorMailer, mailsWithSubject, seededTable } from './helpers';
import { ADMIN, APP_BASE_URL, createCampaign, templates } from './launch-support';

/**
 * An invitation SES refuses for good (here IAM's AccessDenied, as the local mailer answers a wrong
 * From) is not retried by the queue, not re-queued by the sweeper and flagged on the campaign page
 * at once, until staff resend it; the resend clears the flag and sends.
 */
describe('permanent send failure of an invitation', () => {
  let store: Store;
  let mailer: Mailer;
  const clock = fixedClock('2026-12-02T09:00:00.000Z');

  beforeAll(async () => {
    ({ store } = await seededTable(clock));
    mailer = emulatorMailer();
  });

  it('records the refusal, is neither retried nor swept, shows as stuck, and a resend sends it', async () => {
    const subject = `Einladung ${randomUUID()}`;
    const { campaign, queue, launch } = await createCampaign({ store, clock }, subject, ['hamm']);
    await launch();
    const [job] = queue.jobs.splice(0);
    if (!job) throw new Error('no job');

    let attempts = 0;
    const refusing: Mailer = {
      health: mailer.health,
      send: async (mail) => {
        attempts++;
        throw new SendingNotAuthorizedError('Referat <referat@mags.example.org>', mail.from);
      },
    };
    const errors = vi.spyOn(logger, 'error');
    const refused = makeSendInvitation({
      store,
      mailer: refusing,
      templates,
      clock,
      appBaseUrl: APP_BASE_URL,
    });
    // Resolves: the SQS message is done (no retry, no dead-letter queue); a duplicate changes nothing.
    await expect(refused(job)).resolves.toBe('skipped');
    expect(errors).toHaveBeenCalledWith(
      'invitation refused by SES for good',
      expect.objectContaining({ campaignId: campaign.id, jobcenterId: 'hamm', code: 'AccessDenied' }),
    );
    errors.mockRestore();
    expect(attempts).toBe(1);
    const failed = await store.getInvitation(campaign.id, 'hamm');
    expect(failed).toMatchObject({
      delivery: 'queued',
      sendFailure: { code: 'AccessDenied', at: clock.now().toISOString() },
      activeLinks: [],
    });
    expect(failed?.leaseUntil).toBeUndefined();

    // On the campaign page at once, not only 30 minutes after queueing.
    const overview = makeGetCampaignOverview({ store, clock });
    const shown = await overview(campaign.id);
    expect(shown.summary.needsAttention).toBe(1);
    expect(shown.attention).toEqual([
      expect.objectContaining({ jobcenterId: 'hamm', reason: 'stuck', sendFailure: 'AccessDenied' }),
    ]);

    // The sweeper leaves it alone, however long it waits (it still counts it as stuck).
    const sweep = makeSweepPendingSends({ store, queue, clock });
    clock.advance(40 * 60_000);
    expect(await sweep()).toEqual({ pending: 1, requeued: 0, stuck: 1 });
    expect(queue.jobs).toEqual([]);

    // Staff resend after fixing the cause: the flag goes, the invitation is sent once.
    await makeResendInvitation({ store, queue, clock })(campaign.id, 'hamm', ADMIN);
    expect((await store.getInvitation(campaign.id, 'hamm'))?.sendFailure).toBeUndefined();
    const sender = makeSendInvitation({ store, mailer, templates, clock, appBaseUrl: APP_BASE_URL });
    const outcomes = await Promise.all(queue.jobs.splice(0).map((j) => sender(j)));
    expect(outcomes).toEqual(['sent']);
    expect(await mailsWithSubject(subject)).toHaveLength(1);
    expect(await store.getInvitation(campaign.id, 'hamm')).toMatchObject({ delivery: 'sent' });
    expect((await overview(campaign.id)).summary.needsAttention).toBe(0);
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, stuck: 0 });
  });
});
