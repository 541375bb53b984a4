import { CfnOutput, Duration, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import {
  CONSUMERS,
  type ConsumerDef,
  ROUTES,
  type RouteDef,
  SCHEDULES,
  type ScheduleDef,
  SUBSCRIBERS,
  type SubscriberDef,
} from '../functions/api/routes';
import { ORIGIN_VERIFY_HEADER } from '../functions/shared/http/origin-guard';
import { TABLE } from '../functions/store/table-design';
import type { InfraConfig } from './config';
import { Alarms } from './constructs/alarms';
import { AppFunction, type FunctionResources } from './constructs/app-function';
import { HttpApi } from './constructs/http-api';
import { ScheduledJob } from './constructs/scheduled-job';
import { SendQueue } from './constructs/send-queue';
import { TopicSubscriber } from './constructs/topic-subscriber';
import { WebHosting } from './constructs/web-hosting';
import { logRetentionDays } from './log-retention';
import { acknowledge } from './nag';
import type { StatefulStack } from './stateful-stack';

export type StatelessStackProps = StackProps & {
  config: InfraConfig;
  /** The data and identity resources; passed as objects, CDK wires the cross-stack references. */
  stateful: Pick<
    StatefulStack,
    | 'table'
    | 'emailIdentityArn'
    | 'configurationSet'
    | 'configurationSetArn'
    | 'mailFrom'
    | 'mailEventsTopic'
    | 'linkKeySecret'
    | 'userPool'
    | 'userPoolDomain'
  >;
  /** ARN of the CloudFront web ACL (scope CLOUDFRONT, us-east-1): infra/edge-stack.ts or context. */
  webAclArn: string;
};

/** `functions/campaigns/handlers/launch.ts` -> `campaigns`: the feature folder that owns a handler. */
export const featureOf = (entry: string): string => {
  const match = /^functions\/([a-z0-9-]+)\//.exec(entry);
  if (!match?.[1]) throw new Error(`Handler entry "${entry}" is not inside a feature folder of functions/`);
  return match[1];
};

/** Function, access and deployment logs: as long as the retention policy says (90 days), no longer. */
const LOG_RETENTION = logRetentionDays();

/** Timeouts: API Gateway gives up after 30 s, the function stops before that with a clean error. */
export const ROUTE_TIMEOUT = Duration.seconds(25);
export const SCHEDULE_TIMEOUT = Duration.minutes(5);
/** A batch of jobs (SEND_BATCH_SIZE, 5) takes at most 100 s at the slowest sender rate allowed (MIN_SENDER_RATE); five minutes leave room. */
export const CONSUMER_TIMEOUT = Duration.minutes(5);
/** One SNS message (one SES event) per invocation: a few table writes. */
export const SUBSCRIBER_TIMEOUT = Duration.seconds(30);

/**
 * The web app's OAuth redirect path (CALLBACK_PATH in web/src/app/cognito.ts; a test keeps them
 * equal). Not imported, so that the synth never loads browser code.
 */
export const WEB_CALLBACK_PATH = '/anmelden/callback';

/**
 * Code and delivery, replaceable at any time: one Lambda per ROUTES, SCHEDULES, CONSUMERS and
 * SUBSCRIBERS entry, the HTTP API, the schedules, the send queue, the topic subscriptions, alarms,
 * the web bucket and the CloudFront distribution in front of the bucket and the API.
 */
export class StatelessStack extends Stack {
  readonly functions: Record<string, AppFunction> = {};
  readonly httpApi: HttpApi;
  readonly web: WebHosting;
  readonly webClient: cognito.UserPoolClient;
  readonly schedules: Record<string, ScheduledJob> = {};
  readonly subscribers: Record<string, TopicSubscriber> = {};
  readonly sendQueue: SendQueue;
  readonly alarms: Alarms;
  /** The origin-verification header value CloudFront sends and the HTTP handlers expect. */
  readonly originVerify: secretsmanager.Secret;
  /** Origin of the web app as the functions and Cognito see it (a token unless configured). */
  readonly appBaseUrl: string;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;

    this.httpApi = new HttpApi(this, 'Http', {
      logRetention: LOG_RETENTION,
      customDomain:
        config.apiDomainName && config.apiCertificateArn
          ? { domainName: config.apiDomainName, certificateArn: config.apiCertificateArn }
          : undefined,
    });
    // CloudFront adds this secret header to every API request; the HTTP handlers refuse requests
    // without it (functions/shared/http/origin-guard.ts), so the API is useless when called directly
    // (at the execute-api endpoint, or at the custom API domain that replaces it). CloudFormation resolves the dynamic reference at deploy time: the value
    // is in neither the template nor the synthesized assets.
    this.originVerify = new secretsmanager.Secret(this, 'OriginVerify', {
      description: 'Inklusion: header value CloudFront adds to API requests (origin verification)',
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
    });
    acknowledge(
      this.originVerify,
      'AwsSolutions-SMG4',
      'Not rotated by Secrets Manager: CloudFront and the HTTP functions read the value only at deploy ' +
        'time (dynamic reference), so a rotation without a deployment would lock CloudFront out. A new ' +
        'value is set with put-secret-value followed by a deployment of this stack.',
    );
    this.web = new WebHosting(this, 'Web', {
      apiDomainName: this.httpApi.domainName,
      cognitoBaseUrl: stateful.userPoolDomain.baseUrl(),
      geoAllowlist: config.geoAllowlist,
      webAclArn: props.webAclArn,
      originVerify: { header: ORIGIN_VERIFY_HEADER, value: this.originVerify.secretValue.unsafeUnwrap() },
      customDomain:
        config.webDomainName && config.webCertificateArn
          ? { domainName: config.webDomainName, certificateArn: config.webCertificateArn }
          : undefined,
      logRetention: LOG_RETENTION,
    });
    // No cycle: distribution -> API (the API resource only, not its routes); functions -> distribution.
    this.appBaseUrl = config.appBaseUrl ?? `https://${this.web.distribution.distributionDomainName}`;

    // The app client lives here, not in the stateful stack, because its callback URL is the
    // CloudFront origin created in this stack. Users and groups stay in the stateful user pool.
    this.webClient = new cognito.UserPoolClient(this, 'WebClient', {
      userPool: stateful.userPool,
      userPoolClientName: `${config.stackPrefix}-web`,
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        // Exactly what the web app sends as redirect_uri and logout_uri (web/src/app/cognito.ts).
        callbackUrls: [`${this.appBaseUrl}${WEB_CALLBACK_PATH}`],
        logoutUrls: [`${this.appBaseUrl}/`],
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    const authorizer = new HttpJwtAuthorizer('CognitoJwt', stateful.userPool.userPoolProviderUrl, {
      jwtAudience: [this.webClient.userPoolClientId],
    });

    // Alarms, their topic and the error-log metric filters (about 120 resources) live in a nested
    // stack: the stateless stack alone stays clear of CloudFormation's 500-resource limit.
    this.alarms = new Alarms(new NestedStack(this, 'Monitoring'), 'Alarms', { email: config.alarmEmail });
    this.sendQueue = new SendQueue(this, 'Send', { consumerTimeout: CONSUMER_TIMEOUT, alarms: this.alarms });

    const resources: FunctionResources = {
      table: stateful.table,
      mail: {
        identityArn: stateful.emailIdentityArn,
        configurationSetArn: stateful.configurationSetArn,
        from: stateful.mailFrom,
      },
      sendQueue: this.sendQueue.queue,
      linkKeySecret: stateful.linkKeySecret,
    };
    // The variables functions/config.ts parses (AWS_REGION is set by Lambda itself).
    // SEND_QUEUE_URL goes only to functions with grants.enqueue, LINK_KEY_SECRET_ARN only to those
    // with grants.linkKey (AppFunction adds both).
    const environment: Record<string, string> = {
      STAGE: 'aws',
      TABLE_NAME: stateful.table.tableName,
      MAIL_FROM: stateful.mailFrom,
      SES_CONFIGURATION_SET: stateful.configurationSet.configurationSetName,
      SES_SEND_RATE: String(config.sesSendRate),
      APP_BASE_URL: this.appBaseUrl,
      LOG_LEVEL: config.logLevel,
    };
    // One nested stack per feature folder (functions/<feature>/): its functions with their routes,
    // schedules, subscriptions, alarms and log filters. A new route adds to its feature's stack
    // only, so no template nears CloudFormation's limits (500 resources, 200 parameters).
    const featureStacks: Record<string, NestedStack> = {};
    const featureStack = (def: { entry: string }) => {
      const feature = featureOf(def.entry);
      featureStacks[feature] ??= new NestedStack(this, `Feature-${feature}`, {
        description: `Inklusion: the functions of functions/${feature}/ with their routes and alarms`,
      });
      return featureStacks[feature];
    };
    const makeFunction = (
      def: RouteDef | ScheduleDef | ConsumerDef | SubscriberDef,
      description: string,
      timeout: Duration,
      extraEnvironment: Record<string, string> = {},
    ) => {
      const fn = new AppFunction(featureStack(def), `Fn-${def.id}`, {
        id: def.id,
        entry: def.entry,
        description,
        grants: def.grants,
        resources,
        environment: { ...environment, ...extraEnvironment },
        logLevel: config.logLevel,
        timeout,
        logRetention: LOG_RETENTION,
        skipBundling: config.skipBundling,
      });
      this.functions[def.id] = fn;
      this.alarms.onFunction(def.id, fn.function);
      return fn;
    };

    for (const def of ROUTES as readonly RouteDef[]) {
      const fn = makeFunction(def, `Inklusion API ${def.method} ${def.path}`, ROUTE_TIMEOUT, {
        ORIGIN_VERIFY_SECRET: this.originVerify.secretValue.unsafeUnwrap(),
      });
      this.httpApi.addRoute(featureStack(def), def, fn.function, authorizer);
    }
    for (const def of SCHEDULES as readonly ScheduleDef[]) {
      const fn = makeFunction(def, `Inklusion job ${def.id} (${def.expression})`, SCHEDULE_TIMEOUT);
      this.schedules[def.id] = new ScheduledJob(featureStack(def), `Job-${def.id}`, {
        def,
        fn: fn.function,
        alarms: this.alarms,
      });
      this.alarms.onStaleSchedule(def.id, fn.function, def.expression);
    }
    for (const def of CONSUMERS as readonly ConsumerDef[]) {
      // The handler paces itself to SES_SEND_RATE / SENDER_CONCURRENCY, the event source caps
      // the concurrent invocations at the same number.
      const fn = makeFunction(def, `Inklusion queue consumer ${def.id}`, CONSUMER_TIMEOUT, {
        SENDER_CONCURRENCY: String(config.senderConcurrency),
      });
      this.sendQueue.addConsumer(def, fn.function, config.senderConcurrency);
    }
    const topics: Record<SubscriberDef['topic'], sns.ITopic> = { sesEvents: stateful.mailEventsTopic };
    for (const def of SUBSCRIBERS as readonly SubscriberDef[]) {
      const fn = makeFunction(def, `Inklusion SNS subscriber ${def.id} (${def.topic})`, SUBSCRIBER_TIMEOUT);
      const subscriber = new TopicSubscriber(featureStack(def), `Sub-${def.id}`, {
        def,
        fn: fn.function,
        topic: topics[def.topic],
        alarms: this.alarms,
      });
      this.subscribers[def.id] = subscriber;
    }

    this.alarms.onApiServerErrors(this.httpApi.api);
    this.alarms.onTableThrottles(stateful.table.tableName, Object.keys(TABLE.indexes));
    this.alarms.onSesReputation(stateful.configurationSet.configurationSetName);
    this.alarms.onErrorLogs(
      Object.fromEntries(Object.entries(this.functions).map(([id, fn]) => [id, fn.logGroup])),
    );

    this.web.deploy(
      config.webDistDir,
      {
        auth: 'cognito',
        cognitoDomain: stateful.userPoolDomain.baseUrl(),
        clientId: this.webClient.userPoolClientId,
        region: this.region,
      },
      LOG_RETENTION,
    );

    new CfnOutput(this, 'AppUrl', { description: 'Web app (CloudFront)', value: this.appBaseUrl });
    if (this.httpApi.customDomain) {
      // The operators' DNS: apiDomainName as a CNAME (or an alias in this hosted zone) to this target.
      new CfnOutput(this, 'ApiDomainTarget', {
        description: `DNS target of ${config.apiDomainName}: CNAME, or alias with hosted zone ApiDomainHostedZoneId`,
        value: this.httpApi.customDomain.regionalDomainName,
      });
      new CfnOutput(this, 'ApiDomainHostedZoneId', {
        description: `Hosted zone of ApiDomainTarget, for an alias record of ${config.apiDomainName}`,
        value: this.httpApi.customDomain.regionalHostedZoneId,
      });
    }
    new CfnOutput(this, 'WebClientId', {
      description: 'Cognito app client of the web app',
      value: this.webClient.userPoolClientId,
    });
  }
}
