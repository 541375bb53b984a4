import { Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';

export type AlarmsProps = {
  /** Required: subscribed to the topic by e-mail (the address must confirm the subscription once). */
  email: string;
};

/** Namespace and name of the metric the error-log filters count into (one metric for all functions). */
export const ERROR_LOG_METRIC = { namespace: 'Inklusion', name: 'ErrorLogLines' } as const;

/**
 * Reputation thresholds of the SES configuration set. AWS reviews an account at a 5 % bounce rate
 * and 0.1 % complaint rate; alarming at 2 % and 0.05 % leaves time to act before that.
 */
export const SES_REPUTATION_THRESHOLDS = { bounceRate: 0.02, complaintRate: 0.0005 } as const;

/**
 * `rate(15 minutes)` -> 15 minutes; a daily cron (`cron(15 3 * * ? *)`, e.g. the retention run)
 * -> 1 day. Other cron expressions are refused: their period is not one number.
 */
export const ratePeriod = (expression: string): Duration => {
  if (/^cron\(\d{1,2} \d{1,2} \* \* \? \*\)$/.test(expression)) return Duration.days(1);
  const match = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!match?.[1] || !match[2]) {
    throw new Error(
      `Cannot derive the heartbeat alarm period of "${expression}": use a rate() or a daily cron() expression`,
    );
  }
  const n = Number(match[1]);
  if (match[2].startsWith('minute')) return Duration.minutes(n);
  if (match[2].startsWith('hour')) return Duration.hours(n);
  return Duration.days(n);
};

/**
 * Operational alarms and the encrypted SNS topic they notify (e-mail to the required address).
 * CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, so the topic has its
 * own key that CloudWatch (of this account) may use. Every alarm also notifies on recovery.
 */
export class Alarms extends Construct {
  readonly topic: sns.Topic;
  readonly key: kms.Key;
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly action: actions.SnsAction;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      description: 'Encrypts the Inklusion alarm topic',
      enableKeyRotation: true,
      // Notifications are not stored; nothing encrypted with this key outlives the topic.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', {
      displayName: 'Inklusion alarms',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    this.action = new actions.SnsAction(this.topic);
  }

  /**
   * An alarm on `metric` that notifies the topic when it fires and when it recovers. An alarm on a
   * resource of a nested feature stack lives in that stack (`about`), so that neither this stack
   * nor the stateless stack grows with every function (CloudFormation: 500 resources, 200
   * parameters per template); all other alarms live here, beside the topic.
   */
  add(id: string, props: cloudwatch.AlarmProps, about?: IConstruct): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this.scopeFor(about), id, props);
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }

  /** The nested stack that holds `resource`, or this construct for resources of a top-level stack. */
  private scopeFor(resource?: IConstruct): Construct {
    const stack = resource && Stack.of(resource);
    return stack?.nested ? stack : this;
  }

  /** Alarm as soon as one message waits in a dead-letter queue (checked every five minutes). */
  onDeadLetters(id: string, queue: sqs.IQueue, what: string): cloudwatch.Alarm {
    return this.add(
      id,
      {
        alarmDescription: `${what}: messages in the dead-letter queue need inspection`,
        metric: queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      },
      queue,
    );
  }

  /**
   * One failed invocation or one throttle of a function within five minutes. Errors and throttles
   * share one alarm per function (metric math), which keeps the stateless stack well below
   * CloudFormation's 500 resources; the notification names both numbers.
   */
  onFunction(id: string, fn: lambda.IFunction): cloudwatch.Alarm {
    const period = { period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM };
    return this.add(
      `FunctionFaults-${id}`,
      {
        alarmDescription: `Function ${id}: invocations failed (unhandled error, timeout) or were throttled`,
        metric: new cloudwatch.MathExpression({
          expression: 'FILL(errors, 0) + FILL(throttles, 0)',
          usingMetrics: { errors: fn.metricErrors(period), throttles: fn.metricThrottles(period) },
          label: 'Errors + throttles',
          period: Duration.minutes(5),
        }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      },
      fn,
    );
  }

  /** One 5xx answer of the HTTP API within five minutes (handlers answer 500 only on a fault). */
  onApiServerErrors(api: apigw.IHttpApi): cloudwatch.Alarm {
    return this.add('Api5xx', {
      alarmDescription: 'HTTP API: 5xx answers (function faults, integration timeouts)',
      metric: api.metricServerError({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /** Any read or write throttle event of the table or one of its global secondary indexes. */
  onTableThrottles(tableName: string, indexNames: readonly string[]): cloudwatch.Alarm {
    const usingMetrics: Record<string, cloudwatch.IMetric> = {};
    const targets: { dims: Record<string, string>; key: string }[] = [
      { dims: { TableName: tableName }, key: 'table' },
      ...indexNames.map((index, i) => ({
        dims: { TableName: tableName, GlobalSecondaryIndexName: index },
        key: `gsi${i}`,
      })),
    ];
    for (const { dims, key } of targets) {
      for (const [kind, metricName] of [
        ['read', 'ReadThrottleEvents'],
        ['write', 'WriteThrottleEvents'],
      ] as const) {
        usingMetrics[`${kind}${key[0]?.toUpperCase()}${key.slice(1)}`] = new cloudwatch.Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap: dims,
          statistic: cloudwatch.Stats.SUM,
          period: Duration.minutes(5),
        });
      }
    }
    return this.add('TableThrottles', {
      alarmDescription: 'DynamoDB: read or write requests of the table or its indexes were throttled',
      metric: new cloudwatch.MathExpression({
        expression: Object.keys(usingMetrics)
          .map((k) => `FILL(${k}, 0)`)
          .join(' + '),
        usingMetrics,
        label: 'Throttle events',
        period: Duration.minutes(5),
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }

  /**
   * Heartbeat of a schedule: fewer than one successful run (invocations minus errors) of its
   * function within two periods of the schedule. No data (never invoked) counts as missing runs.
   */
  onStaleSchedule(id: string, fn: lambda.IFunction, expression: string): cloudwatch.Alarm {
    // Two periods of the schedule, in metric periods of at most a day (CloudWatch's limit).
    const total = ratePeriod(expression).toSeconds() * 2;
    const window = Duration.seconds(Math.min(total, 86_400));
    const periods = Math.ceil(total / window.toSeconds());
    return this.add(
      `ScheduleStale-${id}`,
      {
        alarmDescription: `Schedule ${id} (${expression}): no successful run within two periods`,
        metric: new cloudwatch.MathExpression({
          expression: 'invocations - FILL(errors, 0)',
          usingMetrics: {
            invocations: fn.metricInvocations({ statistic: cloudwatch.Stats.SUM, period: window }),
            errors: fn.metricErrors({ statistic: cloudwatch.Stats.SUM, period: window }),
          },
          label: 'Successful runs',
          period: window,
        }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: periods,
        datapointsToAlarm: periods,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      },
      fn,
    );
  }

  /** The SES reputation metrics of the configuration set (published with `reputationMetrics`). */
  onSesReputation(configurationSetName: string): { bounces: cloudwatch.Alarm; complaints: cloudwatch.Alarm } {
    const metric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': configurationSetName },
        statistic: cloudwatch.Stats.MAXIMUM,
        period: Duration.hours(1),
      });
    const above = {
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    };
    return {
      bounces: this.add('SesBounceRate', {
        alarmDescription: 'SES: bounce rate of the configuration set above 2 % (AWS reviews at 5 %)',
        metric: metric('Reputation.BounceRate'),
        threshold: SES_REPUTATION_THRESHOLDS.bounceRate,
        ...above,
      }),
      complaints: this.add('SesComplaintRate', {
        alarmDescription: 'SES: complaint rate of the configuration set above 0.05 % (AWS reviews at 0.1 %)',
        metric: metric('Reputation.ComplaintRate'),
        threshold: SES_REPUTATION_THRESHOLDS.complaintRate,
        ...above,
      }),
    };
  }

  /**
   * Count the lines with level ERROR (functions/shared/logger.ts, and Lambda's own JSON log lines)
   * of each log group into one metric, and alarm on any such line within five minutes.
   */
  onErrorLogs(logGroups: Record<string, logs.ILogGroup>): cloudwatch.Alarm {
    for (const [id, logGroup] of Object.entries(logGroups)) {
      new logs.MetricFilter(this.scopeFor(logGroup), `ErrorLogFilter-${id}`, {
        logGroup,
        filterPattern: logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
        metricNamespace: ERROR_LOG_METRIC.namespace,
        metricName: ERROR_LOG_METRIC.name,
        metricValue: '1',
        defaultValue: 0,
      });
    }
    return this.add('ErrorLogs', {
      alarmDescription: 'Functions logged errors (level ERROR); the log lines name the route and the error',
      metric: new cloudwatch.Metric({
        namespace: ERROR_LOG_METRIC.namespace,
        metricName: ERROR_LOG_METRIC.name,
        statistic: cloudwatch.Stats.SUM,
        period: Duration.minutes(5),
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
