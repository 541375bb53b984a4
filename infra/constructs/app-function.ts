import * as path from 'node:path';
import { type Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { RouteDef } from '../../functions/api/routes';
import { sendingCondition } from '../../functions/mailer/sending-identity';
import { TABLE } from '../../functions/store/table-design';
import { LAMBDA_BUNDLING } from '../lambda-bundling';
import { logRetentionDays } from '../log-retention';
import { acknowledge, acknowledgeWildcards, type WildcardAllowance } from '../nag';
import { REPO_ROOT } from '../paths';

/** The grants of a route, schedule, consumer or subscriber (functions/api/routes.ts). */
export type FunctionGrants = RouteDef['grants'];

/**
 * What the functions may touch: the table, the SES identity plus configuration set, the send queue,
 * the link-sealing key secret.
 */
export type FunctionResources = {
  table: dynamodb.ITableV2;
  mail: { identityArn: string; configurationSetArn: string; from: string };
  /** Required if any function has `grants.enqueue`. */
  sendQueue?: sqs.IQueue;
  /** Required if any function has `grants.linkKey`; its ARN becomes LINK_KEY_SECRET_ARN. */
  linkKeySecret?: secretsmanager.ISecret;
};

export type AppFunctionProps = {
  /** Route, schedule, consumer or subscriber id from functions/api/routes.ts; used in ids and the description. */
  id: string;
  /** Handler file relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  grants: FunctionGrants;
  resources: FunctionResources;
  /** The variables functions/config.ts reads. */
  environment: Record<string, string>;
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  timeout: Duration;
  logRetention?: logs.RetentionDays;
  /** Tests only: deploy a stub instead of the esbuild bundle (see infra/lambda-stub). */
  skipBundling?: boolean;
};

const STUB_DIR = path.join(REPO_ROOT, 'infra', 'lambda-stub');

export const RUNTIME = lambda.Runtime.NODEJS_22_X;

/**
 * ses:GetSendQuota: only what declares `sendQuota` (the mailer health probe, the one caller of
 * GetSendQuota). Senders pace themselves by the configured SES_SEND_RATE and do not read it.
 */
export const readsSendQuota = (grants: FunctionGrants): boolean => grants.sendQuota === true;

/**
 * One Lambda function of the app: Node.js 22 on ARM64, bundled locally by esbuild (never Docker),
 * its own log group with retention, its own role with exactly the grants of its route.
 */
export class AppFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const { grants, resources } = props;
    if (grants.linkKey && !resources.linkKeySecret) {
      throw new Error(`Function ${id} has grants.linkKey but no link key secret was given`);
    }

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logRetentionDays(),
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Inklusion function ${props.id}`,
    });
    // Only its own log group (instead of the managed AWSLambdaBasicExecutionRole on every group).
    this.logGroup.grantWrite(this.role);

    const common = {
      description: props.description,
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel[props.logLevel],
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        ...props.environment,
        // Only where the role may use it: functions/wiring/queue.ts builds the queue client.
        ...(grants.enqueue && resources.sendQueue ? { SEND_QUEUE_URL: resources.sendQueue.queueUrl } : {}),
        // Only where the role may read it: functions/secrets/link-key.ts fetches it on first use.
        ...(grants.linkKey && resources.linkKeySecret
          ? { LINK_KEY_SECRET_ARN: resources.linkKeySecret.secretArn }
          : {}),
      },
    } satisfies Partial<lambda.FunctionProps>;

    this.function = props.skipBundling
      ? new lambda.Function(this, 'Function', {
          ...common,
          code: lambda.Code.fromAsset(STUB_DIR),
          handler: 'index.handler',
        })
      : new nodejs.NodejsFunction(this, 'Function', {
          ...common,
          entry: path.join(REPO_ROOT, props.entry),
          handler: 'handler',
          projectRoot: REPO_ROOT,
          depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
          bundling: {
            forceDockerBundling: false,
            minify: LAMBDA_BUNDLING.minify,
            keepNames: LAMBDA_BUNDLING.keepNames,
            sourceMap: LAMBDA_BUNDLING.sourceMap,
            format: nodejs.OutputFormat.ESM,
            target: LAMBDA_BUNDLING.target,
            mainFields: [...LAMBDA_BUNDLING.mainFields],
            define: LAMBDA_BUNDLING.define,
            externalModules: [...LAMBDA_BUNDLING.external],
            banner: LAMBDA_BUNDLING.banner,
            // Pin the SDK version of package-lock.json instead of the one the runtime ships.
            bundleAwsSDK: true,
            tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
          },
        });

    acknowledge(
      this.function,
      'AwsSolutions-L1',
      'nodejs22.x on purpose: package.json pins Node 22 (engines), so local development, the test ' +
        'suites and CI run the same major version as Lambda; moving to nodejs24.x is one constant here ' +
        'once the toolchain moves.',
    );
    this.applyGrants(grants, resources);
  }

  private applyGrants(
    grants: FunctionGrants,
    { table, mail, sendQueue, linkKeySecret }: FunctionResources,
  ): void {
    if (grants.table === 'read') table.grantReadData(this.role);
    if (grants.table === 'readWrite') table.grantReadWriteData(this.role);
    if (grants.describeTable) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['dynamodb:DescribeTable'], resources: [table.tableArn] }),
      );
    }
    if (grants.sendMail) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [mail.identityArn, mail.configurationSetArn],
          // The same declaration the local mailer evaluates (functions/mailer/sending-identity.ts).
          conditions: sendingCondition(mail.from),
        }),
      );
    }
    if (readsSendQuota(grants)) {
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['ses:GetSendQuota'], resources: ['*'] }),
      );
    }

    if (grants.enqueue) {
      if (!sendQueue)
        throw new Error(`Function ${this.node.id} has grants.enqueue but no send queue was given`);
      sendQueue.grantSendMessages(this.role);
    }

    if (grants.linkKey && linkKeySecret) {
      // GetSecretValue only (no DescribeSecret, no versions listing), on this one secret.
      this.role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['secretsmanager:GetSecretValue'],
          resources: [linkKeySecret.secretArn],
        }),
      );
      // Decrypt with the secret's key only through Secrets Manager, and only for this secret.
      if (linkKeySecret.encryptionKey) {
        this.role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['kms:Decrypt'],
            resources: [linkKeySecret.encryptionKey.keyArn],
            conditions: {
              StringEquals: {
                'kms:ViaService': `secretsmanager.${Stack.of(this).region}.amazonaws.com`,
                'kms:EncryptionContext:SecretARN': linkKeySecret.secretArn,
              },
            },
          }),
        );
      }
    }

    const allowances: WildcardAllowance[] = [
      {
        finding: /^Resource::\*$/,
        reason:
          'Active X-Ray tracing needs xray:PutTraceSegments/PutTelemetryRecords, which support no ' +
          'resource-level permissions.' +
          (readsSendQuota(grants)
            ? ' ses:GetSendQuota is an account-level read without a resource type; the staff health ' +
              'detail (GET /api/health) reports the remaining 24-hour quota with it.'
            : ''),
      },
    ];
    if (grants.table !== 'none') {
      allowances.push(
        {
          finding: /^Resource::.*\/index\/\*$/,
          reason:
            `CDK's table grant for function ${this.node.id} includes "<table>/index/*" so that queries may use ` +
            `the GSIs (${Object.keys(TABLE.indexes).join(', ')}); it covers only the indexes of the one campaign table.`,
        },
        {
          finding: /^Action::kms:(ReEncrypt|GenerateDataKey)\*$/,
          reason:
            'Key actions CDK grantReadWriteData adds for the customer-managed table key, on that one key ARN ' +
            'only: DynamoDB uses GenerateDataKey* to write the encrypted table for the function; ReEncrypt* ' +
            'comes with the CDK grant and can only re-encrypt under that same key.',
        },
      );
    }
    acknowledgeWildcards(this.role, allowances);
  }
}
