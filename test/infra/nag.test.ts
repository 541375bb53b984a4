import { App, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './support';

type Violation = { ruleName: string; severity: string; violatingResources: { constructPath?: string }[] };

const describeViolations = (violations: Violation[]) =>
  violations.map(
    (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
  );

/** Every `Validations.of(x).acknowledge(...)` in the tree, with where it was made. */
const acknowledgements = (root: IConstruct) =>
  root.node
    .findAll()
    .flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) => Object.entries(m.data as Record<string, string>)),
    )
    .map(([id, reason]) => ({ id, reason }));

describe('cdk-nag AwsSolutions', () => {
  let app: App;

  beforeAll(() => {
    // Prepare: the app exactly as infra/app.ts registers the checks.
    app = buildTestApp().app;
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  });

  it('synthesizes: the validation plugin reports no unacknowledged error or warning', () => {
    // Act + Assess: CDK throws on any plugin violation (warnings fail cdk-nag reports too).
    expect(() => app.synth()).not.toThrow();
  });

  it('has zero unacknowledged errors and zero unacknowledged warnings', () => {
    // After synth: references are resolved and late acknowledgements (infra/nag.ts) recorded.
    app.synth();
    const report = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
    const violations = report.violations as Violation[];
    expect(describeViolations(violations.filter((v) => v.severity === 'error'))).toEqual([]);
    expect(describeViolations(violations.filter((v) => v.severity === 'warning'))).toEqual([]);
  });

  it('gives every acknowledgement a written reason', () => {
    app.synth();
    const all = acknowledgements(app);
    expect(all.length).toBeGreaterThan(0);
    for (const { id, reason } of all) {
      expect(reason.length, id).toBeGreaterThanOrEqual(60);
    }
  });

  it('acknowledges the secrets without automatic rotation (SMG4) with the reason for each', () => {
    app.synth();
    const smg4 = acknowledgements(app).filter(
      (a) => a.id.replace(/^Annotation::/, '') === 'AwsSolutions-SMG4',
    );
    // The link key (rotated by hand as a key ring) and the origin-verify header (set at deploy time).
    expect(smg4).toHaveLength(2);
    expect(smg4.map((a) => a.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/previous keys.*reminder link/),
        expect.stringMatching(/CloudFront/),
      ]),
    );
    // Without it the rule fires: the acknowledgement is what keeps the synth green.
    const probe = new App();
    new secretsmanager.Secret(new Stack(probe, 'Probe'), 'Secret');
    const report = new AwsSolutionsChecks(probe).validateScope(probe);
    expect((report.violations as Violation[]).map((v) => v.ruleName)).toContain('AwsSolutions-SMG4');
  });

  it('still catches a wildcard nobody acknowledged (the checks are live)', () => {
    // Prepare
    const probe = new App();
    const stack = new Stack(probe, 'Probe');
    new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }).addToPolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] }),
    );
    // Act
    const report = new AwsSolutionsChecks(probe).validateScope(probe);
    // Assess
    expect((report.violations as Violation[]).map((v) => v.ruleName)).toEqual(
      expect.arrayContaining(['AwsSolutions-IAM5[Action::dynamodb:*]', 'AwsSolutions-IAM5[Resource::*]']),
    );
  });
});
