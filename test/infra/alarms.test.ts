import { type NestedStack, Stack } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, ROUTES, SCHEDULES, SUBSCRIBERS } from '../../functions/api/routes';
import { TABLE } from '../../functions/store/table-design';
import { ERROR_LOG_METRIC, ratePeriod } from '../../infra/constructs/alarms';
import type { StatelessStack } from '../../infra/stateless-stack';
import { buildTestApp, resourcesOf, statelessTemplate, templatesOf } from './support';

type AlarmProps = {
  Namespace?: string;
  MetricName?: string;
  Dimensions?: { Name: string; Value: unknown }[];
  Metrics?: {
    Id: string;
    Expression?: string;
    MetricStat?: { Metric: { MetricName: string; Dimensions?: unknown } };
  }[];
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData: string;
  AlarmActions: unknown[];
  OKActions: unknown[];
  Period?: number;
};

const ALL_DEFS = [...ROUTES, ...SCHEDULES, ...CONSUMERS, ...SUBSCRIBERS];

describe('alarms', () => {
  let stack: StatelessStack;
  let template: Template;
  let alarms: AlarmProps[];
  let topicRef: unknown;

  beforeAll(() => {
    ({ stateless: stack } = buildTestApp());
    // Alarms live in the nested "Monitoring" stack and, for functions, schedules and their queues,
    // in the nested stack of the feature (see stateless-stack.ts). statelessTemplate reads them as
    // one flat template.
    const monitoring = Stack.of(stack.alarms) as NestedStack;
    template = statelessTemplate(stack);
    alarms = Object.values(resourcesOf(template, 'AWS::CloudWatch::Alarm')).map(
      (r) => r.Properties as AlarmProps,
    );
    topicRef = { Ref: monitoring.getLogicalId(stack.alarms.topic.node.defaultChild as never) };
  });

  const fnRef = (id: string) => {
    const fn = stack.functions[id];
    if (!fn) throw new Error(`no function ${id}`);
    return { Ref: stack.getLogicalId(fn.function.node.defaultChild as lambda.CfnFunction) };
  };
  const onMetric = (namespace: string, metricName: string) =>
    alarms.filter((a) => a.Namespace === namespace && a.MetricName === metricName);

  it('notifies the alarm topic on every alarm, when it fires and when it recovers', () => {
    expect(alarms.length).toBeGreaterThan(ALL_DEFS.length);
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([topicRef]);
      expect(alarm.OKActions).toEqual([topicRef]);
    }
  });

  it('gives every function one alarm on its errors and throttles', () => {
    for (const def of ALL_DEFS) {
      const fnDimension = JSON.stringify([{ Name: 'FunctionName', Value: fnRef(def.id) }]);
      const matching = alarms.filter((a) =>
        a.Metrics?.some((m) => JSON.stringify(m.MetricStat?.Metric.Dimensions) === fnDimension),
      );
      const faults = matching.filter((a) => a.Metrics?.some((m) => m.Expression?.includes('throttles')));
      expect(faults, def.id).toHaveLength(1);
      expect(faults[0]).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      const names = faults[0]?.Metrics?.flatMap((m) =>
        m.MetricStat ? [m.MetricStat.Metric.MetricName] : [],
      );
      expect(names?.sort()).toEqual(['Errors', 'Throttles']);
    }
  });

  it("keeps every template of the stateless stack well inside CloudFormation's limits", () => {
    // CloudFormation refuses a template of more than 500 resources, 200 parameters or 200 outputs.
    // Functions live in one nested stack per feature folder, so a new route grows only its
    // feature's template; 80 % of each limit leaves room before a feature must be split.
    const templates = templatesOf(stack);
    expect(templates.length).toBeGreaterThan(10);
    for (const { stack: s, json } of templates) {
      expect(Object.keys(json.Resources).length, s.node.path).toBeLessThanOrEqual(400);
      expect(Object.keys(json.Parameters ?? {}).length, s.node.path).toBeLessThanOrEqual(160);
      expect(Object.keys(json.Outputs ?? {}).length, s.node.path).toBeLessThanOrEqual(160);
    }
    for (const [id, fn] of Object.entries(stack.functions)) expect(Stack.of(fn).nested, id).toBe(true);
  });

  it('alarms on every dead-letter queue of the stack', () => {
    const queues = resourcesOf(template, 'AWS::SQS::Queue');
    const sendQueueId = stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
    const deadLetterIds = Object.keys(queues).filter((id) => id !== sendQueueId);
    expect(deadLetterIds).toHaveLength(1 + SCHEDULES.length + SUBSCRIBERS.length);
    for (const id of deadLetterIds) {
      const matching = onMetric('AWS/SQS', 'ApproximateNumberOfMessagesVisible').filter(
        (a) =>
          JSON.stringify(a.Dimensions?.[0]?.Value) === JSON.stringify({ 'Fn::GetAtt': [id, 'QueueName'] }),
      );
      expect(matching, id).toHaveLength(1);
      expect(matching[0]).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
  });

  it('alarms on 5xx answers of the HTTP API', () => {
    const [api5xx] = onMetric('AWS/ApiGateway', '5xx');
    expect(api5xx?.Dimensions).toEqual([
      { Name: 'ApiId', Value: { Ref: stack.getLogicalId(stack.httpApi.api.node.defaultChild as never) } },
    ]);
  });

  it('alarms on throttle events of the table and of each index', () => {
    const throttles = alarms.filter((a) => a.Metrics?.some((m) => m.Expression?.includes('FILL(readTable')));
    expect(throttles).toHaveLength(1);
    const names = throttles[0]?.Metrics?.flatMap((m) =>
      m.MetricStat ? [m.MetricStat.Metric.MetricName] : [],
    );
    expect(names?.filter((n) => n === 'ReadThrottleEvents')).toHaveLength(
      1 + Object.keys(TABLE.indexes).length,
    );
    expect(names?.filter((n) => n === 'WriteThrottleEvents')).toHaveLength(
      1 + Object.keys(TABLE.indexes).length,
    );
  });

  it('alarms when a schedule has had no successful run for two of its periods', () => {
    for (const def of SCHEDULES) {
      const window = Math.min(ratePeriod(def.expression).toSeconds() * 2, 86_400);
      const stale = alarms.filter((a) =>
        a.Metrics?.some(
          (m) =>
            m.Id === 'invocations' &&
            JSON.stringify(m).includes(JSON.stringify(fnRef(def.id))) &&
            (m as { MetricStat?: { Period: number } }).MetricStat?.Period === window,
        ),
      );
      expect(stale, def.id).toHaveLength(1);
      expect(stale[0]).toMatchObject({
        Threshold: 1,
        ComparisonOperator: 'LessThanThreshold',
        TreatMissingData: 'breaching',
      });
    }
    expect(ratePeriod('rate(15 minutes)').toMinutes()).toBe(15);
    expect(ratePeriod('rate(1 hour)').toMinutes()).toBe(60);
    expect(ratePeriod('cron(15 3 * * ? *)').toHours()).toBe(24);
    expect(() => ratePeriod('cron(0 8 ? * MON *)')).toThrow(/daily cron\(\) expression/);
  });

  it('alarms on the reputation metrics of the SES configuration set: bounces > 2 %, complaints > 0.05 %', () => {
    const [bounce] = onMetric('AWS/SES', 'Reputation.BounceRate');
    const [complaint] = onMetric('AWS/SES', 'Reputation.ComplaintRate');
    expect(bounce).toMatchObject({ Threshold: 0.02, ComparisonOperator: 'GreaterThanThreshold' });
    expect(complaint).toMatchObject({ Threshold: 0.0005, ComparisonOperator: 'GreaterThanThreshold' });
    for (const alarm of [bounce, complaint]) {
      expect(alarm?.Dimensions?.[0]?.Name).toBe('ses:configuration-set');
    }
  });

  it('counts ERROR log lines of every function into one metric, with an alarm on it', () => {
    const filters = Object.values(resourcesOf(template, 'AWS::Logs::MetricFilter'));
    const logGroupRefs = filters.map((f) => JSON.stringify(f.Properties.LogGroupName));
    for (const def of ALL_DEFS) {
      const logGroup = stack.functions[def.id]?.logGroup;
      const ref = JSON.stringify({ Ref: stack.getLogicalId(logGroup?.node.defaultChild as never) });
      expect(logGroupRefs, def.id).toContain(ref);
    }
    for (const filter of filters) {
      expect(filter.Properties.FilterPattern).toBe('{ $.level = "ERROR" }');
      expect(filter.Properties.MetricTransformations).toEqual([
        expect.objectContaining({
          MetricNamespace: ERROR_LOG_METRIC.namespace,
          MetricName: ERROR_LOG_METRIC.name,
        }),
      ]);
    }
    expect(onMetric(ERROR_LOG_METRIC.namespace, ERROR_LOG_METRIC.name)).toHaveLength(1);
  });
});
