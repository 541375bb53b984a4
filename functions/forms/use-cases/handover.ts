import { randomUUID } from 'node:crypto';
import { campaignSender } from '../../campaigns/campaign';
import { transitions } from '../../campaigns/invitation';
import { formUrl, issueLink } from '../../campaigns/link-token';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { AuditStore, CampaignStore, Clock, LinkStore, Mailer, RegistryStore } from '../../shared/ports';
import type { Session } from '../records';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation' | 'updateInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<LinkStore, 'putLink'> &
    Pick<AuditStore, 'putAudit'>;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderHandover'>;
  clock: Clock;
  appBaseUrl: string;
};

/**
 * Hands the form to a colleague in the same Jobcenter: a personal link of their own (the current
 * one keeps working), sent to their address; the hand-over is recorded in the Jobcenter's history.
 */
export const makeHandover =
  ({ store, mailer, templates, clock, appBaseUrl }: Deps) =>
  async (session: Session, handover: { fromName: string; toName: string; toEmail: string }) => {
    const [campaign, jobcenter, invitation] = await Promise.all([
      store.getCampaign(session.campaignId),
      store.getJobcenter(session.jobcenterId),
      store.getInvitation(session.campaignId, session.jobcenterId),
    ]);
    if (!campaign || !jobcenter || !invitation) throw new NotFoundError('Formular nicht gefunden.');
    if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
    const at = clock.now().toISOString();
    const { token, hash } = await issueLink(store, campaign, jobcenter.id, at, 'handover', handover.toName);
    const updated = await store.updateInvitation(
      campaign.id,
      jobcenter.id,
      transitions.addLinks([...invitation.activeLinks, hash]),
    );
    if (!updated) throw new ConflictError('Bitte versuchen Sie es erneut.');
    const mail = await templates.renderHandover({
      kind: campaign.kind,
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      fromName: handover.fromName,
      toName: handover.toName,
      formUrl: formUrl(appBaseUrl, token, campaign.kind),
      deadline: campaign.deadline,
    });
    await mailer.send({
      from: campaignSender(campaign),
      to: [handover.toEmail],
      replyTo: [campaign.replyTo],
      ...mail,
      tags: { campaign: campaign.id, jobcenter: jobcenter.id, kind: 'handover' },
    });
    await store.putAudit({
      id: randomUUID(),
      at,
      actor: { sub: `link:${session.linkHash.slice(0, 12)}` },
      action: 'form.handed-over',
      subject: `JOBCENTER#${jobcenter.id}`,
      detail: { campaignId: campaign.id, fromName: handover.fromName, toName: handover.toName },
    });
    return { handedOverAt: at };
  };
