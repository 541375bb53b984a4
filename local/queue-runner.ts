import { randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { CONSUMERS, SEND_QUEUE_MAX_RECEIVES } from '../functions/api/routes';
import { inProcessQueue } from '../functions/queue/in-process-queue';
import type { SendJob } from '../functions/shared/ports';
import { lambdaContext } from './api-gateway-event';
import { type AnyHandler, loadHandler } from './handlers';

const record = (job: SendJob, receiveCount: number): SQSRecord => ({
  messageId: randomUUID(),
  receiptHandle: randomUUID(),
  body: JSON.stringify(job),
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: String(Date.now()),
    SenderId: 'local',
    ApproximateFirstReceiveTimestamp: String(Date.now()),
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:local:000000000000:send-queue',
  awsRegion: 'eu-central-1',
});

/**
 * Local stand-in for SQS + the Lambda event source: delivers queued jobs to the consumer handler
 * in batches, at most `concurrency` at once (the event source's maximum concurrency, as
 * SENDER_CONCURRENCY tells the senders; each concurrent sender is an execution environment of its
 * own, with its own log stream, as in Lambda), redelivers the messages the handler reports as
 * failed, and after `maxReceives` (by default as many as the send queue's redrive policy in AWS:
 * SEND_QUEUE_MAX_RECEIVES) moves them to a dead-letter list.
 */
export const startQueueRunner = (
  root: string,
  options: {
    maxReceives?: number;
    retryDelayMs?: number;
    log?: (line: string) => void;
    /**
     * Import the consumer now, in the background, instead of at the first job: in AWS it is a
     * function of its own, whose cold start never holds up the request that queued the jobs.
     */
    warm?: boolean;
    /** Batches handled at once (default 1: one batch after the other). */
    concurrency?: number;
    /** Tests: a consumer of their own instead of the send handler. */
    load?: () => Promise<AnyHandler>;
  } = {},
) => {
  const consumer = CONSUMERS[0];
  const load = options.load ?? (() => loadHandler(root, consumer.entry));
  if (options.warm) load().catch(() => undefined); // the first drain reports it
  const maxReceives = options.maxReceives ?? SEND_QUEUE_MAX_RECEIVES;
  const concurrency = options.concurrency ?? 1;
  const backlog: { job: SendJob; receives: number }[] = [];
  const deadLetters: SendJob[] = [];
  /** The environments busy with a batch, by their log stream. */
  const running = new Map<string, Promise<void>>();

  /** One execution environment: takes batches until the backlog is empty. */
  const drain = async (logStream: string) => {
    const handler = await load();
    while (backlog.length) {
      const batch = backlog.splice(0, consumer.batchSize).map((m) => ({ ...m, receives: m.receives + 1 }));
      const records = batch.map((m) => record(m.job, m.receives));
      const event: SQSEvent = { Records: records };
      let failed: Set<string>;
      try {
        const result = (await handler(event, {
          ...lambdaContext(consumer.id, 900_000),
          logStreamName: logStream,
        })) as {
          batchItemFailures?: { itemIdentifier: string }[];
        };
        failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch (e) {
        // A crashed invocation: SQS makes the whole batch visible again.
        options.log?.(`queue consumer crashed: ${e instanceof Error ? e.message : String(e)}`);
        failed = new Set(records.map((r) => r.messageId));
      }
      const retry = batch.filter((_, i) => failed.has(records[i]?.messageId ?? ''));
      for (const m of retry) {
        if (m.receives >= maxReceives) deadLetters.push(m.job);
        else setTimeout(() => enqueue([m.job], m.receives), options.retryDelayMs ?? 2000);
      }
    }
  };

  /** Starts idle environments while there are more batches waiting than environments busy. */
  const enqueue = (jobs: SendJob[], receives = 0) => {
    backlog.push(...jobs.map((job) => ({ job, receives })));
    for (let k = 1; k <= concurrency && backlog.length > 0; k++) {
      const logStream = `local-sender-${k}`;
      if (running.has(logStream)) continue;
      if (running.size * consumer.batchSize >= backlog.length) break;
      running.set(
        logStream,
        drain(logStream).finally(() => {
          running.delete(logStream);
          if (backlog.length) enqueue([]);
        }),
      );
    }
    return Promise.resolve();
  };

  inProcessQueue.attach((jobs) => enqueue(jobs));
  return {
    deadLetters,
    /** Resolves when nothing is queued or being processed (retries scheduled later are not awaited). */
    idle: async () => {
      while (running.size) await Promise.all(running.values());
    },
    stop: () => inProcessQueue.detach(),
  };
};
