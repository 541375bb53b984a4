import { makeCampaignStore } from '../store/campaign-store';
import { makeDraftStore } from '../store/draft-store';
import { makeFormRecordStore } from '../store/form-records-store';
import { store, table } from './core';

/** What a records session reads: the Jobcenter's submissions and the campaigns they belong to. */
export const recordReads = {
  ...store,
  ...makeFormRecordStore(table),
  ...makeDraftStore(table),
  ...makeCampaignStore(table),
};
