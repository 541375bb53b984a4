import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { queue } from '../../wiring/queue';
import { makeSweepPendingSends } from '../use-cases/sweep-pending-sends';

const sweep = makeSweepPendingSends({ store, queue, clock });

/** Invoked every 5 minutes by EventBridge Scheduler in AWS and by the local ticker with the same event. */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const result = await sweep();
  logger.info('send sweep', result);
  return result;
});
