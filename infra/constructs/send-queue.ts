import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type ConsumerDef, SEND_QUEUE_MAX_RECEIVES } from '../../functions/api/routes';
import type { Alarms } from './alarms';
import { DeadLetterQueue } from './dead-letter-queue';

export type SendQueueProps = {
  /** Timeout of the consumer function; the visibility timeout is six times this (AWS guidance). */
  consumerTimeout: Duration;
  /** Where the alarm on the dead-letter queue goes. */
  alarms: Alarms;
  /** Receives of one message before it moves to the dead-letter queue. */
  maxReceiveCount?: number;
};

/** Receives before a send job is parked in the dead-letter queue (the local queue runner's too). */
export const MAX_RECEIVE_COUNT = SEND_QUEUE_MAX_RECEIVES;

/**
 * The queue of invitation send jobs (functions/campaigns/send-job.ts): routes with
 * `grants.enqueue` put jobs in, the CONSUMERS entry takes them out. A job that fails
 * MAX_RECEIVE_COUNT times waits in the dead-letter queue for inspection (and raises an alarm).
 */
export class SendQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: DeadLetterQueue;
  readonly maxReceiveCount: number;

  constructor(scope: Construct, id: string, props: SendQueueProps) {
    super(scope, id);
    this.maxReceiveCount = props.maxReceiveCount ?? MAX_RECEIVE_COUNT;

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetters', {
      holds: `the send queue: a send job that failed ${this.maxReceiveCount} times waits here for inspection (an alarm fires) and is not processed further.`,
      alarm: { alarms: props.alarms, id: 'SendDeadLetters', what: 'Invitation sends' },
    });

    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // A message must stay invisible while one invocation (and Lambda's retries of it) may run.
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: this.maxReceiveCount },
    });
  }

  /**
   * Connect the consumer: batches of `def.batchSize`, partial batch failures (only failed jobs are
   * retried) and at most `maxConcurrency` concurrent invocations, so the SES rate is shared by a
   * known number of senders. Lambda's event source grants the function exactly the consume actions.
   */
  addConsumer(def: ConsumerDef, fn: lambda.Function, maxConcurrency: number): SqsEventSource {
    const source = new SqsEventSource(this.queue, {
      batchSize: def.batchSize,
      reportBatchItemFailures: true,
      maxConcurrency,
    });
    fn.addEventSource(source);
    return source;
  }
}
