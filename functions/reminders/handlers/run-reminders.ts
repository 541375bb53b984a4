import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { mailing } from '../../wiring/mail';
import { queue } from '../../wiring/queue';
import { makeRunReminders } from '../use-cases/run-reminders';

const runReminders = makeRunReminders({ ...mailing, queue });

/** Invoked hourly by EventBridge Scheduler in AWS and by the local ticker with the same event. */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const result = await runReminders();
  logger.info('reminder run', result);
  return result;
});
