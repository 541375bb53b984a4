import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import type { Campaign } from '../../campaigns/campaign';
import { campaignMail } from '../../campaigns/campaign';
import { type Invitation, transitions } from '../../campaigns/invitation';
import { invitationProps } from '../../campaigns/mail-templates';
import { mailJob, newOutboxMail, type OutboxMail } from '../../outbox/outbox-mail';
import type { Contact } from '../../registry/jobcenter';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type {
  CampaignStore,
  Clock,
  DeliveryStore,
  LinkStore,
  Queue,
  RegistryStore,
  SendJob,
} from '../../shared/ports';
import { normaliseAddress } from '../ses-event';

type Deps = {
  store: Pick<RegistryStore, 'getJobcenter' | 'writeJobcenters'> &
    Pick<CampaignStore, 'listInvitationsOfJobcenter' | 'getCampaign'> &
    Pick<DeliveryStore, 'clearAddress'> &
    Pick<LinkStore, 'getLink'>;
  queue: Queue;
  clock: Clock;
};

type Contacts = { mainContact: Contact; deputyContact: Contact };

/**
 * Whether an address the personal link went to (the main contact, the deputy in copy) is no longer
 * one of the contacts. Changed names, or main and deputy swapped, keep the links.
 */
export const linkAddressDropped = (before: Contacts, after: Contacts): boolean => {
  const kept = new Set([after.mainContact.email, after.deputyContact.email].map(normaliseAddress));
  return [before.mainContact.email, before.deputyContact.email].some((a) => !kept.has(normaliseAddress(a)));
};

const SENDING_NOW =
  'Für dieses Jobcenter wird gerade eine Einladung versendet. Bitte versuchen Sie es in einigen Minuten erneut.';

/**
 * MAGS corrects a Jobcenter's contacts. The rule: links follow the addresses. One transaction
 * writes the registry entry (under its version), the audit event, every link of the affected
 * invitations revoked, and per running campaign
 *  - an invitation that bounced: its links dropped and a new invitation e-mail in the outbox;
 *  - otherwise, if an address that received the link is no longer a contact, the invitation
 *    (unless confirmed) restarts delivery with a new send key, as a resend does.
 * The sender then mails the corrected addresses a new personal link (made at send time, so no
 * token is at rest); a lost queue message is picked up by the send sweeper. A correction of names
 * only keeps the links. While an invitation is being sent the correction is refused (409), so the
 * mail in flight cannot reach the old address after it.
 */
export const makeCorrectContacts =
  ({ store, queue, clock }: Deps) =>
  async (jobcenterId: string, change: { expectedVersion: number } & Contacts, actor: Principal) => {
    const jobcenter = await store.getJobcenter(jobcenterId);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    const at = clock.now().toISOString();
    const auditId = randomUUID();
    const moved = linkAddressDropped(jobcenter, change);

    const resend: { campaign: Campaign; invitation: Invitation }[] = [];
    const restart: { invitation: Invitation; job: Extract<SendJob, { type: 'invitation' }> }[] = [];
    for (const invitation of await store.listInvitationsOfJobcenter(jobcenterId)) {
      const bounced = invitation.delivery === 'bounced';
      if (!bounced && !(moved && invitation.progress !== 'confirmed')) continue;
      const campaign = await store.getCampaign(invitation.campaignId);
      if (campaign?.status !== 'launched') continue;
      if (bounced) resend.push({ campaign, invitation });
      else if (invitation.delivery === 'sending') throw new ConflictError(SENDING_NOW);
      else
        restart.push({
          invitation,
          job: {
            type: 'invitation',
            campaignId: campaign.id,
            jobcenterId,
            sendKey: `invitation#${invitation.sendCount + 1}`,
          },
        });
    }
    const affected = [...resend, ...restart].map((r) => r.invitation);

    const mails: OutboxMail[] = resend.map(({ campaign }) => {
      const { formUrl: _none, ...props } = invitationProps(campaign, jobcenter.name, '');
      return newOutboxMail({
        ...campaignMail(campaign, jobcenterId, 'invitation', at),
        id: `resend#${jobcenterId}#${auditId}`,
        to: [change.mainContact.email],
        cc: [change.deputyContact.email],
        content: { template: 'invitation', props },
        link: { source: 'new', purpose: 'main' },
        effect: { type: 'invitationResent' },
      });
    });

    // Links already revoked, or expired and deleted by TTL, need nothing.
    const revoke: string[] = [];
    for (const hash of affected.flatMap((i) => i.activeLinks)) {
      const link = await store.getLink(hash);
      if (link && !link.revokedAt) revoke.push(hash);
    }

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
        detail: { campaigns: affected.map((i) => i.campaignId), revokedLinks: revoke.length },
      },
      at,
      {
        invitations: [
          ...resend.map(({ invitation }) => ({
            campaignId: invitation.campaignId,
            jobcenterId,
            transition: transitions.dropLinks(),
          })),
          ...restart.map(({ invitation, job }) => ({
            campaignId: invitation.campaignId,
            jobcenterId,
            transition: transitions.restartDelivery(invitation.sendKey, job.sendKey, at),
          })),
        ],
        outbox: mails,
        revokeLinks: { hashes: revoke, at },
      },
    );
    // A corrected address starts with a clean slate (MAGS confirmed it), before the mail goes out.
    for (const address of [change.mainContact.email, change.deputyContact.email])
      await store.clearAddress(normaliseAddress(address));
    await queue.enqueue([...mails.map(mailJob), ...restart.map((r) => r.job)]);
    return { resent: affected.map((i) => i.campaignId) };
  };
