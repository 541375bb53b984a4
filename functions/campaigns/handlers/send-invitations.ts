import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { config, mailing } from '../../wiring/mail';
import { SendJob } from '../send-job';
import { makeSendInvitation } from '../use-cases/send-invitation';

const sendInvitation = makeSendInvitation(mailing);
/** Each concurrent sender keeps its share of the SES rate. */
const intervalMs = (1000 * config.SENDER_CONCURRENCY) / config.SES_SEND_RATE;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SQS consumer (a local in-process queue invokes it the same way). Sends one invitation per
 * message at the configured rate; reports failed messages so that only those are retried.
 * A malformed message is logged and dropped: retrying it could never succeed.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>().handler(async (event) => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  let last = 0;
  for (const record of event.Records) {
    let job: SendJob;
    try {
      job = SendJob.parse(JSON.parse(record.body));
    } catch {
      logger.error('malformed send job dropped', { messageId: record.messageId });
      continue;
    }
    await sleep(Math.max(0, last + intervalMs - Date.now()));
    last = Date.now();
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
  }
  return { batchItemFailures };
});
