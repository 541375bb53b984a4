import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { campaignSender } from '../../campaigns/campaign';
import { transitions } from '../../campaigns/invitation';
import { type LinkKeyRing, openToken } from '../../campaigns/link-seal';
import { formUrl } from '../../campaigns/link-token';
import { invitationProps, type MailTemplates } from '../../campaigns/mail-templates';
import type { Contact } from '../../registry/jobcenter';
import { NotFoundError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type {
  AuditStore,
  CampaignStore,
  Clock,
  DeliveryStore,
  Mailer,
  RegistryStore,
} from '../../shared/ports';
import { normaliseAddress } from '../ses-event';

type Deps = {
  store: Pick<RegistryStore, 'getJobcenter' | 'writeJobcenters'> &
    Pick<CampaignStore, 'listInvitationsOfJobcenter' | 'getCampaign' | 'updateInvitation'> &
    Pick<DeliveryStore, 'clearAddress'> &
    Pick<AuditStore, 'putAudit'>;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderInvitation'>;
  clock: Clock;
  appBaseUrl: string;
  linkKey: () => Promise<LinkKeyRing | undefined>;
};

/**
 * MAGS corrects a Jobcenter's contacts (e.g. after a bounce). The registry entry is updated under
 * its version; every running campaign whose invitation to this Jobcenter bounced gets the current
 * personal link again, at the corrected address, and counts as delivered again.
 */
export const makeCorrectContacts =
  ({ store, mailer, templates, clock, appBaseUrl, linkKey }: Deps) =>
  async (
    jobcenterId: string,
    change: { expectedVersion: number; mainContact: Contact; deputyContact: Contact },
    actor: Principal,
  ) => {
    const jobcenter = await store.getJobcenter(jobcenterId);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    const at = clock.now().toISOString();
    const { version: _v, updatedAt: _u, ...input } = jobcenter;
    await store.writeJobcenters(
      [
        {
          op: 'update',
          jobcenter: { ...input, mainContact: change.mainContact, deputyContact: change.deputyContact },
          expectedVersion: change.expectedVersion,
        },
      ],
      {
        id: randomUUID(),
        at,
        actor: auditActor(actor),
        action: 'contacts.corrected',
        subject: `JOBCENTER#${jobcenterId}`,
        detail: {},
      },
      at,
    );
    // A corrected address starts with a clean slate (MAGS confirmed it).
    for (const address of [change.mainContact.email, change.deputyContact.email])
      await store.clearAddress(normaliseAddress(address));

    const key = await linkKey();
    const resent: string[] = [];
    for (const invitation of await store.listInvitationsOfJobcenter(jobcenterId)) {
      if (invitation.delivery !== 'bounced' || !invitation.sealedLink || !key) continue;
      const campaign = await store.getCampaign(invitation.campaignId);
      if (campaign?.status !== 'gestartet') continue;
      const mail = await templates.renderInvitation(
        invitationProps(
          campaign,
          jobcenter.name,
          formUrl(appBaseUrl, openToken(invitation.sealedLink, key, invitation), campaign.kind),
        ),
      );
      try {
        const { messageId } = await mailer.send({
          from: campaignSender(campaign),
          to: [change.mainContact.email],
          cc: [change.deputyContact.email],
          replyTo: [campaign.replyTo],
          ...mail,
          tags: { campaign: campaign.id, jobcenter: jobcenterId, kind: 'invitation' },
        });
        await store.updateInvitation(
          campaign.id,
          jobcenterId,
          transitions.markResent({
            sentAt: clock.now().toISOString(),
            messageId,
            recipients: [change.mainContact.email],
          }),
        );
        resent.push(campaign.id);
      } catch (error) {
        logger.error('re-send after correction failed', {
          campaignId: campaign.id,
          jobcenterId,
          error: error as Error,
        });
      }
    }
    return { resent };
  };
