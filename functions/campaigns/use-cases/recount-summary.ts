import { systemClock } from '../../shared/clock';
import type { CampaignStore, CampaignViewStore, Clock } from '../../shared/ports';
import { countStatuses } from '../campaign-summary';

/**
 * Rebuilds a campaign's summary from its invitations (all pages): after a migration of campaigns
 * that predate the summary, or to check one. Idempotent and never on a request path. It writes only
 * if no counted change happened while it read (the summary's `changes` is unchanged), and tries
 * again otherwise, so a recount never overwrites a transition's delta.
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
  async (campaignId: string): Promise<{ written: boolean; total: number }> => {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const changes = (await store.getCampaignSummary(campaignId))?.changes ?? 0;
      const invitations = await store.listInvitations(campaignId);
      const written = await store.putRecountedSummary(
        { campaignId, counts: countStatuses(invitations), changes, recountedAt: clock.now().toISOString() },
        changes,
      );
      if (written) return { written, total: invitations.length };
    }
    return { written: false, total: 0 };
  };
