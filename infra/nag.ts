import { CfnResource, Validations } from 'aws-cdk-lib';
import { rules } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag v3 runs as a CDK validation plugin, and acknowledgements are CDK's own
 * `Validations.of(construct).acknowledge(...)`: they apply to the construct and everything below it.
 * Every call here carries a reason specific to this app.
 */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void => {
  Validations.of(scope).acknowledge({ id, reason });
};

export type WildcardAllowance = {
  /** Matched against the finding, e.g. `Action::kms:ReEncrypt*` or `Resource::<FnArn>:*`. */
  finding: RegExp;
  reason: string;
};

/**
 * Acknowledge only those AwsSolutions-IAM5 (wildcard) findings under `scope` that an allowance
 * matches; any other wildcard still fails the synth.
 *
 * cdk-nag v3 acknowledges IAM5 per finding (`AwsSolutions-IAM5[Resource::...]`), and a finding
 * embeds the resolved reference, which for the table ARN is a cross-stack import that exists only
 * after CDK has prepared the app. So the findings are computed in a construct validation: it runs
 * after references are resolved and before the validation plugins (cdk-nag) are invoked.
 */
export const acknowledgeWildcards = (scope: IConstruct, allowances: WildcardAllowance[]): void => {
  scope.node.addValidation({
    validate: () => {
      for (const node of scope.node.findAll()) {
        if (!CfnResource.isCfnResource(node)) continue;
        const findings = rules.iam.IAMNoWildcardPermissions(node);
        if (!Array.isArray(findings)) continue;
        for (const finding of findings) {
          const allowance = allowances.find((a) => a.finding.test(finding));
          if (allowance) acknowledge(node, `AwsSolutions-IAM5[${finding}]`, allowance.reason);
        }
      }
      return [];
    },
  });
};
