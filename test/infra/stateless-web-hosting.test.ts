import * as fs from 'node:fs';
import * as path from 'node:path';
import { type App, Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatelessStack } from '../../infra/stateless-stack';
import { contentSecurityPolicy } from '../../infra/web-headers';
import { synthStatelessStack } from './stateless-fixture';
import { resourcesOf } from './support';

/** Managed policy ids CloudFront documents for these names. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

/** The web hosting of the stateless stack: CloudFront, the buckets and the deployed web build. */
describe('stateless stack', () => {
  const synth = synthStatelessStack({ withVariant: true });
  let stack: StatelessStack;
  let template: Template;
  let variant: Template;
  beforeAll(() => {
    ({ stack, template, variant } = synth);
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
