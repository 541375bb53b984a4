import { Stack, type StackProps } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { LINK_EXCHANGE_PATHS } from './route-throttles';

/**
 * Rate-based rules count requests per client IP over a five-minute window. Jobcenters often reach
 * the internet through a shared municipal or federal proxy, so the general limit is generous; the
 * link exchanges (the routes that take a personal link token without a session, `linkExchange` in
 * the route table) share a tighter one, on top of the per-address limiters in their use cases.
 */
export const WAF_RATE_LIMITS = { perIp: 2000, linkCheckPerIp: 100 } as const;

/** AWS managed rule groups, in evaluation order after the rate rules. */
export const MANAGED_RULE_GROUPS = [
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * Common rule set rules switched to count: SizeRestrictions_BODY blocks bodies above 8 KB, but a
 * self-assessment draft and the CSV imports are larger; API Gateway and the handlers' schemas
 * bound the body size instead.
 */
export const COUNTED_COMMON_RULES = ['SizeRestrictions_BODY'] as const;

const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * Matches a request to any link exchange's path. The path is URL-decoded and normalised first and
 * matched as a prefix, so a variant (`%73ession`, `//`, a trailing slash or suffix) cannot slip past
 * the per-IP link limit; matching a little more than the route costs nothing.
 */
const linkExchangePaths = (): wafv2.CfnWebACL.StatementProperty => {
  const matches = LINK_EXCHANGE_PATHS.map(
    (path): wafv2.CfnWebACL.StatementProperty => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: path,
        textTransformations: [
          { priority: 0, type: 'URL_DECODE' },
          { priority: 1, type: 'NORMALIZE_PATH' },
        ],
      },
    }),
  );
  const [only] = matches;
  if (!only) throw new Error('No route declares linkExchange: the WAF link rule would match nothing.');
  return matches.length === 1 ? only : { orStatement: { statements: matches } };
};

export type EdgeStackProps = StackProps & { stackPrefix: string };

/**
 * The CloudFront web ACL. A web ACL of scope CLOUDFRONT can only be created in us-east-1, while the
 * app lives in eu-central-1, so it has this small stack of its own. The stateless stack references
 * `webAclArn` across regions (`crossRegionReferences`): CDK exports it as a stack output here and
 * the stateless stack reads it with CloudFormation's `Fn::GetStackOutput` (which can read an output
 * of a stack in another region), so one `cdk deploy --all` deploys both in order; no ARN to copy
 * by hand and no custom resource. (The alternative, passing an existing ARN in context `webAclArn`, stays possible for a
 * central ministry ACL; then this stack is not created.)
 */
export class EdgeStack extends Stack {
  readonly webAcl: wafv2.CfnWebACL;
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const rateRule = (
      name: string,
      priority: number,
      limit: number,
      scopeDownStatement?: wafv2.CfnWebACL.StatementProperty,
    ): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      action: { block: {} },
      statement: {
        rateBasedStatement: {
          limit,
          aggregateKeyType: 'IP',
          evaluationWindowSec: 300,
          ...(scopeDownStatement ? { scopeDownStatement } : {}),
        },
      },
      visibilityConfig: visibility(name),
    });

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `${props.stackPrefix}-web`,
      description: 'Inklusion CloudFront web app and API',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${props.stackPrefix}-web`),
      rules: [
        rateRule('RateLimitPerIp', 0, WAF_RATE_LIMITS.perIp),
        rateRule('RateLimitLinkCheckPerIp', 1, WAF_RATE_LIMITS.linkCheckPerIp, linkExchangePaths()),
        ...MANAGED_RULE_GROUPS.map(
          (name, i): wafv2.CfnWebACL.RuleProperty => ({
            name,
            priority: 10 + i,
            overrideAction: { none: {} },
            statement: {
              managedRuleGroupStatement: {
                vendorName: 'AWS',
                name,
                ...(name === 'AWSManagedRulesCommonRuleSet'
                  ? {
                      ruleActionOverrides: COUNTED_COMMON_RULES.map((rule) => ({
                        name: rule,
                        actionToUse: { count: {} },
                      })),
                    }
                  : {}),
              },
            },
            visibilityConfig: visibility(name),
          }),
        ),
      ],
    });
    this.webAclArn = this.webAcl.attrArn;
  }
}
