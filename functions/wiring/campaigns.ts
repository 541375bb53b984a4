import { makeAccessionStore } from '../store/accession-store';
import { makeCampaignStore } from '../store/campaign-store';
import { makeLinkStore } from '../store/link-store';
import { store, table } from './core';

/**
 * The campaign life cycle (campaigns, invitations, their links, the accessions they start from),
 * for the staff's campaign, reminder and review handlers. Like every wiring module's store it
 * contains the core store; a handler that needs one more area spreads that area's store too.
 */
export const campaignStore = {
  ...store,
  ...makeCampaignStore(table),
  ...makeLinkStore(table),
  ...makeAccessionStore(table),
};
