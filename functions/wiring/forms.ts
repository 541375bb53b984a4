import { makeCampaignStore } from '../store/campaign-store';
import { makeEvaluationStore } from '../store/evaluation-store';
import { makeFormRecordStore } from '../store/form-records-store';
import { makeLinkStore } from '../store/link-store';
import { makeSubmissionStore } from '../store/submission-store';
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
  ...makeSubmissionStore(table),
  ...makeFormRecordStore(table),
  ...makeEvaluationStore(table),
};
