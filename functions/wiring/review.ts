import { makeAccessionStore } from '../store/accession-store';
import { makeCampaignStore } from '../store/campaign-store';
import { makeEvaluationStore } from '../store/evaluation-store';
import { makeFormRecordStore } from '../store/form-records-store';
import { makeLinkStore } from '../store/link-store';
import { makeOutboxStore } from '../store/outbox-store';
import { makeReminderStore } from '../store/reminder-store';
import { makeSubmissionStore } from '../store/submission-store';
import { store, table } from './core';

/** Everything the staff's view of one response shows: its records, basis, feedback and reminders. */
export const reviewStore = {
  ...store,
  ...makeCampaignStore(table),
  ...makeSubmissionStore(table),
  ...makeFormRecordStore(table),
  ...makeAccessionStore(table),
  ...makeLinkStore(table),
  ...makeOutboxStore(table),
  ...makeReminderStore(table),
  ...makeEvaluationStore(table),
};
