import { type App, Validations } from 'aws-cdk-lib';
import { Annotations, Match, type Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN_VERIFY_HEADER } from '../../functions/shared/http/origin-guard';
import { EXECUTE_API_WARNING } from '../../infra/constructs/http-api';
import type { StatelessStack } from '../../infra/stateless-stack';
import { buildTestApp, resourcesOf, statelessTemplate } from './support';

const API_DOMAIN = 'api.inklusion.example.org';
const API_CERTIFICATE = 'arn:aws:acm:eu-central-1:111111111111:certificate/0a1b2c3d-api';

type Origin = {
  DomainName: unknown;
  CustomOriginConfig?: unknown;
  OriginCustomHeaders?: { HeaderName: string }[];
};

const apiOriginOf = (template: Template): Origin | undefined => {
  const [distribution] = Object.values(resourcesOf(template, 'AWS::CloudFront::Distribution'));
  const config = distribution?.Properties.DistributionConfig as { Origins: Origin[] };
  return config.Origins.find((o) => o.CustomOriginConfig);
};

const apiOf = (template: Template) => {
  const apis = Object.entries(resourcesOf(template, 'AWS::ApiGatewayV2::Api'));
  expect(apis).toHaveLength(1);
  const [id, api] = apis[0] ?? [];
  return { id: id as string, properties: api?.Properties ?? {} };
};

const executeApiWarnings = (stack: StatelessStack) =>
  Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp(EXECUTE_API_WARNING));

describe('API only through CloudFront: custom API domain', () => {
  let withDomain: { app: App; stack: StatelessStack; template: Template };
  let without: { stack: StatelessStack; template: Template };

  beforeAll(() => {
    // Prepare + Act: one synth with the custom API domain, one as cdk.json has it (none).
    const built = buildTestApp({ apiDomainName: API_DOMAIN, apiCertificateArn: API_CERTIFICATE });
    withDomain = { app: built.app, stack: built.stateless, template: statelessTemplate(built.stateless) };
    const plain = buildTestApp().stateless;
    without = { stack: plain, template: statelessTemplate(plain) };
  });

  describe('with apiDomainName and apiCertificateArn', () => {
    it('disables the execute-api endpoint and maps the API to a regional TLS 1.2 domain', () => {
      const { template } = withDomain;
      const api = apiOf(template);
      expect(api.properties.DisableExecuteApiEndpoint).toBe(true);
      const domains = Object.entries(resourcesOf(template, 'AWS::ApiGatewayV2::DomainName'));
      expect(domains.map(([, d]) => d.Properties)).toEqual([
        {
          DomainName: API_DOMAIN,
          DomainNameConfigurations: [
            { CertificateArn: API_CERTIFICATE, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' },
          ],
        },
      ]);
      const [stageId] = Object.keys(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'));
      const mappings = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::ApiMapping'));
      expect(mappings.map((m) => m.Properties)).toEqual([
        { ApiId: { Ref: api.id }, DomainName: { Ref: domains[0]?.[0] }, Stage: '$default' },
      ]);
      // The stage is named, not referenced: the mapping must wait for it explicitly.
      expect(mappings[0]?.DependsOn).toEqual(expect.arrayContaining([stageId]));
    });

    it('points CloudFront at the custom domain, still with the origin-verify header', () => {
      const origin = apiOriginOf(withDomain.template);
      expect(origin?.DomainName).toBe(API_DOMAIN);
      expect(origin?.OriginCustomHeaders?.map((h) => h.HeaderName)).toContain(ORIGIN_VERIFY_HEADER);
    });

    it('outputs the DNS target of the domain for the operators, and warns about nothing', () => {
      const outputs = withDomain.template.toJSON().Outputs as Record<string, { Value: unknown }>;
      const domainId = Object.keys(resourcesOf(withDomain.template, 'AWS::ApiGatewayV2::DomainName'))[0];
      expect(outputs.ApiDomainTarget?.Value).toEqual({ 'Fn::GetAtt': [domainId, 'RegionalDomainName'] });
      expect(outputs.ApiDomainHostedZoneId?.Value).toEqual({
        'Fn::GetAtt': [domainId, 'RegionalHostedZoneId'],
      });
      expect(executeApiWarnings(withDomain.stack)).toEqual([]);
    });

    it('passes cdk-nag without new findings', () => {
      Validations.of(withDomain.app).addPlugins(new AwsSolutionsChecks(withDomain.app, { verbose: true }));
      expect(() => withDomain.app.synth()).not.toThrow();
    });
  });

  describe('without a custom API domain', () => {
    it('keeps the execute-api endpoint as the CloudFront origin and warns at synth', () => {
      const { template, stack } = without;
      expect(apiOf(template).properties.DisableExecuteApiEndpoint ?? false).toBe(false);
      expect(resourcesOf(template, 'AWS::ApiGatewayV2::DomainName')).toEqual({});
      expect(resourcesOf(template, 'AWS::ApiGatewayV2::ApiMapping')).toEqual({});
      expect(JSON.stringify(apiOriginOf(template)?.DomainName)).toContain('ApiEndpoint');
      const warnings = executeApiWarnings(stack);
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]?.entry.data)).toMatch(/execute-api endpoint stays reachable/);
    });
  });

  describe('context validation', () => {
    it('refuses one of the two values without the other', () => {
      expect(() => buildTestApp({ apiDomainName: API_DOMAIN })).toThrow(
        /"apiDomainName" and "apiCertificateArn" must be set together/,
      );
      expect(() => buildTestApp({ apiCertificateArn: API_CERTIFICATE })).toThrow(
        /"apiDomainName" and "apiCertificateArn" must be set together/,
      );
    });

    it("refuses a certificate outside the stack's region (CloudFront's us-east-1 one, say)", () => {
      expect(() =>
        buildTestApp({
          apiDomainName: API_DOMAIN,
          apiCertificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/0a1b2c3d-web',
        }),
      ).toThrow(/"apiCertificateArn" must be an ACM certificate in eu-central-1/);
    });
  });
});
