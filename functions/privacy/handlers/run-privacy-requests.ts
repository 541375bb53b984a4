import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { clock } from '../../wiring/core';
import { privacyStore as store } from '../../wiring/privacy';
import { makeRunPrivacyRequests } from '../use-cases/run-privacy-requests';

const runPrivacyRequests = makeRunPrivacyRequests({ store, clock });

/** Searches and erasures of privacy requests: EventBridge Scheduler in AWS, the local ticker locally. */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const run = await runPrivacyRequests();
  // Counts only: the log never names the address.
  logger.info('privacy requests run', run);
  return run;
});
