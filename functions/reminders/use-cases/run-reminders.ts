import { type Campaign, campaignMail, campaignSender } from '../../campaigns/campaign';
import { displayStatus, isAnswered, STATUS_LABELS } from '../../campaigns/invitation';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { mailJob, newOutboxMail, renderedContent } from '../../outbox/outbox-mail';
import { ConflictError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type {
  CampaignStore,
  Clock,
  OutboxStore,
  Queue,
  RegistryStore,
  ReminderStore,
} from '../../shared/ports';
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
    Pick<OutboxStore, 'commitMail'> &
    ReminderStore;
  queue: Queue;
  templates: Pick<MailTemplates, 'renderMissingSummary'>;
  clock: Clock;
  appBaseUrl: string;
};

/**
 * Queues one planned reminder: re-reads the invitation (has the Jobcenter submitted since the
 * plan?), then claims the rule and writes the e-mail to the outbox in one transaction, so a rule
 * fires at most once and its mail is never lost: the sender repeats the invitation's personal link,
 * retries on SES errors and records the reminder as `sent` once SES accepted it. Returns the
 * record as stored (`claimed` while the mail waits in the queue), undefined if claimed before.
 */
export const makeSendReminder =
  ({ store, queue, clock }: Pick<ReminderDeps, 'store' | 'queue' | 'clock'>) =>
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
    const [invitation, jobcenter] = await Promise.all([
      store.getInvitation(campaign.id, jobcenterId),
      store.getJobcenter(jobcenterId),
    ]);
    const settle = async (update: Partial<ReminderRecord>) => {
      const record = { ...base, ...update };
      return (await store.claimReminder(record)) ? record : undefined;
    };
    if (!invitation || !jobcenter) return settle({ status: 'skipped', reason: 'not found' });
    if (isAnswered(invitation)) return settle({ status: 'skipped', reason: 'submitted' });
    if (!invitation.sealedLink) return settle({ status: 'failed', reason: 'no link to repeat' });

    const deputyFirst = plan.toDeputy || invitation.delivery === 'bounced';
    const to = deputyFirst ? [jobcenter.deputyContact.email] : [jobcenter.mainContact.email];
    const cc = deputyFirst && invitation.delivery !== 'bounced' ? [jobcenter.mainContact.email] : [];
    const record: ReminderRecord = { ...base, recipients: [...to, ...cc] };
    const envelope = campaignMail(campaign, jobcenterId, 'reminder', at);
    const mail = newOutboxMail({
      ...envelope,
      id: `reminder#${jobcenterId}#${plan.rule}`,
      to,
      ...(cc.length ? { cc } : {}),
      tags: { ...envelope.tags, rule: plan.rule },
      content: {
        template: 'reminder',
        props: {
          kind: campaign.kind,
          jobcenterName: jobcenter.name,
          campaignTitle: campaign.title,
          deadline: campaign.deadline,
          now: at,
          wording: plan.wording,
          toDeputy: deputyFirst,
          replyTo: campaign.replyTo,
          senderName: campaign.senderName,
        },
      },
      link: { source: 'sealed' },
      effect: { type: 'reminderSent', rule: plan.rule },
    });
    try {
      await store.commitMail({ reminder: record, outbox: [mail] });
    } catch (e) {
      if (e instanceof ConflictError) return undefined;
      throw e;
    }
    await queue.enqueue([mailJob(mail)]);
    return record;
  };

/**
 * The scheduled run (hourly in AWS, each minute locally): for every running campaign, plan each
 * Jobcenter's reminder from the policy and the reminders already recorded, and send the due ones.
 * After the deadline MAGS gets one summary of who is still missing.
 */
export const makeRunReminders = (deps: ReminderDeps) => {
  const sendReminder = makeSendReminder(deps);
  const { store, clock, queue, templates, appBaseUrl } = deps;

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
    // Claim first (campaign version), then queue: a concurrent run loses the claim.
    await store.putCampaign(
      { ...campaign, summarySentAt: now.toISOString(), version: campaign.version + 1 },
      campaign.version,
    );
    const outbox = newOutboxMail({
      id: `summary#${campaign.deadline}`,
      campaignId: campaign.id,
      kind: 'summary',
      createdAt: now.toISOString(),
      from: campaignSender(campaign),
      to: [campaign.replyTo],
      tags: { campaign: campaign.id, kind: 'summary' },
      content: renderedContent(mail),
    });
    await store.commitMail({ outbox: [outbox] });
    await queue.enqueue([mailJob(outbox)]);
  };

  return async () => {
    const now = clock.now();
    const result = { campaigns: 0, queued: 0, skipped: 0, failed: 0, summaries: 0 };
    if (!isOfficeTime(now)) return result;
    const today = berlinParts(now).date;
    for (const campaign of await store.listCampaigns()) {
      if (campaign.status !== 'launched') continue;
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
        if (record?.status === 'claimed') result.queued++;
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
