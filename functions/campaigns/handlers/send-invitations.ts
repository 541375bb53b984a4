import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { config, mailing } from '../../wiring/mail';
import { makeInFlightLimit, makePacer } from '../pacer';
import { SendJob } from '../send-job';
import { makeSendInvitation } from '../use-cases/send-invitation';

const sendInvitation = makeSendInvitation(mailing);
/** Each concurrent sender keeps its share of the SES rate, across the batches of this container. */
const pacer = makePacer((1000 * config.SENDER_CONCURRENCY) / config.SES_SEND_RATE);
/** Sends of one batch that may overlap (the pacer still spaces their starts). */
const MAX_IN_FLIGHT = 4;

/**
 * SQS consumer (a local in-process queue invokes it the same way). Sends one invitation per
 * message at the configured rate; reports failed messages so that only those are retried.
 * A malformed message is logged and dropped: retrying it could never succeed.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>().handler(async (event) => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  const sends = makeInFlightLimit(MAX_IN_FLIGHT);
  for (const record of event.Records) {
    let job: SendJob;
    try {
      job = SendJob.parse(JSON.parse(record.body));
    } catch {
      logger.error('malformed send job dropped', { messageId: record.messageId });
      continue;
    }
    await sends.start(async () => {
      await pacer.next();
      try {
        const outcome = await sendInvitation(job);
        logger.info('send job', { campaignId: job.campaignId, jobcenterId: job.jobcenterId, outcome });
      } catch (error) {
        logger.error('send job failed', {
          campaignId: job.campaignId,
          jobcenterId: job.jobcenterId,
          error: error as Error,
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    });
  }
  await sends.drain();
  return { batchItemFailures };
});
