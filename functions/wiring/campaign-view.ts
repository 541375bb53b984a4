import { makeCampaignStore } from '../store/campaign-store';
import { makeCampaignViewStore } from '../store/campaign-view-store';
import { store, table } from './core';

/** The campaign page's reads (summary, invitation pages), only in its handler. */
export const campaignViewStore = {
  ...store,
  ...makeCampaignStore(table),
  ...makeCampaignViewStore(table),
};
