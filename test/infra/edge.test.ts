import { type NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSUMERS, ROUTES, SCHEDULES, SUBSCRIBERS } from '../../functions/api/routes';
import { ORIGIN_VERIFY_HEADER } from '../../functions/shared/http/origin-guard';
import { COUNTED_COMMON_RULES, MANAGED_RULE_GROUPS, WAF_RATE_LIMITS } from '../../infra/edge-stack';
import { LINK_EXCHANGE_PATHS, THROTTLES, throttleGroupOf } from '../../infra/route-throttles';
import type { StatelessStack } from '../../infra/stateless-stack';
import { buildTestApp, resourcesOf, statelessTemplate, templatesOf } from './support';

const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const CENTRAL_ACL = 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/central/abc';

type Rule = {
  Name: string;
  Action?: unknown;
  Statement: {
    RateBasedStatement?: { Limit: number; AggregateKeyType: string; ScopeDownStatement?: unknown };
    ManagedRuleGroupStatement?: {
      Name: string;
      RuleActionOverrides?: { Name: string; ActionToUse: unknown }[];
    };
  };
};

describe('edge protection', () => {
  let built: ReturnType<typeof buildTestApp>;
  let stack: StatelessStack;
  let template: Template;

  beforeAll(() => {
    built = buildTestApp();
    stack = built.stateless;
    template = statelessTemplate(stack);
  });

  const distribution = (t: Template) =>
    Object.values(resourcesOf(t, 'AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig as {
      WebACLId: unknown;
      Origins: {
        Id: string;
        CustomOriginConfig?: unknown;
        OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
      }[];
      CacheBehaviors: { PathPattern: string; TargetOriginId: string; OriginRequestPolicyId: string }[];
    };

  describe('WAF', () => {
    it('creates the CloudFront web ACL in us-east-1 with the managed rule groups and rate rules', () => {
      const edge = built.edge;
      if (!edge) throw new Error('no edge stack');
      expect(Stack.of(edge).region).toBe('us-east-1');
      const [acl] = Object.values(resourcesOf(Template.fromStack(edge), 'AWS::WAFv2::WebACL'));
      expect(acl?.Properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
      const rules = acl?.Properties.Rules as Rule[];
      for (const name of MANAGED_RULE_GROUPS) {
        expect(
          rules.find((r) => r.Statement.ManagedRuleGroupStatement?.Name === name),
          name,
        ).toBeDefined();
      }
      const common = rules.find((r) => r.Name === 'AWSManagedRulesCommonRuleSet');
      expect(common?.Statement.ManagedRuleGroupStatement?.RuleActionOverrides).toEqual(
        COUNTED_COMMON_RULES.map((name) => ({ Name: name, ActionToUse: { Count: {} } })),
      );
      const rate = rules.filter((r) => r.Statement.RateBasedStatement);
      expect(rate.map((r) => [r.Statement.RateBasedStatement?.Limit, r.Action])).toEqual([
        [WAF_RATE_LIMITS.perIp, { Block: {} }],
        [WAF_RATE_LIMITS.linkCheckPerIp, { Block: {} }],
      ]);
      // The link rule matches the paths of the routes that exchange a link token, decoded and
      // normalised, as a prefix: no encoded or suffixed variant of the path escapes it.
      const exact: string[] = [];
      JSON.stringify(rate[1]?.Statement.RateBasedStatement?.ScopeDownStatement, (key, value) => {
        if (key === 'ByteMatchStatement') {
          expect(value.PositionalConstraint).toBe('STARTS_WITH');
          expect(value.TextTransformations).toEqual([
            { Priority: 0, Type: 'URL_DECODE' },
            { Priority: 1, Type: 'NORMALIZE_PATH' },
          ]);
          expect(value.SearchString).not.toContain('{');
          exact.push(value.SearchString);
        }
        return value;
      });
      expect(exact.sort()).toEqual(
        ROUTES.filter((r) => 'linkExchange' in r)
          .map((r) => r.path)
          .sort(),
      );
      expect(exact).toEqual(
        expect.arrayContaining(['/api/form/session', '/api/records/session', '/api/public/consent/state']),
      );
    });

    it('attaches it to the distribution across regions, or attaches a central ACL given in context', () => {
      const webAclId = JSON.stringify(distribution(template).WebACLId);
      expect(webAclId).toMatch(/Fn::GetStackOutput/);
      expect(webAclId).toContain('"Region":"us-east-1"');
      const central = buildTestApp({ webAclArn: CENTRAL_ACL });
      expect(central.edge).toBeUndefined();
      expect(distribution(statelessTemplate(central.stateless)).WebACLId).toBe(CENTRAL_ACL);
    });
  });

  describe('per-route throttles', () => {
    it('derives the groups from access and linkExchange: link check, form, staff, public', () => {
      const groups = Object.fromEntries(ROUTES.map((r) => [r.id, throttleGroupOf(r)]));
      expect(
        Object.entries(groups)
          .filter(([, g]) => g === 'linkCheck')
          .map(([id]) => id)
          .sort(),
      ).toEqual(['changeConsentByLink', 'getConsentByLink', 'openFormSession', 'openRecordsSession']);
      expect([...LINK_EXCHANGE_PATHS].sort()).toEqual(
        ROUTES.filter((r) => groups[r.id] === 'linkCheck')
          .map((r) => r.path)
          .sort(),
      );
      for (const r of ROUTES) {
        if (r.access === 'session') expect(groups[r.id], r.id).toBe('form');
        else if (r.access === 'public') expect(groups[r.id], r.id).not.toBe('staff');
        else expect(groups[r.id], r.id).toBe('staff');
        if (groups[r.id] === 'form') expect(r.path.startsWith('/api/form')).toBe(true);
        // Every public route that takes a link token in its body is a link exchange, and only those.
        const body = 'request' in r && r.request && 'body' in r.request ? r.request.body : undefined;
        const shape = (body?.schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
        expect('linkExchange' in r, r.id).toBe(r.access === 'public' && 'token' in shape);
      }
      expect(groups.health).toBe('public');
    });

    it('sets every route its group limits on the stage, created after the routes', () => {
      const [stageId, stage] = Object.entries(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'))[0] ?? [];
      const settings = stage?.Properties.RouteSettings as Record<
        string,
        { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
      >;
      expect(Object.keys(settings).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
      for (const r of ROUTES) {
        const limits = THROTTLES[throttleGroupOf(r)];
        expect(settings[`${r.method} ${r.path}`], r.id).toEqual({
          ThrottlingRateLimit: limits.rateLimit,
          ThrottlingBurstLimit: limits.burstLimit,
        });
      }
      expect(THROTTLES.linkCheck.rateLimit).toBeLessThan(THROTTLES.form.rateLimit);
      // Routes live in the nested feature stacks: the stage depends on every stack that holds one.
      const holders = templatesOf(stack).filter(({ json }) =>
        Object.values(json.Resources).some((r) => r.Type === 'AWS::ApiGatewayV2::Route'),
      );
      const routeCount = holders.reduce(
        (n, { json }) =>
          n + Object.values(json.Resources).filter((r) => r.Type === 'AWS::ApiGatewayV2::Route').length,
        0,
      );
      expect(routeCount).toBe(ROUTES.length);
      expect(holders.every(({ stack: s }) => s.nested)).toBe(true);
      expect(stageId).toBeDefined();
      expect(stage?.DependsOn).toEqual(
        expect.arrayContaining(
          holders.map(({ stack: s }) => stack.getLogicalId((s as NestedStack).nestedStackResource as never)),
        ),
      );
    });
  });

  describe('API only through CloudFront', () => {
    it('has CloudFront add the secret origin header, and gives the same secret to every route function only', () => {
      const config = distribution(template);
      const apiOrigin = config.Origins.find((o) => o.CustomOriginConfig);
      const header = apiOrigin?.OriginCustomHeaders?.find((h) => h.HeaderName === ORIGIN_VERIFY_HEADER);
      const value = JSON.stringify(header?.HeaderValue);
      expect(value).toMatch(/resolve:secretsmanager:/);
      const secretId = stack.getLogicalId(stack.originVerify.node.defaultChild as never);
      expect(value).toContain(secretId);
      const envOf = (id: string) => {
        const fn = stack.functions[id]?.function.node.defaultChild as lambda.CfnFunction;
        const resource = resourcesOf(template, 'AWS::Lambda::Function')[stack.getLogicalId(fn)];
        if (!resource) throw new Error(`no function ${id}`);
        return (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      };
      for (const r of ROUTES) expect(JSON.stringify(envOf(r.id).ORIGIN_VERIFY_SECRET), r.id).toBe(value);
      for (const d of [...SCHEDULES, ...CONSUMERS, ...SUBSCRIBERS])
        expect(envOf(d.id).ORIGIN_VERIFY_SECRET, d.id).toBeUndefined();
    });

    it('forwards CloudFront-Viewer-Address to the API (AllViewerExceptHostHeader) for the link-check limiter', () => {
      const config = distribution(template);
      const apiOriginId = config.Origins.find((o) => o.CustomOriginConfig)?.Id;
      const api = config.CacheBehaviors.filter((b) => b.TargetOriginId === apiOriginId);
      expect(api.map((b) => b.PathPattern).sort()).toEqual(['/api/*', '/health']);
      for (const b of api) expect(b.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    });
  });
});
