import { makeCampaignStore } from '../store/campaign-store';
import { makeQuotaStore } from '../store/quota-store';
import { makeReminderStore } from '../store/reminder-store';
import { store, table } from './core';

/** Reminders claimed per rule, the invitations they remind of and the daily quota of manual ones. */
export const reminderStore = {
  ...store,
  ...makeReminderStore(table),
  ...makeCampaignStore(table),
  ...makeQuotaStore(table),
};
