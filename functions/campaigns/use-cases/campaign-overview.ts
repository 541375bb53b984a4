import { ruleId } from '../../reminders/policy';
import { systemClock } from '../../shared/clock';
import { NotFoundError } from '../../shared/errors';
import { logger } from '../../shared/logger';
import type { CampaignStore, CampaignViewStore, Clock } from '../../shared/ports';
import type { CampaignViewQuery } from '../api-schemas';
import type { Campaign } from '../campaign';
import { summaryFigures } from '../campaign-summary';
import { displayStatus, type Invitation, isAnswered, publicInvitation } from '../invitation';
import { isSendStuck } from '../pending-send';

/** Invitations per page of the campaign page (the response stays far below 100 kB). */
export const PAGE_SIZE = 50;
/** Entries per reason in "Braucht Aufmerksamkeit" (the counts are complete). */
export const ATTENTION_LIMIT = 20;

export type AttentionReason = 'bounced' | 'stuck' | 'remindersExhausted';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign'> &
    Pick<CampaignViewStore, 'getCampaignSummary' | 'listInvitationPage' | 'listPendingSendsOf'>;
  clock?: Clock;
};

/** Every reminder went out (the schedule's maximum, or its last rule) and no answer came. */
const remindersExhausted = (campaign: Campaign, reminders: readonly { rule: string; trigger: string }[]) =>
  reminders.filter((r) => r.trigger === 'schedule').length >= campaign.reminders.maxReminders ||
  reminders.some((r) => r.rule === ruleId(Math.max(...campaign.reminders.offsetsDays)));

const attentionEntry = (i: Invitation, reason: AttentionReason) => ({
  jobcenterId: i.jobcenterId,
  jobcenterName: i.jobcenterName,
  delivery: i.delivery,
  reason,
  /** Why SES refused the send for good (e.g. AccessDenied), when it did. */
  ...(reason === 'stuck' && i.sendFailure ? { sendFailure: i.sendFailure.code } : {}),
});

/**
 * Campaign page: the campaign, the counts from its summary, what needs attention (`needsAttention`
 * counts the campaign's bounced and stuck ones, whatever the page), and one page of
 * Jobcenters (filtered by status, Landschaftsverband and name) with their reminders. Every read is
 * bounded: the same few DynamoDB calls, whatever the page's rows and the campaign's size (campaign
 * and summary, at most MAX_PAGE_ROUNDS page queries, the stuck and bounced ones for attention).
 */
export const makeGetCampaignOverview =
  ({ store, clock = systemClock }: Deps) =>
  async (campaignId: string, query: CampaignViewQuery = {}) => {
    const now = clock.now();
    const [campaign, summary] = await Promise.all([
      store.getCampaign(campaignId),
      store.getCampaignSummary(campaignId),
    ]);
    if (!campaign) throw new NotFoundError('Diese Kampagne gibt es nicht.');
    // Never recounted here (that reads every invitation): the migration writes it once.
    if (!summary && campaign.status !== 'draft')
      logger.warn('campaign summary missing: run npm run migrate:campaign-view', { campaignId });
    const figures = summaryFigures(summary?.counts ?? {});
    const [page, stuck, bounced] = await Promise.all([
      store.listInvitationPage(campaignId, { ...query, name: query.name || undefined, size: PAGE_SIZE }),
      // Not gated by the queued count: a resend keeps the invitation's progress (opened, …). Every
      // pending send (a campaign has far fewer than 200): one SES refused is stuck at once.
      campaign.status === 'draft' ? Promise.resolve([]) : store.listPendingSendsOf(campaignId, 200),
      figures.counts.bounced > 0
        ? store.listInvitationPage(campaignId, { status: 'bounced', size: ATTENTION_LIMIT })
        : Promise.resolve({ items: [] }),
    ]);
    // Each row's reminders come with it (their facts are kept on the invitation): no read per row.
    const rows = page.items.map(({ reminders, ...i }) => {
      const own = reminders.filter((r) => r.status !== 'skipped');
      const exhausted = !isAnswered(i) && remindersExhausted(campaign, own);
      return {
        ...publicInvitation(i),
        status: displayStatus(i),
        reminders: own.map(({ rule, status, at, trigger, toDeputy }) => ({
          rule,
          status,
          at,
          trigger,
          toDeputy,
        })),
        needsAttention: i.delivery === 'bounced' || isSendStuck(i, now) || exhausted,
        remindersExhausted: exhausted,
      };
    });
    const stuckHere = stuck.filter((i) => isSendStuck(i, now));
    const silent = page.items.filter(
      (_, index) => rows[index]?.remindersExhausted && rows[index].delivery !== 'bounced',
    );
    const attention = [
      ...bounced.items.map((i) => attentionEntry(i, 'bounced')),
      ...stuckHere.slice(0, ATTENTION_LIMIT).map((i) => attentionEntry(i, 'stuck')),
      ...silent.filter((i) => !isSendStuck(i, now)).map((i) => attentionEntry(i, 'remindersExhausted')),
    ];
    // Campaign-wide, the same on every page and filter: the bounced ones (summary count) and the
    // stuck sends. Jobcenters silent after every reminder are known for the page's rows only, so
    // they are flagged there and listed, never counted.
    const needsAttention = figures.counts.bounced + stuckHere.length;
    return {
      campaign,
      summary: { ...figures, needsAttention },
      attention,
      invitations: rows.map(({ remindersExhausted: _r, ...row }) => row),
      page: { size: PAGE_SIZE, ...(page.next ? { next: page.next } : {}) },
    };
  };
