import { Aws, Duration, TimeZone } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import type { ScheduleDef } from '../../functions/api/routes';
import { acknowledgeWildcards } from '../nag';
import type { Alarms } from './alarms';
import { DeadLetterQueue } from './dead-letter-queue';

export type ScheduledJobProps = {
  def: ScheduleDef;
  fn: lambda.IFunction;
  /** Where the alarm on the dead-letter queue goes. */
  alarms: Alarms;
  /** Retries of a failed invocation before the event goes to the dead-letter queue. */
  retryAttempts?: number;
  /** An event older than this is not retried any more (a later run supersedes it). */
  maxEventAge?: Duration;
};

/**
 * One EventBridge Scheduler schedule for a SCHEDULES entry: retries, then a dead-letter queue,
 * and a role that may invoke exactly this one function.
 */
export class ScheduledJob extends Construct {
  readonly schedule: scheduler.Schedule;
  readonly deadLetterQueue: DeadLetterQueue;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const { def, fn } = props;

    this.deadLetterQueue = new DeadLetterQueue(this, 'DeadLetters', {
      holds: `the "${def.id}" schedule; failed invocations wait here for inspection and are not processed further.`,
      alarm: { alarms: props.alarms, id: `JobDeadLetters-${def.id}`, what: `Schedule ${def.id}` },
    });

    this.role = new iam.Role(this, 'Role', {
      description: `EventBridge Scheduler: invoke only the ${def.id} function`,
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    });

    this.schedule = new scheduler.Schedule(this, 'Schedule', {
      description: `Inklusion job ${def.id} (${def.expression})`,
      // cron() expressions of later jobs (reminders) mean German office hours.
      schedule: scheduler.ScheduleExpression.expression(def.expression, TimeZone.EUROPE_BERLIN),
      timeWindow: scheduler.TimeWindow.off(),
      target: new targets.LambdaInvoke(fn, {
        role: this.role,
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: props.retryAttempts ?? 3,
        maxEventAge: props.maxEventAge ?? Duration.hours(1),
      }),
    });

    acknowledgeWildcards(this.role, [
      {
        finding: /^Resource::<.+\.Arn>:\*$/,
        reason:
          `lambda:InvokeFunction on "<function ARN>:*" covers versions and aliases of the ${def.id} ` +
          'function only (CDK grantInvoke); the role can invoke no other function.',
      },
    ]);
  }
}
