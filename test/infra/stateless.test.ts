import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, ROUTES, SCHEDULES, SUBSCRIBERS } from '../../functions/api/routes';
import { loadConfig } from '../../functions/config';
import { dataClass } from '../../functions/privacy/retention-policy';
import { DEFAULT_SENDER_CONCURRENCY, DEFAULT_SES_SEND_RATE, readInfraConfig } from '../../infra/config';
import { HttpApi } from '../../infra/constructs/http-api';
import { MAX_RECEIVE_COUNT } from '../../infra/constructs/send-queue';
import { SUBSCRIBER_RETRY_ATTEMPTS } from '../../infra/constructs/topic-subscriber';
import type { StatefulStack } from '../../infra/stateful-stack';
import type { StatelessStack } from '../../infra/stateless-stack';
import { contentSecurityPolicy } from '../../infra/web-headers';
import { authorizeUrl, CALLBACK_PATH, logoutUrl, redirectUri } from '../../web/src/app/cognito';
import {
  buildTestApp,
  cdkJsonContext,
  findCycle,
  resourcesOf,
  statelessTemplate,
  TEST_ALARM_EMAIL,
} from './support';

/** Managed policy ids CloudFront documents for these names. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const logicalIdOf = (stack: StatelessStack, id: string): string => {
  const fn = stack.functions[id];
  if (!fn) throw new Error(`no function for ${id}`);
  return stack.getLogicalId(fn.function.node.defaultChild as lambda.CfnFunction);
};

/** Every entry of functions/api/routes.ts that becomes a Lambda. */
const ALL_DEFS = [...ROUTES, ...SCHEDULES, ...CONSUMERS, ...SUBSCRIBERS];

describe('stateless stack', () => {
  let stack: StatelessStack;
  let stateful: StatefulStack;
  let template: Template;

  let noBuild: string;
  let dist: string;
  /** The other settings in one second synth: a web build, a fixed origin, an alarm address. */
  let variant: Template;
  let variantStack: StatelessStack;
  const ORIGIN = 'https://inklusion.example.org';
  const ALARM_EMAIL = 'leitstelle@inklusion.example.org';

  beforeAll(() => {
    // Prepare: a web folder without a build, whatever the state of web/dist in this checkout,
    // and one with a (tiny) build.
    noBuild = fs.mkdtempSync(path.join(os.tmpdir(), 'web-nobuild-'));
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Inklusion</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    // Act
    ({ stateless: stack, stateful } = buildTestApp({ webDistDir: noBuild }));
    template = statelessTemplate(stack);
    variantStack = buildTestApp({ webDistDir: dist, appBaseUrl: ORIGIN, alarmEmail: ALARM_EMAIL }).stateless;
    variant = statelessTemplate(variantStack);
  });

  afterAll(() => {
    fs.rmSync(noBuild, { recursive: true, force: true });
    fs.rmSync(dist, { recursive: true, force: true });
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

  describe('HTTP API', () => {
    const routes = () => Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route'));

    it('has one route per ROUTES entry', () => {
      expect(
        routes()
          .map((r) => r.Properties.RouteKey)
          .sort(),
      ).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    });

    it('protects every admin/viewer route with the Cognito JWT authorizer, and only those', () => {
      const authorizers = resourcesOf(template, 'AWS::ApiGatewayV2::Authorizer');
      const [authorizerId] = Object.keys(authorizers);
      for (const def of ROUTES) {
        const route = routes().find((r) => r.Properties.RouteKey === `${def.method} ${def.path}`);
        if (def.access === 'public' || def.access === 'session') {
          expect(route?.Properties?.AuthorizerId, def.id).toBeUndefined();
          expect(route?.Properties?.AuthorizationType ?? 'NONE', def.id).toBe('NONE');
        } else {
          expect(route?.Properties?.AuthorizationType, def.id).toBe('JWT');
          expect(route?.Properties?.AuthorizerId, def.id).toEqual({ Ref: authorizerId });
        }
      }
    });

    it('leaves session routes (the Jobcenter form, authorised in the handler) without an authorizer', () => {
      const session = ROUTES.filter((r) => r.access === 'session');
      expect(session.length).toBeGreaterThan(0);
      for (const def of session) {
        const route = routes().find((r) => r.Properties.RouteKey === `${def.method} ${def.path}`);
        expect(route, def.id).toBeDefined();
        expect(route?.Properties?.AuthorizerId, def.id).toBeUndefined();
        expect(def.publicReason.length, def.id).toBeGreaterThanOrEqual(60);
      }
    });

    it('refuses a public or session route that has no written reason', () => {
      // Prepare
      const scratch = new Stack();
      const api = new HttpApi(scratch, 'Api', { logRetention: RetentionDays.ONE_DAY });
      const fn = new lambda.Function(scratch, 'Fn', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('export const handler = async () => ({})'),
      });
      const authorizer = new HttpJwtAuthorizer('Jwt', 'https://issuer.example.org', {
        jwtAudience: ['client'],
      });
      const route = {
        ...ROUTES[0],
        id: 'newPublicThing',
        path: '/api/new-public-thing',
        access: 'public',
      } as const;
      // Act + Assess
      expect(() => api.addRoute(scratch, route, fn, authorizer)).toThrow(/newPublicThing" is public/);
      expect(() =>
        api.addRoute(scratch, { ...route, id: 'newSessionThing', access: 'session' }, fn, authorizer),
      ).toThrow(/newSessionThing" is session/);
      expect(() =>
        api.addRoute(scratch, { ...route, publicReason: 'x'.repeat(60) } as never, fn, authorizer),
      ).not.toThrow();
    });

    it('validates JWTs against the user pool issuer and the web client audience', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: Match.stringLikeRegexp('^WebClient') }],
          Issuer: Match.anyValue(),
        },
      });
    });

    it('has a $default stage with access logs and throttling defaults', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
        DefaultRouteSettings: {
          ThrottlingBurstLimit: Match.anyValue(),
          ThrottlingRateLimit: Match.anyValue(),
        },
      });
      // No IP address in the access log (docs/privacy.md, "Betriebsprotokolle").
      const [stage] = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'));
      const format = ((stage?.Properties.AccessLogSettings ?? {}) as { Format: string }).Format;
      expect(Object.keys(JSON.parse(format))).toContain('status');
      expect(format).not.toMatch(/sourceIp|ip/i);
    });

    it('uses a web client with authorization code flow, no secret, and the web app\u2019s redirect URLs', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        CallbackURLs: [
          {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, CALLBACK_PATH]],
          },
        ],
        LogoutURLs: [
          { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, '/']] },
        ],
      });
    });

    it('accepts exactly the redirect_uri, logout_uri and scopes web/src/app/cognito.ts sends', () => {
      // Prepare: the variant has a fixed origin, so the URLs are plain strings.
      const origin = ORIGIN;
      const client = variant.findResources('AWS::Cognito::UserPoolClient');
      const props = Object.values(client)[0]?.Properties as Record<string, string[]>;
      const web = {
        auth: 'cognito',
        cognitoDomain: 'https://x.auth.eu-central-1.amazoncognito.com',
        clientId: 'c',
        region: 'eu-central-1',
      } as const;
      // Act
      const authorize = new URL(
        authorizeUrl(web, { state: 's', challenge: 'c', redirectUri: redirectUri(origin) }),
      );
      const logout = new URL(logoutUrl(web, origin));
      // Assess
      expect(props.CallbackURLs).toEqual([authorize.searchParams.get('redirect_uri')]);
      expect(props.LogoutURLs).toEqual([logout.searchParams.get('logout_uri')]);
      for (const scope of authorize.searchParams.get('scope')?.split(' ') ?? []) {
        expect(props.AllowedOAuthScopes).toContain(scope);
      }
    });
  });

  describe('send queue', () => {
    const sendQueueId = () => stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
    const deadLettersId = () =>
      stack.getLogicalId(stack.sendQueue.deadLetterQueue.node.defaultChild as never);
    const queue = (id: string) => resourcesOf(template, 'AWS::SQS::Queue')[id]?.Properties ?? {};

    it('parks a job in an encrypted dead-letter queue after MAX_RECEIVE_COUNT receives', () => {
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

  describe('web hosting', () => {
    const distribution = () =>
      Object.values(resourcesOf(template, 'AWS::CloudFront::Distribution'))[0]?.Properties
        ?.DistributionConfig as Record<string, unknown>;

    it('routes /api/* and /health to the HTTP API, uncached, all methods, all viewer headers but Host', () => {
      const behaviors = distribution().CacheBehaviors as Record<string, unknown>[];
      expect(behaviors.map((b) => b.PathPattern).sort()).toEqual(['/api/*', '/health']);
      for (const behavior of behaviors) {
        expect(behavior).toMatchObject({
          CachePolicyId: CACHING_DISABLED,
          OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
          AllowedMethods: expect.arrayContaining([
            'GET',
            'HEAD',
            'OPTIONS',
            'PUT',
            'PATCH',
            'POST',
            'DELETE',
          ]),
          ViewerProtocolPolicy: 'https-only',
          ResponseHeadersPolicyId: expect.anything(),
        });
      }
    });

    it('serves the SPA from S3 through origin access control with a fallback to /index.html', () => {
      const config = distribution();
      expect(config.DefaultRootObject).toBe('index.html');
      const origins = config.Origins as Record<string, unknown>[];
      expect(origins.some((o) => o.OriginAccessControlId)).toBe(true);
      expect(config.DefaultCacheBehavior).toMatchObject({
        ViewerProtocolPolicy: 'redirect-to-https',
        FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() }],
      });
      // Distribution-wide error responses would also rewrite the API's JSON 403/404.
      expect(config.CustomErrorResponses).toBeUndefined();
    });

    it('talks TLS 1.2 to the API origin and logs to the log bucket', () => {
      const apiOrigin = (distribution().Origins as Record<string, Record<string, unknown>>[]).find(
        (o) => o.CustomOriginConfig,
      );
      expect(apiOrigin?.CustomOriginConfig).toMatchObject({
        OriginProtocolPolicy: 'https-only',
        OriginSSLProtocols: ['TLSv1.2'],
      });
      expect(distribution().Logging).toMatchObject({ Bucket: expect.anything() });
    });

    it('adds security headers (HSTS, CSP, nosniff, frame DENY, no referrer)', () => {
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: Match.objectLike({
            StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31536000 }),
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
            ContentSecurityPolicy: Match.objectLike({ ContentSecurityPolicy: Match.anyValue() }),
          }),
        },
      });
    });

    it('lets the page fetch tokens from the Cognito domain, and nothing else beyond its origin', () => {
      const [policy] = Object.values(resourcesOf(template, 'AWS::CloudFront::ResponseHeadersPolicy'));
      if (!policy) throw new Error('no response headers policy');
      const config = policy.Properties.ResponseHeadersPolicyConfig as {
        SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } };
      };
      const csp = config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
      // The hosted domain prefix is a cross-stack value: stand in a placeholder for it.
      const parts = (csp as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
      const text = parts.map((p) => (typeof p === 'string' ? p : '<prefix>')).join('');
      expect(text).toBe(contentSecurityPolicy(['https://<prefix>.auth.eu-central-1.amazoncognito.com']));
      expect(text).toContain("connect-src 'self' https://<prefix>.auth.eu-central-1.amazoncognito.com;");
    });

    it('keeps both buckets private, encrypted and TLS-only', () => {
      const buckets = Object.values(resourcesOf(template, 'AWS::S3::Bucket'));
      expect(buckets).toHaveLength(2);
      for (const bucket of buckets) {
        expect(bucket.Properties).toMatchObject({
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          BucketEncryption: expect.anything(),
        });
      }
      const policies = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy'));
      for (const policy of policies) {
        expect(JSON.stringify(policy.Properties.PolicyDocument)).toContain('aws:SecureTransport');
      }
    });

    it('without web/dist deploys only config.json', () => {
      const deployments = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment'));
      expect(deployments).toHaveLength(1);
      expect(deployments[0]?.Properties).toMatchObject({
        DistributionPaths: ['/index.html', '/config.json'],
        Prune: false,
        SystemMetadata: { 'cache-control': 'no-cache' },
      });
    });

    it('with a web build deploys the hashed assets (long cache) and index.html plus config.json (no cache)', () => {
      const deployments = Object.values(resourcesOf(variant, 'Custom::CDKBucketDeployment')).map(
        (d) => d.Properties?.SystemMetadata,
      );
      expect(deployments).toEqual(
        expect.arrayContaining([
          { 'cache-control': 'public, max-age=31536000, immutable' },
          { 'cache-control': 'no-cache' },
        ]),
      );
    });

    it('writes config.json with the Cognito domain and the client id', () => {
      const deployment = Object.values(resourcesOf(template, 'Custom::CDKBucketDeployment')).find(
        (d) => d.Properties.SourceMarkers,
      );
      if (!deployment) throw new Error('no deployment with config.json');
      const markers = JSON.stringify(deployment.Properties.SourceMarkers);
      expect(markers).toContain(Stack.of(stack).getLogicalId(stack.webClient.node.defaultChild as never));
      expect(markers).toMatch(/HostedDomain/);

      // The staged asset holds the JSON; markers are replaced by the values at deploy time.
      const key = (deployment.Properties.SourceObjectKeys as string[])[0]?.replace(/\.zip$/, '');
      const outdir = (stack.node.root as App).outdir;
      const config = JSON.parse(fs.readFileSync(path.join(outdir, `asset.${key}`, 'config.json'), 'utf8'));
      expect(config).toEqual({
        auth: 'cognito',
        cognitoDomain: expect.stringMatching(
          /^https:\/\/<<marker:0xbaba:\d+>>\.auth\.eu-central-1\.amazoncognito\.com$/,
        ),
        clientId: expect.stringMatching(/^<<marker:0xbaba:\d+>>$/),
        region: 'eu-central-1',
      });
    });
  });
});
