import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { makeSendMail } from '../../outbox/use-cases/send-mail';
import { RECORDS_SENDER_NAME } from '../../records/records-link';
import { makeIssueRecordsMail } from '../../records/use-cases/issue-records-mail';
import { logger } from '../../shared/logger';
import { config, mailing } from '../../wiring/mail';
import { mailerAroundSes } from '../../wiring/mailer';
import { inFlightWithinLease, makeInFlightLimit, makePacer, pacedMailer } from '../pacer';
import { SEND_BATCH_SIZE, SendJob } from '../send-job';
import { makeSendInvitation } from '../use-cases/send-invitation';

/**
 * Each concurrent sender keeps its share of the SES rate, across the batches of its execution
 * environment. The SES call itself is paced: claims, reads, links and rendering of the next mails
 * overlap it. One set of senders per environment, told apart by its log stream (Lambda gives every
 * environment its own; in AWS a process holds exactly one, the local queue runner several).
 */
const perSecond = config.SES_SEND_RATE / config.SENDER_CONCURRENCY;
const makeSenders = () => {
  const pacer = makePacer(perSecond);
  const paced = { ...mailing, mailer: mailerAroundSes((ses) => pacedMailer(ses, pacer)) };
  const sendInvitation = makeSendInvitation(paced);
  const sendMail = makeSendMail(paced);
  const issueRecordsMail = makeIssueRecordsMail({ ...paced, sendMail, senderName: RECORDS_SENDER_NAME });
  return (job: SendJob) =>
    job.type === 'mail'
      ? sendMail(job)
      : job.type === 'records'
        ? issueRecordsMail(job)
        : sendInvitation(job);
};
const environments = new Map<string, ReturnType<typeof makeSenders>>();
const sendersOf = (environment: string) => {
  let send = environments.get(environment);
  if (!send) {
    send = makeSenders();
    environments.set(environment, send);
  }
  return send;
};
/** What the log names: the invitation, the outbox mail or the records request (never its address). */
const subject = (job: SendJob) =>
  job.type === 'mail'
    ? { campaignId: job.campaignId, outboxId: job.outboxId }
    : job.type === 'records'
      ? { recordsRequest: job.requestId }
      : { campaignId: job.campaignId, jobcenterId: job.jobcenterId };
/**
 * Jobs of one batch that may overlap (all of it: SEND_BATCH_SIZE); the pacer still spaces
 * their SES calls. At a slow rate fewer, so that no claimed job waits at the pacer past its lease.
 */
const MAX_IN_FLIGHT = inFlightWithinLease(perSecond, SEND_BATCH_SIZE);

/**
 * SQS consumer (a local in-process queue invokes it the same way). Sends one invitation or one
 * outbox mail (receipt, notice, hand-over, reminder, …) per message at the configured rate; reports failed messages so that only those are retried.
 * A malformed message is logged and dropped: retrying it could never succeed.
 */
export const handler = middy<SQSEvent, SQSBatchResponse>().handler(async (event, context) => {
  const send = sendersOf(context.logStreamName);
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
      try {
        const outcome = await send(job);
        logger.info('send job', { ...subject(job), outcome });
      } catch (error) {
        logger.error('send job failed', { ...subject(job), error: error as Error });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    });
  }
  await sends.drain();
  return { batchItemFailures };
});
