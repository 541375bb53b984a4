import { makeAccessionStore } from '../store/accession-store';
import { makeCampaignStore } from '../store/campaign-store';
import { makeDraftStore } from '../store/draft-store';
import { makeFormRecordStore } from '../store/form-records-store';
import { store, table } from './core';

/**
 * What a records session reads: the Jobcenter's submissions, the campaigns they belong to and an
 * accession MAGS recorded from paper or imported.
 */
export const recordReads = {
  ...store,
  ...makeFormRecordStore(table),
  ...makeDraftStore(table),
  ...makeCampaignStore(table),
  ...makeAccessionStore(table),
};
