import { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { SubscriberDef } from '../../functions/api/routes';
import type { Alarms } from './alarms';
import { DeadLetterQueue } from './dead-letter-queue';

export type TopicSubscriberProps = {
  def: SubscriberDef;
  fn: lambda.Function;
  topic: sns.ITopic;
  /** Where the alarm on the dead-letter queue goes. */
  alarms: Alarms;
  /** Lambda's retries of a failed asynchronous invocation (0 to 2) before the dead-letter queue. */
  retryAttempts?: number;
  /** An event older than this is not retried any more; it goes to the dead-letter queue. */
  maxEventAge?: Duration;
};

/** Lambda's default (and maximum) for asynchronous invocations. */
export const SUBSCRIBER_RETRY_ATTEMPTS = 2;

/**
 * One SUBSCRIBERS entry: its function subscribed to the SNS topic, and one dead-letter queue for
 * both ways an event can get lost. SNS invokes the function asynchronously:
 * - if SNS cannot deliver at all (e.g. the invoke permission is missing), the subscription's
 *   redrive policy parks the SNS message in the queue;
 * - if the function fails, Lambda retries `retryAttempts` times, then its on-failure destination
 *   puts the invocation record (request payload, error) in the same queue.
 * An alarm watches the queue.
 */
export class TopicSubscriber extends Construct {
  readonly deadLetterQueue: DeadLetterQueue;
  readonly subscription: subscriptions.LambdaSubscription;

  constructor(scope: Construct, id: string, props: TopicSubscriberProps) {
    super(scope, id);
    const { def, fn, topic } = props;

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetters', {
      holds:
        `the "${def.id}" subscriber (SNS redrive and the ` +
        "function's on-failure destination); lost events wait here for inspection and are not processed further.",
      alarm: {
        alarms: props.alarms,
        id: `SubscriberDeadLetters-${def.id}`,
        what: `Subscriber ${def.id} (${def.topic})`,
      },
    });

    fn.configureAsyncInvoke({
      retryAttempts: props.retryAttempts ?? SUBSCRIBER_RETRY_ATTEMPTS,
      maxEventAge: props.maxEventAge ?? Duration.hours(6),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    // The subscription and the invoke permission (source ARN = this topic) are created next to the
    // function, in this stack; the topic's stack is not touched.
    this.subscription = new subscriptions.LambdaSubscription(fn, { deadLetterQueue: this.deadLetterQueue });
    topic.addSubscription(this.subscription);
  }
}
