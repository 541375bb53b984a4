import { dailyQuota } from '../shared/daily-quota';
import type { Clock, QuotaStore } from '../shared/ports';

/** Manual reminders ("Jetzt erinnern") per Jobcenter and Berlin calendar day, across campaigns. */
export const MANUAL_REMINDERS_PER_DAY = 1;

/** Takes today's manual reminder of a Jobcenter or throws QuotaExceededError (429). */
export const makeRemindNowLimit =
  ({ store, clock }: { store: Pick<QuotaStore, 'takeQuota'>; clock: Clock }) =>
  (jobcenterId: string): Promise<void> =>
    store.takeQuota(
      dailyQuota(
        `remind-now#${jobcenterId}`,
        MANUAL_REMINDERS_PER_DAY,
        clock.now(),
        'Dieses Jobcenter wurde heute schon von Hand erinnert. Eine weitere Erinnerung ist ab morgen möglich.',
      ),
    );
