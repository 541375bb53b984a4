import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ROUTES, type RouteDef, SCHEDULES, type ScheduleDef } from '../functions/api/routes';
import type { InfraConfig } from './config';
import { AppFunction, type FunctionGrants, type FunctionResources } from './constructs/app-function';
import { HttpApi } from './constructs/http-api';
import { ScheduledJob } from './constructs/scheduled-job';
import { WebHosting } from './constructs/web-hosting';
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
    | 'userPool'
    | 'userPoolDomain'
  >;
};

const LOG_RETENTION = logs.RetentionDays.ONE_YEAR;

/**
 * GetSendQuota for a function: every sender, and the health route, whose mailer probe reads the
 * quota although it sends nothing. A route may also declare `grants.sendQuota: true`.
 */
export const grantsOf = (def: RouteDef | ScheduleDef): FunctionGrants => {
  const declared: FunctionGrants = def.grants;
  return { ...declared, sendQuota: declared.sendMail || declared.sendQuota === true || def.id === 'health' };
};

/**
 * Code and delivery, replaceable at any time: one Lambda per ROUTES and SCHEDULES entry, the HTTP
 * API, the schedules, the web bucket and the CloudFront distribution in front of both.
 */
export class StatelessStack extends Stack {
  readonly functions: Record<string, AppFunction> = {};
  readonly httpApi: HttpApi;
  readonly web: WebHosting;
  readonly webClient: cognito.UserPoolClient;
  readonly schedules: Record<string, ScheduledJob> = {};
  /** Origin of the web app as the functions and Cognito see it (a token unless configured). */
  readonly appBaseUrl: string;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;

    this.httpApi = new HttpApi(this, 'Http', { logRetention: LOG_RETENTION });
    this.web = new WebHosting(this, 'Web', {
      apiDomainName: this.httpApi.domainName,
      cognitoBaseUrl: stateful.userPoolDomain.baseUrl(),
      geoAllowlist: config.geoAllowlist,
      webAclArn: config.webAclArn,
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
        callbackUrls: [`${this.appBaseUrl}/`, `${this.appBaseUrl}/auth/callback`],
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

    const resources: FunctionResources = {
      table: stateful.table,
      mail: {
        identityArn: stateful.emailIdentityArn,
        configurationSetArn: stateful.configurationSetArn,
        from: stateful.mailFrom,
      },
    };
    // The variables functions/config.ts parses (AWS_REGION is set by Lambda itself).
    const environment: Record<string, string> = {
      STAGE: 'aws',
      TABLE_NAME: stateful.table.tableName,
      MAIL_FROM: stateful.mailFrom,
      SES_CONFIGURATION_SET: stateful.configurationSet.configurationSetName,
      SES_SEND_RATE: String(config.sesSendRate),
      APP_BASE_URL: this.appBaseUrl,
      LOG_LEVEL: config.logLevel,
      POWERTOOLS_SERVICE_NAME: 'inklusion',
    };
    const makeFunction = (def: RouteDef | ScheduleDef, description: string, timeout: Duration) => {
      const fn = new AppFunction(this, `Fn-${def.id}`, {
        id: def.id,
        entry: def.entry,
        description,
        grants: grantsOf(def),
        resources,
        environment,
        logLevel: config.logLevel,
        timeout,
        logRetention: LOG_RETENTION,
        skipBundling: config.skipBundling,
      });
      this.functions[def.id] = fn;
      return fn;
    };

    for (const def of ROUTES as readonly RouteDef[]) {
      // API Gateway gives up after 30 s; the function stops before that with a clean error.
      const fn = makeFunction(def, `Inklusion API ${def.method} ${def.path}`, Duration.seconds(25));
      this.httpApi.addRoute(def, fn.function, authorizer);
    }
    for (const def of SCHEDULES as readonly ScheduleDef[]) {
      const fn = makeFunction(def, `Inklusion job ${def.id} (${def.expression})`, Duration.minutes(5));
      this.schedules[def.id] = new ScheduledJob(this, `Job-${def.id}`, { def, fn: fn.function });
    }

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
    new CfnOutput(this, 'WebClientId', {
      description: 'Cognito app client of the web app',
      value: this.webClient.userPoolClientId,
    });
  }
}
