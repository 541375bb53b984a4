import { type Campaign, campaignSender } from '../../campaigns/campaign';
import { displayStatus, isAnswered, STATUS_LABELS } from '../../campaigns/invitation';
import { type LinkKeyRing, openToken } from '../../campaigns/link-seal';
import { formUrl } from '../../campaigns/link-token';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { logger } from '../../shared/logger';
import type { CampaignStore, Clock, Mailer, RegistryStore, ReminderStore } from '../../shared/ports';
import { WEB_PATHS, webUrl } from '../../shared/web-paths';
import { type PlannedReminder, planReminder } from '../policy';
import type { ReminderRecord } from '../reminder-record';
import { berlinParts, isOfficeTime } from '../working-time';

export type ReminderDeps = {
  store: Pick<
    CampaignStore,
    'listCampaigns' | 'listInvitations' | 'getInvitation' | 'putCampaign' | 'getCampaign'
  > &
    Pick<RegistryStore, 'getJobcenter' | 'listJobcenters'> &
    ReminderStore;
  mailer: Mailer;
  templates: Pick<MailTemplates, 'renderReminder' | 'renderMissingSummary'>;
  clock: Clock;
  appBaseUrl: string;
  linkKey: () => Promise<LinkKeyRing | undefined>;
};

/**
 * Sends one planned reminder: claims the rule first (at most once), re-reads the invitation (has
 * the Jobcenter submitted since the plan?), repeats the invitation's personal link, records the
 * outcome. Returns the record as stored.
 */
export const makeSendReminder =
  ({ store, mailer, templates, clock, appBaseUrl, linkKey }: ReminderDeps) =>
  async (
    campaign: Campaign,
    jobcenterId: string,
    plan: PlannedReminder,
    trigger: ReminderRecord['trigger'],
  ): Promise<ReminderRecord | undefined> => {
    const at = clock.now().toISOString();
    const base: ReminderRecord = {
      campaignId: campaign.id,
      jobcenterId,
      rule: plan.rule,
      status: 'claimed',
      at,
      trigger,
      wording: plan.wording,
      toDeputy: plan.toDeputy,
    };
    if (!(await store.claimReminder(base))) return undefined;
    const finish = async (update: Partial<ReminderRecord>) => {
      const record = { ...base, ...update };
      await store.updateReminder(record);
      return record;
    };
    const [invitation, jobcenter, key] = await Promise.all([
      store.getInvitation(campaign.id, jobcenterId),
      store.getJobcenter(jobcenterId),
      linkKey(),
    ]);
    if (!invitation || !jobcenter) return finish({ status: 'skipped', reason: 'not found' });
    if (isAnswered(invitation)) return finish({ status: 'skipped', reason: 'submitted' });
    if (!invitation.sealedLink || !key) return finish({ status: 'failed', reason: 'no link to repeat' });

    const deputyFirst = plan.toDeputy || invitation.delivery === 'bounced';
    const to = deputyFirst ? [jobcenter.deputyContact.email] : [jobcenter.mainContact.email];
    const cc = deputyFirst && invitation.delivery !== 'bounced' ? [jobcenter.mainContact.email] : [];
    const mail = await templates.renderReminder({
      kind: campaign.kind,
      jobcenterName: jobcenter.name,
      campaignTitle: campaign.title,
      deadline: campaign.deadline,
      now: at,
      wording: plan.wording,
      toDeputy: deputyFirst,
      formUrl: formUrl(
        appBaseUrl,
        openToken(invitation.sealedLink, key, { campaignId: campaign.id, jobcenterId }),
        campaign.kind,
      ),
      replyTo: campaign.replyTo,
      senderName: campaign.senderName,
    });
    try {
      const { messageId } = await mailer.send({
        from: campaignSender(campaign),
        to,
        ...(cc.length ? { cc } : {}),
        replyTo: [campaign.replyTo],
        ...mail,
        tags: { campaign: campaign.id, jobcenter: jobcenterId, kind: 'reminder', rule: plan.rule },
      });
      return finish({ status: 'sent', messageId, recipients: [...to, ...cc] });
    } catch (error) {
      logger.error('reminder failed', {
        campaignId: campaign.id,
        jobcenterId,
        rule: plan.rule,
        error: error as Error,
      });
      return finish({ status: 'failed', reason: 'mailer' });
    }
  };

/**
 * The scheduled run (hourly in AWS, each minute locally): for every running campaign, plan each
 * Jobcenter's reminder from the policy and the reminders already recorded, and send the due ones.
 * After the deadline MAGS gets one summary of who is still missing.
 */
export const makeRunReminders = (deps: ReminderDeps) => {
  const sendReminder = makeSendReminder(deps);
  const { store, clock, mailer, templates, appBaseUrl } = deps;

  const sendSummary = async (campaign: Campaign, now: Date) => {
    const invitations = await store.listInvitations(campaign.id);
    const reminders = await store.listReminders(campaign.id);
    const missing = invitations.filter((i) => !isAnswered(i));
    const mail = await templates.renderMissingSummary({
      campaignTitle: campaign.title,
      deadline: campaign.deadline,
      total: invitations.length,
      answered: invitations.length - missing.length,
      missing: missing.map((i) => ({
        jobcenterName: i.jobcenterName,
        status: STATUS_LABELS[displayStatus(i)],
        remindersSent: reminders.filter((r) => r.jobcenterId === i.jobcenterId && r.status === 'sent').length,
        undeliverable: i.delivery === 'bounced',
      })),
      campaignUrl: webUrl(appBaseUrl, WEB_PATHS.campaign(campaign.id)),
    });
    // Claim first (campaign version), then send: a concurrent run loses the claim.
    await store.putCampaign(
      { ...campaign, summarySentAt: now.toISOString(), version: campaign.version + 1 },
      campaign.version,
    );
    await mailer.send({
      from: campaignSender(campaign),
      to: [campaign.replyTo],
      ...mail,
      tags: { campaign: campaign.id, kind: 'summary' },
    });
  };

  return async () => {
    const now = clock.now();
    const result = { campaigns: 0, sent: 0, skipped: 0, failed: 0, summaries: 0 };
    if (!isOfficeTime(now)) return result;
    const today = berlinParts(now).date;
    for (const campaign of await store.listCampaigns()) {
      if (campaign.status !== 'gestartet') continue;
      result.campaigns++;
      const [invitations, reminders] = await Promise.all([
        store.listInvitations(campaign.id),
        store.listReminders(campaign.id),
      ]);
      for (const invitation of invitations) {
        if (invitation.delivery === 'queued' || invitation.delivery === 'sending') continue;
        const plan = planReminder(
          campaign.reminders,
          campaign.deadline,
          {
            progress: invitation.progress,
            paused: invitation.remindersPaused === true,
            mainAddressUndeliverable: invitation.delivery === 'bounced',
            sent: reminders
              .filter((r) => r.jobcenterId === invitation.jobcenterId && r.status !== 'skipped')
              .map((r) => ({ rule: r.rule, at: r.at })),
          },
          now,
        );
        if (!plan) continue;
        const record = await sendReminder(campaign, invitation.jobcenterId, plan, 'schedule');
        if (record?.status === 'sent') result.sent++;
        else if (record?.status === 'failed') result.failed++;
        else result.skipped++;
      }
      if (today > campaign.deadline && !campaign.summarySentAt) {
        const fresh = await store.getCampaign(campaign.id);
        if (fresh && !fresh.summarySentAt) {
          await sendSummary(fresh, now).catch((e: unknown) =>
            logger.warn('summary not sent', { error: e as Error }),
          );
          result.summaries++;
        }
      }
    }
    return result;
  };
};
