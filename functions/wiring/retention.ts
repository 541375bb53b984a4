import { makeCampaignStore } from '../store/campaign-store';
import { makeRetentionStore } from '../store/retention-store';
import { store, table } from './core';

/** The retention job's pages of items with personal data, and the campaigns it keeps. */
export const retentionStore = { ...store, ...makeRetentionStore(table), ...makeCampaignStore(table) };
