import { Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, SCHEDULES, SEND_QUEUE_MAX_RECEIVES, SUBSCRIBERS } from '../../functions/api/routes';
import { DEFAULT_SENDER_CONCURRENCY } from '../../infra/config';
import { MAX_RECEIVE_COUNT } from '../../infra/constructs/send-queue';
import { SUBSCRIBER_RETRY_ATTEMPTS } from '../../infra/constructs/topic-subscriber';
import type { StatefulStack } from '../../infra/stateful-stack';
import type { StatelessStack } from '../../infra/stateless-stack';
import { ALARM_EMAIL, logicalIdOf, synthStatelessStack } from './stateless-fixture';
import { buildTestApp, cdkJsonContext, resourcesOf, statelessTemplate, TEST_ALARM_EMAIL } from './support';

/** The functions off the HTTP API: the send queue and its consumers, the schedules, the SNS subscribers, their dead-letter queues and alarms. */
describe('stateless stack', () => {
  const synth = synthStatelessStack({ withVariant: true });
  let stack: StatelessStack;
  let stateful: StatefulStack;
  let template: Template;
  let variantStack: StatelessStack;
  beforeAll(() => {
    ({ stack, stateful, template, variantStack } = synth);
  });

  describe('send queue', () => {
    const sendQueueId = () => stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
    const deadLettersId = () =>
      stack.getLogicalId(stack.sendQueue.deadLetterQueue.node.defaultChild as never);
    const queue = (id: string) => resourcesOf(template, 'AWS::SQS::Queue')[id]?.Properties ?? {};

    it('parks a job in an encrypted dead-letter queue after MAX_RECEIVE_COUNT receives', () => {
      // The local queue runner's default is the same constant (test/unit/queue-runner.test.ts).
      expect(MAX_RECEIVE_COUNT).toBe(SEND_QUEUE_MAX_RECEIVES);
      expect(MAX_RECEIVE_COUNT).toBe(5);
      expect(queue(sendQueueId()).RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [deadLettersId(), 'Arn'] },
        maxReceiveCount: MAX_RECEIVE_COUNT,
      });
      for (const id of [sendQueueId(), deadLettersId()]) {
        expect(queue(id).SqsManagedSseEnabled, id).toBe(true);
      }
      expect(queue(deadLettersId()).MessageRetentionPeriod).toBe(14 * 24 * 3600);
    });

    it('denies plain HTTP on the send queue and its dead-letter queue', () => {
      for (const id of [sendQueueId(), deadLettersId()]) {
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        });
      }
    });

    it('keeps a message invisible for at least six times the consumer timeout', () => {
      for (const def of CONSUMERS) {
        const fn = resourcesOf(template, 'AWS::Lambda::Function')[logicalIdOf(stack, def.id)];
        const timeout = fn?.Properties.Timeout as number;
        expect(timeout).toBeGreaterThanOrEqual(60);
        expect(queue(sendQueueId()).VisibilityTimeout as number).toBeGreaterThanOrEqual(6 * timeout);
      }
    });

    it('feeds each CONSUMERS entry in batches, with partial failures and a concurrency cap', () => {
      const mappings = Object.values(resourcesOf(template, 'AWS::Lambda::EventSourceMapping'));
      expect(mappings).toHaveLength(CONSUMERS.length);
      for (const def of CONSUMERS) {
        const fnId = logicalIdOf(stack, def.id);
        const mapping = mappings.find(
          (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: fnId }),
        );
        expect(mapping?.Properties).toMatchObject({
          EventSourceArn: { 'Fn::GetAtt': [sendQueueId(), 'Arn'] },
          BatchSize: def.batchSize,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          ScalingConfig: { MaximumConcurrency: DEFAULT_SENDER_CONCURRENCY },
        });
        // The handler paces itself by the same number the event source enforces.
        const env = resourcesOf(template, 'AWS::Lambda::Function')[fnId]?.Properties.Environment as {
          Variables: Record<string, unknown>;
        };
        expect(env.Variables.SENDER_CONCURRENCY).toBe(String(DEFAULT_SENDER_CONCURRENCY));
      }
    });

    it('alarms on any message in a dead-letter queue, through the encrypted alarm topic', () => {
      // Alarms and their topic live in the nested "Monitoring" stack.
      const monitoring = statelessTemplate(stack);
      const topicId = Stack.of(stack.alarms).getLogicalId(stack.alarms.topic.node.defaultChild as never);
      const deadLetterQueues = [
        deadLettersId(),
        ...Object.values(stack.schedules).map((j) =>
          stack.getLogicalId(j.deadLetterQueue.node.defaultChild as never),
        ),
        ...Object.values(stack.subscribers).map((s) =>
          stack.getLogicalId(s.deadLetterQueue.node.defaultChild as never),
        ),
      ];
      expect(deadLetterQueues).toHaveLength(1 + SCHEDULES.length + SUBSCRIBERS.length);
      // Every queue of the stack but the send queue is a dead-letter queue, and each has its alarm.
      expect(Object.keys(resourcesOf(template, 'AWS::SQS::Queue')).sort()).toEqual(
        [sendQueueId(), ...deadLetterQueues].sort(),
      );
      for (const id of deadLetterQueues) {
        monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          TreatMissingData: 'notBreaching',
          AlarmActions: [{ Ref: topicId }],
        });
      }
      monitoring.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
      monitoring.hasResourceProperties('AWS::KMS::Key', {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' } }),
          ]),
        },
      });
    });

    it('subscribes the required alarmEmail to the alarm topic, and refuses to synth without it', () => {
      const emails = (t: Template) =>
        Object.values(resourcesOf(t, 'AWS::SNS::Subscription'))
          .filter((r) => r.Properties.Protocol === 'email')
          .map((r) => r.Properties.Endpoint);
      expect(emails(statelessTemplate(stack))).toEqual([TEST_ALARM_EMAIL]);
      expect(emails(statelessTemplate(variantStack))).toEqual([ALARM_EMAIL]);
      expect(cdkJsonContext().alarmEmail).toBe('');
      expect(() => buildTestApp({ alarmEmail: '' })).toThrow(/"alarmEmail" is required/);
      expect(() => buildTestApp({ alarmEmail: 'betrieb' })).toThrow(/must be an e-mail address/);
    });
  });

  describe('schedules', () => {
    it('has one EventBridge schedule per SCHEDULES entry with retries and a dead-letter queue', () => {
      const schedules = Object.values(resourcesOf(template, 'AWS::Scheduler::Schedule'));
      expect(schedules).toHaveLength(SCHEDULES.length);
      for (const def of SCHEDULES) {
        template.hasResourceProperties('AWS::Scheduler::Schedule', {
          ScheduleExpression: def.expression,
          Target: {
            Arn: { 'Fn::GetAtt': [logicalIdOf(stack, def.id), 'Arn'] },
            RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
            DeadLetterConfig: {
              Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp(`^Job${def.id}DeadLetters`), 'Arn'] },
            },
            RoleArn: Match.anyValue(),
          },
        });
      }
    });

    it('runs the reminders job every hour, with retries and its own dead-letter queue', () => {
      const reminders = SCHEDULES.find((d) => d.id === 'reminders');
      expect(reminders?.expression).toBe('rate(1 hour)');
      const job = stack.schedules.reminders;
      if (!job) throw new Error('no reminders schedule');
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'rate(1 hour)',
        ScheduleExpressionTimezone: 'Europe/Berlin',
        State: 'ENABLED',
        Target: {
          Arn: { 'Fn::GetAtt': [logicalIdOf(stack, 'reminders'), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
          DeadLetterConfig: {
            Arn: {
              'Fn::GetAtt': [stack.getLogicalId(job.deadLetterQueue.node.defaultChild as never), 'Arn'],
            },
          },
          RoleArn: { 'Fn::GetAtt': [stack.getLogicalId(job.role.node.defaultChild as never), 'Arn'] },
        },
      });
    });

    it('encrypts the dead-letter queues and denies plain HTTP', () => {
      for (const queue of Object.values(resourcesOf(template, 'AWS::SQS::Queue'))) {
        expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      }
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    });
  });

  describe('SNS subscribers', () => {
    const topicOutput = () =>
      new RegExp(
        `^PublishOutputRef${stateful.getLogicalId(stateful.mailEventsTopic.node.defaultChild as never)}`,
      );
    const deadLettersOf = (id: string) => {
      const subscriber = stack.subscribers[id];
      if (!subscriber) throw new Error(`no subscriber ${id}`);
      return stack.getLogicalId(subscriber.deadLetterQueue.node.defaultChild as never);
    };

    it('maps every SUBSCRIBERS entry to a topic of the stateful stack', () => {
      expect(SUBSCRIBERS.map((d) => [d.id, d.topic])).toEqual([['sesEvents', 'sesEvents']]);
      expect(Object.keys(stack.subscribers).sort()).toEqual(SUBSCRIBERS.map((d) => d.id).sort());
    });

    it('subscribes the sesEvents function to the SES event topic, with a dead-letter queue', () => {
      const subscriptions = Object.values(
        template.findResources('AWS::SNS::Subscription', { Properties: { Protocol: 'lambda' } }),
      );
      expect(subscriptions).toHaveLength(SUBSCRIBERS.length);
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        Endpoint: { 'Fn::GetAtt': [logicalIdOf(stack, 'sesEvents'), 'Arn'] },
        TopicArn: {
          'Fn::GetStackOutput': Match.objectLike({
            StackName: 'Inklusion-Stateful',
            OutputName: Match.stringLikeRegexp(topicOutput().source),
          }),
        },
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLettersOf('sesEvents'), 'Arn'] } },
      });
    });

    it('lets only SNS, from that topic, invoke the sesEvents function', () => {
      const permissions = Object.values(resourcesOf(template, 'AWS::Lambda::Permission')).filter(
        (p) =>
          JSON.stringify(p.Properties.FunctionName) ===
          JSON.stringify({ 'Fn::GetAtt': [logicalIdOf(stack, 'sesEvents'), 'Arn'] }),
      );
      expect(permissions).toHaveLength(1);
      expect(permissions[0]?.Properties).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Principal: 'sns.amazonaws.com',
        SourceArn: {
          'Fn::GetStackOutput': expect.objectContaining({ OutputName: expect.stringMatching(topicOutput()) }),
        },
      });
    });

    it('retries a failed event twice, then parks it in the same dead-letter queue', () => {
      expect(SUBSCRIBER_RETRY_ATTEMPTS).toBe(2);
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: logicalIdOf(stack, 'sesEvents') },
        Qualifier: '$LATEST',
        MaximumRetryAttempts: SUBSCRIBER_RETRY_ATTEMPTS,
        DestinationConfig: {
          OnFailure: { Destination: { 'Fn::GetAtt': [deadLettersOf('sesEvents'), 'Arn'] } },
        },
      });
      const queue = resourcesOf(template, 'AWS::SQS::Queue')[deadLettersOf('sesEvents')];
      expect(queue?.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    });
  });
});
