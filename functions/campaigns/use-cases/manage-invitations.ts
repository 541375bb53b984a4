import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type {
  AccessionStore,
  AuditStore,
  CampaignStore,
  Clock,
  LinkStore,
  Queue,
  RegistryStore,
} from '../../shared/ports';
import type { Campaign } from '../campaign';
import { transitions } from '../invitation';
import { newInvitation } from './launch-campaign';

const requireCampaign = async (store: Pick<CampaignStore, 'getCampaign'>, id: string): Promise<Campaign> => {
  const campaign = await store.getCampaign(id);
  if (!campaign) throw new NotFoundError('Diese Kampagne gibt es nicht.');
  return campaign;
};

/** The campaign page (bounded reads): campaign-overview.ts. */
export { makeGetCampaignOverview } from './campaign-overview';

type ManageDeps = {
  store: Pick<
    CampaignStore,
    'getCampaign' | 'getInvitation' | 'updateInvitation' | 'createInvitation' | 'putCampaign'
  > &
    Pick<LinkStore, 'revokeLinks'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<AccessionStore, 'getAccession'> &
    Pick<AuditStore, 'putAudit'>;
  queue: Queue;
  clock: Clock;
};

/**
 * Resend a Jobcenter's link: every old link is revoked at once, delivery restarts with a new send
 * key (so the sender treats it as a new send), progress and draft stay as they are.
 */
export const makeResendInvitation =
  ({ store, queue, clock }: ManageDeps) =>
  async (campaignId: string, jobcenterId: string, actor: Principal) => {
    const campaign = await requireCampaign(store, campaignId);
    if (campaign.status !== 'launched') throw new ConflictError('Nur in einer laufenden Kampagne möglich.');
    const invitation = await store.getInvitation(campaignId, jobcenterId);
    if (!invitation) throw new NotFoundError('Dieses Jobcenter ist nicht Teil der Kampagne.');
    if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
    const at = clock.now().toISOString();
    const sendKey = `invitation#${invitation.sendCount + 1}`;
    const updated = await store.updateInvitation(
      campaignId,
      jobcenterId,
      transitions.restartDelivery(invitation.sendKey, sendKey, at),
      invitation,
    );
    if (!updated)
      throw new ConflictError('Die Einladung wird gerade versendet. Bitte versuchen Sie es gleich erneut.');
    await store.revokeLinks(invitation.activeLinks, at);
    await queue.enqueue([{ type: 'invitation', campaignId, jobcenterId, sendKey }]);
    await store.putAudit({
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'invitation.resent',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: { campaignId, revokedLinks: invitation.activeLinks.length },
    });
    return { sendKey };
  };

/** Add a Jobcenter to a running campaign later (e.g. after a registry correction). */
export const makeAddJobcenter =
  ({ store, queue, clock }: ManageDeps) =>
  async (campaignId: string, jobcenterId: string, actor: Principal) => {
    const campaign = await requireCampaign(store, campaignId);
    if (campaign.status !== 'launched') throw new ConflictError('Nur in einer laufenden Kampagne möglich.');
    const jobcenter = await store.getJobcenter(jobcenterId);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    const acceded = (await store.getAccession(jobcenterId)) !== undefined;
    if (campaign.kind === 'selbstbewertung' && !acceded)
      throw new ConflictError('Die Selbstbewertung richtet sich nur an beigetretene Jobcenter.');
    if (campaign.kind === 'beitritt' && acceded)
      throw new ConflictError(
        'Dieses Jobcenter ist bereits beigetreten; eine Beitrittseinladung ist nicht nötig.',
      );
    const at = clock.now().toISOString();
    const created = await store.createInvitation(newInvitation(campaign, jobcenter, at));
    if (!created) throw new ConflictError('Dieses Jobcenter ist bereits Teil der Kampagne.');
    await queue.enqueue([{ type: 'invitation', campaignId, jobcenterId, sendKey: 'invitation#1' }]);
    await store.putAudit({
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'invitation.added',
      subject: `CAMPAIGN#${campaignId}`,
      detail: { jobcenterId },
    });
  };

/** Closing ends the campaign: links stop working, nothing more is sent. */
export const makeCloseCampaign =
  ({ store, clock }: Pick<ManageDeps, 'store' | 'clock'>) =>
  async (campaignId: string, actor: Principal) => {
    const campaign = await requireCampaign(store, campaignId);
    if (campaign.status === 'closed') return campaign;
    const at = clock.now().toISOString();
    const closed: Campaign = {
      ...campaign,
      status: 'closed',
      closedAt: at,
      version: campaign.version + 1,
    };
    await store.putCampaign(closed, campaign.version, {
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'campaign.closed',
      subject: `CAMPAIGN#${campaignId}`,
      detail: {},
    });
    return closed;
  };
