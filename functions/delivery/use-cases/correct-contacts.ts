import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import type { Campaign } from '../../campaigns/campaign';
import { campaignSender } from '../../campaigns/campaign';
import { type Invitation, transitions } from '../../campaigns/invitation';
import { invitationProps } from '../../campaigns/mail-templates';
import { mailJob, newOutboxMail, type OutboxMail } from '../../outbox/outbox-mail';
import type { Contact } from '../../registry/jobcenter';
import { NotFoundError } from '../../shared/errors';
import type {
  CampaignStore,
  Clock,
  DeliveryStore,
  LinkStore,
  Queue,
  RegistryStore,
} from '../../shared/ports';
import { normaliseAddress } from '../ses-event';

type Deps = {
  store: Pick<RegistryStore, 'getJobcenter' | 'writeJobcenters'> &
    Pick<CampaignStore, 'listInvitationsOfJobcenter' | 'getCampaign'> &
    Pick<DeliveryStore, 'clearAddress'> &
    Pick<LinkStore, 'revokeLinks'>;
  queue: Queue;
  clock: Clock;
};

/**
 * MAGS corrects a Jobcenter's contacts (e.g. after a bounce). In one transaction: the registry
 * entry (under its version), the audit event, and for every running campaign whose invitation to
 * this Jobcenter bounced, the invitation's old links dropped and a new invitation e-mail in the
 * outbox. The old links are revoked; the sender makes a new personal link for the corrected
 * address when the mail goes out, and the invitation counts as delivered again.
 */
export const makeCorrectContacts =
  ({ store, queue, clock }: Deps) =>
  async (
    jobcenterId: string,
    change: { expectedVersion: number; mainContact: Contact; deputyContact: Contact },
    actor: Principal,
  ) => {
    const jobcenter = await store.getJobcenter(jobcenterId);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    const at = clock.now().toISOString();
    const auditId = randomUUID();

    const resend: { campaign: Campaign; invitation: Invitation }[] = [];
    for (const invitation of await store.listInvitationsOfJobcenter(jobcenterId)) {
      if (invitation.delivery !== 'bounced') continue;
      const campaign = await store.getCampaign(invitation.campaignId);
      if (campaign?.status === 'launched') resend.push({ campaign, invitation });
    }
    const mails: OutboxMail[] = resend.map(({ campaign }) => {
      const { formUrl: _none, ...props } = invitationProps(campaign, jobcenter.name, '');
      return newOutboxMail({
        id: `resend#${jobcenterId}#${auditId}`,
        campaignId: campaign.id,
        jobcenterId,
        kind: 'invitation',
        createdAt: at,
        from: campaignSender(campaign),
        to: [change.mainContact.email],
        cc: [change.deputyContact.email],
        replyTo: [campaign.replyTo],
        tags: { campaign: campaign.id, jobcenter: jobcenterId, kind: 'invitation' },
        content: { template: 'invitation', props },
        link: { source: 'new', purpose: 'main' },
        effect: { type: 'invitationResent' },
      });
    });

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
        id: auditId,
        at,
        actor: auditActor(actor),
        action: 'contacts.corrected',
        subject: `JOBCENTER#${jobcenterId}`,
        detail: {},
      },
      at,
      {
        invitations: resend.map(({ invitation }) => ({
          campaignId: invitation.campaignId,
          jobcenterId,
          transition: transitions.dropLinks(),
        })),
        outbox: mails,
      },
    );
    // The links that went to the old address stop working (idempotent, after the transaction).
    await store.revokeLinks(
      resend.flatMap(({ invitation }) => invitation.activeLinks),
      at,
    );
    // A corrected address starts with a clean slate (MAGS confirmed it), before the mail goes out.
    for (const address of [change.mainContact.email, change.deputyContact.email])
      await store.clearAddress(normaliseAddress(address));
    await queue.enqueue(mails.map(mailJob));
    return { resent: resend.map(({ campaign }) => campaign.id) };
  };
