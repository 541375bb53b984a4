import { makeCampaignStore } from '../store/campaign-store';
import { makeFormRecordStore } from '../store/form-records-store';
import { makeSubmissionStore } from '../store/submission-store';
import { store, table } from './core';

/** What a records session reads: the Jobcenter's submissions and the campaigns they belong to. */
export const recordReads = {
  ...store,
  ...makeFormRecordStore(table),
  ...makeSubmissionStore(table),
  ...makeCampaignStore(table),
};
