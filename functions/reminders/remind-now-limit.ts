import { AppError } from '../shared/errors';
import type { Clock, QuotaStore } from '../shared/ports';
import { berlinParts } from './working-time';

/** Manual reminders ("Jetzt erinnern") per Jobcenter and Berlin calendar day, across campaigns. */
export const MANUAL_REMINDERS_PER_DAY = 1;

export class RemindNowLimitError extends AppError {
  override readonly statusCode = 429;
  override readonly code = 'rate_limited';
  constructor() {
    super(
      'Dieses Jobcenter wurde heute schon von Hand erinnert. Eine weitere Erinnerung ist ab morgen möglich.',
    );
  }
}

/**
 * Takes today's manual reminder of a Jobcenter or throws RemindNowLimitError (429). The counter is
 * one conditional DynamoDB item per Jobcenter and day, removed by TTL two days later.
 */
export const makeRemindNowLimit =
  ({ store, clock }: { store: Pick<QuotaStore, 'takeQuota'>; clock: Clock }) =>
  async (jobcenterId: string): Promise<void> => {
    const now = clock.now();
    const day = berlinParts(now).date;
    const expiresAtEpoch = Math.floor(now.getTime() / 1000) + 2 * 86_400;
    if (!(await store.takeQuota(`remind-now#${jobcenterId}`, day, MANUAL_REMINDERS_PER_DAY, expiresAtEpoch)))
      throw new RemindNowLimitError();
  };
