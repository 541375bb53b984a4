import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { campaignMail } from '../../campaigns/campaign';
import { transitions } from '../../campaigns/invitation';
import { mailJob, newOutboxMail } from '../../outbox/outbox-mail';
import { ConflictError } from '../../shared/errors';
import type { CampaignStore, Clock, OutboxStore, Queue, RegistryStore } from '../../shared/ports';
import { loadResponse as load } from './load-response';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<OutboxStore, 'commitMail'>;
  queue: Queue;
  clock: Clock;
};

/**
 * Returns a declaration for changes, with a comment and a fresh link (made by the sender when the
 * mail goes out); the Jobcenter submits a new version. State change, audit event and e-mail
 * (outbox) are one transaction.
 */
export const makeReturnAccession =
  ({ store, queue, clock }: Deps) =>
  async (campaignId: string, jobcenterId: string, comment: string, actor: Principal) => {
    const { campaign, jobcenter, invitation } = await load(store, campaignId, jobcenterId);
    if (campaign.kind !== 'beitritt')
      throw new ConflictError('Nur eine Beitrittserklärung kann zurückgegeben werden.');
    if (invitation.progress !== 'submitted')
      throw new ConflictError('Nur eine abgegebene Beitrittserklärung kann zurückgegeben werden.');
    const at = clock.now().toISOString();
    const mail = newOutboxMail({
      ...campaignMail(campaign, jobcenterId, 'returned', at),
      id: `returned#${jobcenterId}#${at}`,
      to: [jobcenter.mainContact.email],
      cc: [jobcenter.deputyContact.email],
      content: { template: 'accessionReturned', props: { jobcenterName: jobcenter.name, comment } },
      link: { source: 'new', purpose: 'main' },
    });
    await store
      .commitMail({
        invitations: [
          {
            campaignId,
            jobcenterId,
            transition: transitions.returnForChanges(at, comment, invitation.activeLinks),
            before: invitation,
          },
        ],
        audit: {
          id: randomUUID(),
          at,
          actor: auditActor(actor),
          action: 'accession.returned',
          subject: `JOBCENTER#${jobcenterId}`,
          detail: { campaignId },
        },
        outbox: [mail],
      })
      .catch((e: unknown) => {
        if (e instanceof ConflictError)
          throw new ConflictError('Der Status hat sich inzwischen geändert. Bitte laden Sie die Seite neu.', {
            cause: e,
          });
        throw e;
      });
    await queue.enqueue([mailJob(mail)]);
    return { returnedAt: at };
  };
