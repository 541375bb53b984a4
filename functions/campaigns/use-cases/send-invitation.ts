import { isPermanentSendFailure } from '../../mailer/sending-identity';
import { UndeliverableError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type { CampaignStore, Clock, LinkStore, Mailer, RegistryStore, SendJob } from '../../shared/ports';
import { campaignSender } from '../campaign';
import { transitions } from '../invitation';
import { type LinkKeyRing, sealToken } from '../link-seal';
import { formUrl, newLink } from '../link-token';
import { invitationProps, type MailTemplates } from '../mail-templates';
import { SEND_LEASE_MS } from '../pacer';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'updateInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<LinkStore, 'putLink' | 'revokeLinks'>;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderInvitation'>;
  clock: Clock;
  appBaseUrl: string;
  /** Seals the link for reminders; without a key reminders cannot repeat it. */
  linkKey?: () => Promise<LinkKeyRing | undefined>;
  /** How long a claim protects a send in progress before another worker may take over. */
  leaseMs?: number;
};

export type SendOutcome = 'sent' | 'skipped';

/**
 * Sends one invitation at most once per send key. A conditional update claims the invitation
 * (queued → sending, with a lease); a duplicate or retried message finds it claimed or sent and
 * skips. The personal link is made only now, so no unsent link ever exists. If SES refuses, the
 * link is revoked and the claim released so that the queue's retry can try again; if SES refuses
 * for good (IAM, rejected message: `isPermanentSendFailure`), the failure is recorded on the
 * invitation and logged at error level instead, and the message counts as done (no retries, no
 * dead-letter queue, no sweep) until staff resend it.
 */
export const makeSendInvitation =
  ({ store, mailer, templates, clock, appBaseUrl, linkKey, leaseMs = SEND_LEASE_MS }: Deps) =>
  async (job: SendJob): Promise<SendOutcome> => {
    if (job.type !== 'invitation') throw new Error(`not an invitation job: ${job.type}`);
    const now = clock.now();
    // The reads do not depend on the claim: one wave instead of two (wasted only for a duplicate).
    const [claimed, campaign, jobcenter] = await Promise.all([
      store.updateInvitation(
        job.campaignId,
        job.jobcenterId,
        transitions.claim(job.sendKey, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString()),
      ),
      store.getCampaign(job.campaignId),
      store.getJobcenter(job.jobcenterId),
    ]);
    if (!claimed) return 'skipped';
    if (!campaign || !jobcenter || campaign.status === 'closed') {
      logger.warn('invitation not sent', { campaignId: job.campaignId, jobcenterId: job.jobcenterId });
      return 'skipped';
    }

    const { token, hash, link } = newLink(campaign, jobcenter.id, now.toISOString());
    const [, key, mail] = await Promise.all([
      store.putLink(link),
      linkKey?.(),
      templates.renderInvitation(
        invitationProps(campaign, jobcenter.name, formUrl(appBaseUrl, token, campaign.kind)),
      ),
    ]);
    const recipients = [jobcenter.mainContact.email];
    let messageId: string;
    try {
      ({ messageId } = await mailer.send({
        from: campaignSender(campaign),
        to: recipients,
        cc: [jobcenter.deputyContact.email],
        replyTo: [campaign.replyTo],
        ...mail,
        tags: { campaign: campaign.id, jobcenter: jobcenter.id, kind: 'invitation' },
      }));
    } catch (e) {
      await store.revokeLinks([hash], clock.now().toISOString());
      if (e instanceof UndeliverableError) {
        // Every address of this Jobcenter is known to bounce: flag it instead of retrying forever.
        await store.updateInvitation(
          job.campaignId,
          job.jobcenterId,
          transitions.markUndeliverable(job.sendKey, clock.now().toISOString()),
          claimed,
        );
        return 'skipped';
      }
      if (isPermanentSendFailure(e)) {
        const code = (e as Error).name;
        logger.error('invitation refused by SES for good', {
          campaignId: job.campaignId,
          jobcenterId: job.jobcenterId,
          code,
          error: e as Error,
        });
        await store.updateInvitation(
          job.campaignId,
          job.jobcenterId,
          transitions.markSendFailed(job.sendKey, { code, at: clock.now().toISOString() }),
        );
        return 'skipped';
      }
      await store.updateInvitation(job.campaignId, job.jobcenterId, transitions.releaseClaim(job.sendKey));
      throw e;
    }
    await store.updateInvitation(
      job.campaignId,
      job.jobcenterId,
      transitions.markSent(job.sendKey, {
        sentAt: clock.now().toISOString(),
        messageId,
        recipients: [...recipients, jobcenter.deputyContact.email],
        activeLinks: [...claimed.activeLinks, hash],
        ...(key ? { sealedLink: sealToken(token, key, job) } : {}),
        sendCount: claimed.sendCount + 1,
      }),
      claimed,
    );
    return 'sent';
  };
