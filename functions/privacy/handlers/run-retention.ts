import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { clock } from '../../wiring/core';
import { retentionStore as store } from '../../wiring/retention';
import { makeRunRetention } from '../use-cases/run-retention';

const runRetention = makeRunRetention({ store, clock });

/** Daily retention run: EventBridge Scheduler in AWS, the local ticker locally (same event). */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const run = await runRetention();
  // Counts only: the log never repeats the data that was removed.
  logger.info('retention run', run);
  return run;
});
