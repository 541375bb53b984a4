import { makeCampaignStore } from '../store/campaign-store';
import { makeDraftStore } from '../store/draft-store';
import { makeFeedbackReads } from '../store/feedback-reads';
import { makeFormRecordStore } from '../store/form-records-store';
import { makeLinkStore } from '../store/link-store';
import { store, table } from './core';

/**
 * The Jobcenter's form: link and session, the response's records (drafts, submissions, feedback)
 * and the invitation they move; for the table-only form handlers (submit renders e-mail and takes
 * the whole store from mail.ts).
 */
export const formStore = {
  ...store,
  ...makeCampaignStore(table),
  ...makeLinkStore(table),
  ...makeDraftStore(table),
  ...makeFormRecordStore(table),
  ...makeFeedbackReads(table),
};
