import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { clock, config, linkKey, mailer, mailTemplates, store } from '../../wiring';
import { makeRunReminders } from '../use-cases/run-reminders';

const runReminders = makeRunReminders({
  store,
  mailer,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
  linkKey,
});

/** Invoked hourly by EventBridge Scheduler in AWS and by the local ticker with the same event. */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const result = await runReminders();
  logger.info('reminder run', result);
  return result;
});
