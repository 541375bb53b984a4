import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import type { Jobcenter } from '../../registry/jobcenter';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type {
  AccessionStore,
  AuditStore,
  CampaignStore,
  Clock,
  Queue,
  RegistryStore,
  SendJob,
} from '../../shared/ports';
import type { Campaign } from '../campaign';
import type { Invitation } from '../invitation';
import { recipientsOf } from '../recipients';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'putCampaign' | 'createInvitations' | 'listInvitations'> &
    Pick<RegistryStore, 'listJobcenters'> &
    Pick<AccessionStore, 'listAccessions'> &
    Pick<AuditStore, 'putAudit'>;
  queue: Queue;
  clock: Clock;
};

export const newInvitation = (campaign: Campaign, jobcenter: Jobcenter, at: string): Invitation => ({
  campaignId: campaign.id,
  jobcenterId: jobcenter.id,
  jobcenterName: jobcenter.name,
  landschaftsverband: jobcenter.landschaftsverband,
  delivery: 'queued',
  progress: 'none',
  sendKey: 'invitation#1',
  sendCount: 0,
  queuedAt: at,
  activeLinks: [],
  version: 1,
});

/**
 * Launch fans out one invitation per recipient through the queue. Safe to repeat: invitations
 * are created with a condition (never twice per campaign and Jobcenter), and every invitation
 * still waiting for delivery is queued again; the sender skips what was already sent. The status
 * change and its audit event are one transaction; a launch interrupted before it leaves a draft
 * that launches again from the same page.
 */
export const makeLaunchCampaign =
  ({ store, queue, clock }: Deps) =>
  async (campaignId: string, actor: Principal) => {
    // Independent reads at once: the request waits for the slowest, not for their sum.
    const [campaign, accessions, jobcenters, existing] = await Promise.all([
      store.getCampaign(campaignId),
      store.listAccessions(),
      store.listJobcenters(),
      store.listInvitations(campaignId),
    ]);
    if (!campaign) throw new NotFoundError('Diese Kampagne gibt es nicht.');
    if (campaign.status === 'closed') throw new ConflictError('Die Kampagne ist geschlossen.');
    const at = clock.now().toISOString();
    const acceded = new Set(accessions.map((a) => a.jobcenterId));
    const recipients = recipientsOf(campaign, jobcenters, acceded);
    if (recipients.length === 0) throw new ConflictError('Die Auswahl enthält kein Jobcenter.');

    const invited = new Set(existing.map((i) => i.jobcenterId));
    const fresh = recipients.filter((j) => !invited.has(j.id)).map((j) => newInvitation(campaign, j, at));
    const created = await store.createInvitations(fresh);
    const pending = [...existing, ...fresh].filter(
      (i) => i.delivery === 'queued' || i.delivery === 'sending',
    );
    const jobs: SendJob[] = pending.map((i) => ({
      type: 'invitation',
      campaignId: campaign.id,
      jobcenterId: i.jobcenterId,
      sendKey: i.sendKey,
    }));
    await queue.enqueue(jobs);

    const audit = {
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'campaign.launched',
      subject: `CAMPAIGN#${campaign.id}`,
      detail: { created, queued: jobs.length },
    };
    // Status and audit in one transaction: a launched campaign always has its audit event.
    if (campaign.status === 'draft')
      await store.putCampaign(
        { ...campaign, status: 'launched', launchedAt: at, version: campaign.version + 1 },
        campaign.version,
        audit,
      );
    else await store.putAudit(audit);
    return { created, queued: jobs.length, recipients: recipients.length };
  };
