import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, SCHEDULES } from '../../functions/api/routes';
import { loadConfig } from '../../functions/config';
import { HttpApi } from '../../infra/constructs/http-api';
import type { StatelessStack } from '../../infra/stateless-stack';
import { buildTestApp, findCycle, resourcesOf } from './support';

/** Managed policy ids CloudFront documents for these names. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const logicalIdOf = (stack: StatelessStack, id: string): string => {
  const fn = stack.functions[id];
  if (!fn) throw new Error(`no function for ${id}`);
  return stack.getLogicalId(fn.function.node.defaultChild as lambda.CfnFunction);
};

describe('stateless stack', () => {
  let stack: StatelessStack;
  let template: Template;

  let noBuild: string;

  beforeAll(() => {
    // Prepare: a web folder without a build, whatever the state of web/dist in this checkout.
    noBuild = fs.mkdtempSync(path.join(os.tmpdir(), 'web-nobuild-'));
    // Act
    stack = buildTestApp({ webDistDir: noBuild }).stateless;
    template = Template.fromStack(stack);
  });

  afterAll(() => fs.rmSync(noBuild, { recursive: true, force: true }));

  describe('functions', () => {
    const appFunctions = () =>
      Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).filter(
        ([, fn]) => !String(fn.Properties.Runtime).startsWith('python'),
      );

    it('has exactly one function per ROUTES and SCHEDULES entry', () => {
      const ids = [...ROUTES, ...SCHEDULES].map((d) => d.id);
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

    it('writes each function to its own log group, and every log group has a retention', () => {
      const logGroups = resourcesOf(template, 'AWS::Logs::LogGroup');
      for (const [, fn] of appFunctions()) {
        const ref = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
        expect(Object.keys(logGroups)).toContain(ref);
      }
      for (const group of Object.values(logGroups)) {
        expect(group.Properties.RetentionInDays).toBeGreaterThanOrEqual(365);
      }
    });

    it('sets the environment functions/config.ts parses', () => {
      // Deploy-time tokens become plausible values; everything else is checked as synthesized.
      const sample: Record<string, string> = {
        TABLE_NAME: 'Inklusion-Table',
        SES_CONFIGURATION_SET: 'Inklusion-ConfigurationSet',
        APP_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
      };
      for (const [, fn] of appFunctions()) {
        const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
        expect(Object.keys(env).sort()).toEqual(
          [
            'APP_BASE_URL',
            'LOG_LEVEL',
            'MAIL_FROM',
            'NODE_OPTIONS',
            'POWERTOOLS_SERVICE_NAME',
            'SES_CONFIGURATION_SET',
            'SES_SEND_RATE',
            'STAGE',
            'TABLE_NAME',
          ].sort(),
        );
        const resolved = Object.fromEntries(
          Object.entries(env).map(([k, v]) => [k, typeof v === 'string' ? v : sample[k]]),
        );
        expect(Object.values(resolved).every((v) => typeof v === 'string')).toBe(true);
        const config = loadConfig({ ...resolved, AWS_REGION: 'eu-central-1' });
        expect(config).toMatchObject({
          STAGE: 'aws',
          MAIL_FROM: 'noreply@inklusion.example.org',
          LOG_LEVEL: 'INFO',
        });
      }
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
        if (def.access === 'public') {
          expect(route?.Properties?.AuthorizerId, def.id).toBeUndefined();
          expect(route?.Properties?.AuthorizationType ?? 'NONE', def.id).toBe('NONE');
        } else {
          expect(route?.Properties?.AuthorizationType, def.id).toBe('JWT');
          expect(route?.Properties?.AuthorizerId, def.id).toEqual({ Ref: authorizerId });
        }
      }
    });

    it('refuses a public route that has no written reason', () => {
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
      expect(() => api.addRoute(route, fn, authorizer)).toThrow(/newPublicThing" is public/);
      expect(() =>
        api.addRoute({ ...route, publicReason: 'x'.repeat(60) } as never, fn, authorizer),
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
    });

    it('uses a web client with authorization code flow and no secret', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        CallbackURLs: Match.arrayWith([Match.objectLike({ 'Fn::Join': Match.anyValue() })]),
      });
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

    it('adds security headers (HSTS, CSP, nosniff, frame DENY)', () => {
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: {
          SecurityHeadersConfig: Match.objectLike({
            StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31536000 }),
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ContentSecurityPolicy: Match.objectLike({ ContentSecurityPolicy: Match.anyValue() }),
          }),
        },
      });
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

    describe('with a web build', () => {
      let dist: string;
      afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

      it('deploys the hashed assets (long cache) and index.html plus config.json (no cache)', () => {
        // Prepare
        dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
        fs.mkdirSync(path.join(dist, 'assets'));
        fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Inklusion</title>');
        fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
        // Act
        const withWeb = Template.fromStack(buildTestApp({ webDistDir: dist }).stateless);
        // Assess
        const deployments = Object.values(resourcesOf(withWeb, 'Custom::CDKBucketDeployment')).map(
          (d) => d.Properties?.SystemMetadata,
        );
        expect(deployments).toEqual(
          expect.arrayContaining([
            { 'cache-control': 'public, max-age=31536000, immutable' },
            { 'cache-control': 'no-cache' },
          ]),
        );
      });
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
