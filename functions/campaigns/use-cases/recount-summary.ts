import { systemClock } from '../../shared/clock';
import type { CampaignStore, CampaignViewStore, Clock } from '../../shared/ports';
import { countStatuses, type StatusCounts } from '../campaign-summary';

const sameCounts = (a: Partial<StatusCounts>, b: StatusCounts) =>
  Object.entries(b).every(([status, n]) => (a[status as keyof StatusCounts] ?? 0) === n);

/**
 * Rebuilds a campaign's summary from its invitations (all pages): after a migration of campaigns
 * that predate the summary, or to check one. Idempotent and never on a request path. It writes only
 * if no counted change happened while it read (the summary's `changes` is unchanged), and tries
 * again otherwise, so a recount never overwrites a transition's delta. With `onlyIfWrong` it
 * leaves a summary that already has the right counts as it is (`written: false, right: true`).
 */
export const makeRecountSummary =
  ({
    store,
    clock = systemClock,
    attempts = 5,
  }: {
    store: Pick<CampaignStore, 'listInvitations'> &
      Pick<CampaignViewStore, 'getCampaignSummary' | 'putRecountedSummary'>;
    clock?: Clock;
    attempts?: number;
  }) =>
  async (
    campaignId: string,
    { onlyIfWrong = false }: { onlyIfWrong?: boolean } = {},
  ): Promise<{ written: boolean; total: number; right?: true }> => {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const summary = await store.getCampaignSummary(campaignId);
      const changes = summary?.changes ?? 0;
      const invitations = await store.listInvitations(campaignId);
      const counts = countStatuses(invitations);
      if (onlyIfWrong && summary && sameCounts(summary.counts, counts))
        return { written: false, total: invitations.length, right: true };
      const written = await store.putRecountedSummary(
        { campaignId, counts, changes, recountedAt: clock.now().toISOString() },
        changes,
      );
      if (written) return { written, total: invitations.length };
    }
    return { written: false, total: 0 };
  };
