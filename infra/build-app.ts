import type { App } from 'aws-cdk-lib';
import { readInfraConfig } from './config';
import { EdgeStack } from './edge-stack';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';

/**
 * Both stacks of the app, shared by infra/app.ts (the CDK CLI entry) and the infrastructure tests.
 * Context comes from cdk.json (the tests pass the same context, plus overrides).
 */
export const buildApp = (app: App) => {
  const config = readInfraConfig(app.node);
  // Account from the CLI's credentials if any; synth also works without (env-agnostic account).
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: config.region };
  const description = 'Rahmenvereinbarung Inklusion (MAGS NRW)';

  const stateful = new StatefulStack(app, `${config.stackPrefix}-Stateful`, {
    env,
    description: `${description}: table, SES identity, staff user pool (retained)`,
    terminationProtection: true,
    config,
  });
  // The CloudFront web ACL must live in us-east-1 (see infra/edge-stack.ts); unless context names
  // an existing one, this app brings its own and the stateless stack references it across regions.
  const edge = config.webAclArn
    ? undefined
    : new EdgeStack(app, `${config.stackPrefix}-Edge`, {
        env: { account: env.account, region: 'us-east-1' },
        description: `${description}: WAF web ACL of the CloudFront distribution (us-east-1)`,
        stackPrefix: config.stackPrefix,
        crossRegionReferences: true,
      });
  const stateless = new StatelessStack(app, `${config.stackPrefix}-Stateless`, {
    env,
    description: `${description}: functions, HTTP API, schedules, web hosting`,
    config,
    stateful,
    webAclArn: config.webAclArn ?? (edge as EdgeStack).webAclArn,
    crossRegionReferences: edge !== undefined,
  });

  return { config, stateful, stateless, edge };
};
