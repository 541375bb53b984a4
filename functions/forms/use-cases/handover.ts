import { randomUUID } from 'node:crypto';
import { campaignMail } from '../../campaigns/campaign';
import { mailQuota, requireJobcenterAddress } from '../../outbox/mail-policy';
import { mailJob, newOutboxMail } from '../../outbox/outbox-mail';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { CampaignStore, Clock, OutboxStore, Queue, RegistryStore } from '../../shared/ports';
import type { Session } from '../records';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<OutboxStore, 'commitMail'>;
  queue: Queue;
  clock: Clock;
};

/**
 * Hands the form to a colleague in the same Jobcenter: a personal link of their own (the current
 * one keeps working), sent to their address with the main contact in copy; the hand-over is
 * recorded in the Jobcenter's history. Only addresses of the Jobcenter (registered contacts or its
 * mail domains), a few times a day. The audit event, the outbox mail and the day's counter are one
 * transaction; the link is made by the sender, when the mail goes out.
 */
export const makeHandover =
  ({ store, queue, clock }: Deps) =>
  async (session: Session, handover: { fromName: string; toName: string; toEmail: string }) => {
    const [campaign, jobcenter, invitation] = await Promise.all([
      store.getCampaign(session.campaignId),
      store.getJobcenter(session.jobcenterId),
      store.getInvitation(session.campaignId, session.jobcenterId),
    ]);
    if (!campaign || !jobcenter || !invitation) throw new NotFoundError('Formular nicht gefunden.');
    if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
    requireJobcenterAddress(jobcenter, handover.toEmail, 'toEmail');
    const now = clock.now();
    const at = now.toISOString();
    const main = jobcenter.mainContact.email;
    const mail = newOutboxMail({
      ...campaignMail(campaign, jobcenter.id, 'handover', at),
      id: `handover#${jobcenter.id}#${at}#${randomUUID().slice(0, 8)}`,
      to: [handover.toEmail],
      ...(handover.toEmail.toLowerCase() === main.toLowerCase() ? {} : { cc: [main] }),
      content: {
        template: 'handover',
        props: {
          kind: campaign.kind,
          jobcenterName: jobcenter.name,
          campaignTitle: campaign.title,
          fromName: handover.fromName,
          toName: handover.toName,
          deadline: campaign.deadline,
        },
      },
      link: { source: 'new', purpose: 'handover', issuedTo: handover.toName },
    });
    await store.commitMail({
      outbox: [mail],
      quota: mailQuota('handover', campaign.id, jobcenter.id, now),
      audit: {
        id: randomUUID(),
        at,
        actor: { sub: `link:${session.linkHash.slice(0, 12)}` },
        action: 'form.handed-over',
        subject: `JOBCENTER#${jobcenter.id}`,
        detail: { campaignId: campaign.id, fromName: handover.fromName, toName: handover.toName },
      },
    });
    await queue.enqueue([mailJob(mail)]);
    return { handedOverAt: at };
  };
