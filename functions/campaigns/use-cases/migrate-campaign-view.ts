import { logger } from '../../shared/logger';
import type { CampaignStore, CampaignViewStore, Clock } from '../../shared/ports';
import { makeRecountSummary } from './recount-summary';

export type CampaignViewMigration = {
  campaigns: number;
  invitations: number;
  /** Invitations given their status index entry, name sort or Landschaftsverband. */
  indexed: number;
  /** Reminder facts written onto invitations. */
  facts: number;
  /** Summaries written (missing or wrong before). */
  recounted: number;
};

/**
 * Brings campaigns written before the campaign page's summary up to it (`npm run
 * migrate:campaign-view`): backfills each invitation's index and filter attributes and its
 * reminders' facts, then recounts the summary where it is missing or wrong. Without ids every
 * campaign; with ids only those (how staff or ops trigger a recount of one campaign). It reads
 * whole campaigns, so it is an operation, never part of a request: the campaign page only reads
 * the summary and shows zero counts until it exists.
 *
 * Idempotent and safe beside running code (every write conditional on what it read; the recount
 * writes only if no transition counted meanwhile), so a second run writes nothing.
 */
export const makeMigrateCampaignView = ({
  store,
  clock,
}: {
  store: Pick<CampaignStore, 'listCampaigns' | 'listInvitations'> &
    Pick<CampaignViewStore, 'backfillCampaignView' | 'getCampaignSummary' | 'putRecountedSummary'>;
  clock?: Clock;
}) => {
  const recount = makeRecountSummary({ store, ...(clock ? { clock } : {}) });
  return async (campaignIds?: readonly string[]): Promise<CampaignViewMigration> => {
    const ids = campaignIds?.length ? campaignIds : (await store.listCampaigns()).map((c) => c.id);
    const result: CampaignViewMigration = {
      campaigns: ids.length,
      invitations: 0,
      indexed: 0,
      facts: 0,
      recounted: 0,
    };
    for (const id of ids) {
      // Attributes first: the recount then sees the same invitations the status index lists.
      const backfill = await store.backfillCampaignView(id);
      result.invitations += backfill.invitations;
      result.indexed += backfill.indexed;
      result.facts += backfill.facts;
      const { written, right } = await recount(id, { onlyIfWrong: true });
      if (written) result.recounted++;
      else if (!right)
        logger.warn('campaign summary not recounted (changed on every attempt)', { campaignId: id });
    }
    return result;
  };
};
