import { berlinDate } from './berlin-day';

/**
 * The one quota mechanism: at most `max` of what `key` counts per Berlin calendar day, as one
 * conditional counter item per key and day (TTL removes it two days after its day). Taken alone
 * (`QuotaStore.takeQuota`, e.g. "Jetzt erinnern") or inside a use case's transaction
 * (`MailWrites.quota`, hand-overs and receipts); both refuse with QuotaExceededError (429, the quota's message).
 */
export type DailyQuota = {
  /** What is counted for whom, e.g. `remind-now#<jobcenterId>` or `handover#<campaignId>#<jobcenterId>`. */
  key: string;
  /** The Berlin calendar day (YYYY-MM-DD) counted. */
  day: string;
  max: number;
  /** The German refusal (429) naming what is limited. */
  message: string;
};

export const dailyQuota = (key: string, max: number, now: Date, message: string): DailyQuota => ({
  key,
  day: berlinDate(now),
  max,
  message,
});

/** Days a counter is kept after the start of the day it counts, then TTL deletes it. */
export const QUOTA_KEPT_DAYS = 3;
