import { makeAccessionStore } from '../store/accession-store';
import { makeCampaignStore } from '../store/campaign-store';
import { makeDraftStore } from '../store/draft-store';
import { makeFeedbackReads } from '../store/feedback-reads';
import { makeFormRecordStore } from '../store/form-records-store';
import { makeLinkStore } from '../store/link-store';
import { makeOutboxStore } from '../store/outbox-store';
import { makeReminderStore } from '../store/reminder-store';
import { store, table } from './core';

/** Everything the staff's view of one response shows: its records, basis, feedback and reminders. */
export const reviewStore = {
  ...store,
  ...makeCampaignStore(table),
  ...makeDraftStore(table),
  ...makeFormRecordStore(table),
  ...makeAccessionStore(table),
  ...makeLinkStore(table),
  ...makeOutboxStore(table),
  ...makeReminderStore(table),
  ...makeFeedbackReads(table),
};
