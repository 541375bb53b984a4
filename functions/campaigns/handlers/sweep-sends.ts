import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { makeSweepPendingMails } from '../../outbox/use-cases/sweep-pending-mails';
import { logger } from '../../shared/logger';
import { campaignStore as store } from '../../wiring/campaigns';
import { clock } from '../../wiring/core';
import { outboxStore } from '../../wiring/outbox';
import { queue } from '../../wiring/queue';
import { makeSweepPendingSends } from '../use-cases/sweep-pending-sends';

const sweepInvitations = makeSweepPendingSends({ store, queue, clock });
const sweepMails = makeSweepPendingMails({ store: outboxStore, queue, clock });

/**
 * Invoked every 5 minutes by EventBridge Scheduler in AWS and by the local ticker with the same
 * event: finishes interrupted invitations and outbox mails (both sweeps run even if one fails).
 */
export const handler = middy<ScheduledEvent | Record<string, never>>().handler(async () => {
  const [invitations, mails] = await Promise.allSettled([sweepInvitations(), sweepMails()]);
  if (invitations.status === 'rejected') throw invitations.reason;
  if (mails.status === 'rejected') throw mails.reason;
  const result = { ...invitations.value, mails: mails.value };
  logger.info('send sweep', result);
  return result;
});
