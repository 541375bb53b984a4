import { Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag';
import type { Alarms } from './alarms';

export type DeadLetterQueueProps = {
  /** What waits here and why nothing consumes it (the reason cdk-nag's SQS3 finding is acknowledged). */
  holds: string;
  /** The alarm raised as soon as one message waits here: its id in `alarms` and what it is about. */
  alarm: { alarms: Alarms; id: string; what: string };
};

/**
 * A dead-letter queue as every one in this app is built: encrypted, TLS only, 14 days retention,
 * not itself redriven (acknowledged for cdk-nag), and watched by an alarm.
 */
export class DeadLetterQueue extends sqs.Queue {
  readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this, 'AwsSolutions-SQS3', `This queue is itself the dead-letter queue of ${props.holds}`);
    this.alarm = props.alarm.alarms.onDeadLetters(props.alarm.id, this, props.alarm.what);
  }
}
