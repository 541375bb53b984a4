import { App } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, ROUTES } from '../../functions/api/routes';
import { loadConfig } from '../../functions/config';
import { dataClass } from '../../functions/privacy/retention-policy';
import { DEFAULT_SENDER_CONCURRENCY, DEFAULT_SES_SEND_RATE, readInfraConfig } from '../../infra/config';
import type { StatefulStack } from '../../infra/stateful-stack';
import type { StatelessStack } from '../../infra/stateless-stack';
import { ALARM_EMAIL, ALL_DEFS, logicalIdOf, synthStatelessStack } from './stateless-fixture';
import { cdkJsonContext, findCycle, resourcesOf } from './support';

/** The Lambdas of the stateless stack: one per routes.ts entry, runtime, logs, environment. */
describe('stateless stack', () => {
  const synth = synthStatelessStack({ withVariant: false });
  let stack: StatelessStack;
  let stateful: StatefulStack;
  let template: Template;
  beforeAll(() => {
    ({ stack, stateful, template } = synth);
  });

  describe('functions', () => {
    const appFunctions = () =>
      Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).filter(
        ([, fn]) => !String(fn.Properties.Runtime).startsWith('python'),
      );

    it('has exactly one function per ROUTES, SCHEDULES, CONSUMERS and SUBSCRIBERS entry', () => {
      const ids = ALL_DEFS.map((d) => d.id);
      expect(ids).toEqual(expect.arrayContaining(['reminders', 'sesEvents']));
      expect(new Set(ids).size).toBe(ids.length);
      expect(Object.keys(stack.functions).sort()).toEqual([...ids].sort());
      expect(
        appFunctions()
          .map(([logicalId]) => logicalId)
          .sort(),
      ).toEqual(ids.map((id) => logicalIdOf(stack, id)).sort());
    });

    it('runs every Lambda of the app on nodejs22.x, ARM64, 512 MB, with active tracing', () => {
      for (const [, fn] of appFunctions()) {
        expect(fn.Properties).toMatchObject({
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          MemorySize: 512,
          TracingConfig: { Mode: 'Active' },
        });
      }
    });

    it('writes each function to its own log group, each kept as long as the retention policy says', () => {
      const logGroups = resourcesOf(template, 'AWS::Logs::LogGroup');
      for (const [, fn] of appFunctions()) {
        const ref = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
        expect(Object.keys(logGroups)).toContain(ref);
      }
      for (const group of Object.values(logGroups)) {
        expect(group.Properties.RetentionInDays).toBe(dataClass('logs').days);
      }
    });

    it('sets the environment functions/config.ts parses, SEND_QUEUE_URL only with enqueue, LINK_KEY_SECRET_ARN only with linkKey', () => {
      // Deploy-time tokens become plausible values; everything else is checked as synthesized.
      const sample: Record<string, string> = {
        TABLE_NAME: 'Inklusion-Table',
        SES_CONFIGURATION_SET: 'Inklusion-ConfigurationSet',
        SEND_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/111111111111/Inklusion-Send',
        APP_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
        LINK_KEY_SECRET_ARN: 'arn:aws:secretsmanager:eu-central-1:111111111111:secret:LinkKey-AbCdEf',
        ORIGIN_VERIFY_SECRET: 'o'.repeat(48),
      };
      const routes = new Set(ROUTES.map((r) => logicalIdOf(stack, r.id)));
      const consumers = new Set(CONSUMERS.map((c) => logicalIdOf(stack, c.id)));
      const withLinkKey = new Set(
        ALL_DEFS.filter((d) => 'linkKey' in d.grants && d.grants.linkKey).map((d) =>
          logicalIdOf(stack, d.id),
        ),
      );
      expect(withLinkKey.size).toBe(1);
      const withQueue = new Set(
        ALL_DEFS.filter((d) => 'enqueue' in d.grants && d.grants.enqueue).map((d) =>
          logicalIdOf(stack, d.id),
        ),
      );
      expect(withQueue.size).toBe(14); // launch, resend, add Jobcenter, send sweeper, and every use case that sends mail (consent and records links included)
      const secretId = stateful.getLogicalId(stateful.linkKeySecret.node.defaultChild as never);
      const sendQueueId = stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
      for (const [logicalId, fn] of appFunctions()) {
        const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        expect(Object.keys(env).sort()).toEqual(
          [
            'APP_BASE_URL',
            'LOG_LEVEL',
            'MAIL_FROM',
            'SES_CONFIGURATION_SET',
            'SES_SEND_RATE',
            'STAGE',
            'TABLE_NAME',
            ...(consumers.has(logicalId) ? ['SENDER_CONCURRENCY'] : []),
            ...(withLinkKey.has(logicalId) ? ['LINK_KEY_SECRET_ARN'] : []),
            ...(withQueue.has(logicalId) ? ['SEND_QUEUE_URL'] : []),
            ...(routes.has(logicalId) ? ['ORIGIN_VERIFY_SECRET'] : []),
          ].sort(),
        );
        if (withQueue.has(logicalId)) expect(env.SEND_QUEUE_URL).toEqual({ Ref: sendQueueId });
        if (withLinkKey.has(logicalId)) {
          // The secret's full ARN (Ref), from the stateful stack.
          expect(env.LINK_KEY_SECRET_ARN).toEqual({
            'Fn::GetStackOutput': expect.objectContaining({
              StackName: 'Inklusion-Stateful',
              OutputName: expect.stringMatching(new RegExp(`^PublishOutputRef${secretId}`)),
            }),
          });
        }
        const resolved = Object.fromEntries(
          Object.entries(env).map(([k, v]) => [k, typeof v === 'string' ? v : sample[k]]),
        );
        expect(Object.values(resolved).every((v) => typeof v === 'string')).toBe(true);
        const config = loadConfig({ ...resolved, AWS_REGION: 'eu-central-1' });
        // The movable demo clock (STAGE local) cannot be switched on inside Lambda.
        expect(() =>
          loadConfig({
            ...resolved,
            STAGE: 'local',
            AWS_LAMBDA_FUNCTION_NAME: logicalId,
            AWS_REGION: 'eu-central-1',
          }),
        ).toThrow('Invalid configuration: STAGE');
        expect(config).toMatchObject({
          STAGE: 'aws',
          MAIL_FROM: 'noreply@inklusion.example.org',
          LOG_LEVEL: 'INFO',
          SES_SEND_RATE: DEFAULT_SES_SEND_RATE,
          SENDER_CONCURRENCY: DEFAULT_SENDER_CONCURRENCY,
        });
      }
    });

    it('takes SES_SEND_RATE and SENDER_CONCURRENCY from context and rejects impossible values', () => {
      const context = (over: Record<string, unknown>) =>
        new App({ context: { ...cdkJsonContext(), alarmEmail: ALARM_EMAIL, ...over } }).node;
      expect(readInfraConfig(context({}))).toMatchObject({ sesSendRate: 14, senderConcurrency: 2 });
      expect(readInfraConfig(context({ sesSendRate: '1', senderConcurrency: 5 }))).toMatchObject({
        sesSendRate: 1,
        senderConcurrency: 5,
      });
      expect(() => readInfraConfig(context({ senderConcurrency: 1 }))).toThrow(/SQS minimum/);
      expect(() => readInfraConfig(context({ sesSendRate: 0 }))).toThrow(/sesSendRate/);
      // 1 send per second shared by 11 senders: a claimed send could wait at the pacer past its lease.
      expect(() => readInfraConfig(context({ sesSendRate: 1, senderConcurrency: 11 }))).toThrow(/lease/);
      expect(readInfraConfig(context({ sesSendRate: 1, senderConcurrency: 10 }))).toMatchObject({
        senderConcurrency: 10,
      });
    });

    it('passes the CloudFront URL as APP_BASE_URL without a dependency cycle', () => {
      const distributionId = stack.getLogicalId(stack.web.distribution.node.defaultChild as never);
      for (const [, fn] of appFunctions()) {
        expect(
          (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.APP_BASE_URL,
        ).toEqual({
          'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]],
        });
      }
      expect(findCycle(template)).toBeUndefined();
    });
  });
});
