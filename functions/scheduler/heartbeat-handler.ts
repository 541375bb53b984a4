import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../shared/logger';
import { clock, store } from '../wiring/core';
import { makeRecordHeartbeat } from './record-heartbeat';

const recordHeartbeat = makeRecordHeartbeat({ store, clock });

/** Invoked by EventBridge Scheduler in AWS and by the local ticker with the same event shape. */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const run = await recordHeartbeat();
  logger.info('scheduled run', run);
  return run;
});
