import { Annotations, Fn } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import type { IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { RouteDef } from '../../functions/api/routes';
import { acknowledge } from '../nag';
import { THROTTLES, type ThrottleGroup, throttleGroupOf } from '../route-throttles';

export type HttpApiProps = {
  logRetention: logs.RetentionDays;
  /** Stage-wide default for any route without its own setting; every route of ROUTES has one. */
  throttle?: { rateLimit: number; burstLimit: number };
  /**
   * Custom domain with a regional ACM certificate: the API is served only under this name and its
   * execute-api endpoint is disabled. Without it the execute-api endpoint stays reachable.
   */
  customDomain?: { domainName: string; certificateArn: string };
};

/** Id of the synth warning when the execute-api endpoint stays enabled (no custom API domain). */
export const EXECUTE_API_WARNING = 'inklusion:executeApiEndpointEnabled';

/**
 * Reasons for the two public routes that predate `publicReason` in functions/api/routes.ts. Every
 * route without the JWT authorizer (access `public` or `session`) needs a written reason, either as
 * `publicReason` on the route or here; otherwise the synth fails, so no route loses the authorizer
 * by accident.
 */
export const PUBLIC_ROUTE_REASONS: Record<string, string> = {
  health:
    'liveness only: always {"status":"ok"}, polled by monitoring and the start page before anyone ' +
    'signs in; its function has no access to the table or SES (the detail is GET /api/health, staff).',
  openapi: 'the OpenAPI description documents the API contract and contains no data.',
};

/** Access modes whose routes have no JWT authorizer (`session` is checked in the handler). */
export const WITHOUT_AUTHORIZER: readonly RouteDef['access'][] = ['public', 'session'];

/**
 * Access log fields available for HTTP APIs (no request or response bodies, no tokens, no IP
 * address: abuse protection counts addresses in short-lived rate windows, see docs/privacy.md).
 */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
});

/**
 * The HTTP API behind CloudFront: a `$default` stage with access logs and throttling, and one
 * route per entry of ROUTES. Public and session routes have no authorizer (a session route's
 * handler checks the Jobcenter's form session); all others the Cognito JWT one (the handler itself
 * then checks the role).
 */
export class HttpApi extends Construct {
  readonly api: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;
  /** Host name CloudFront sends API requests to: the custom domain, or the execute-api endpoint. */
  readonly domainName: string;
  /** The custom domain (with its API mapping), if configured. */
  readonly customDomain?: apigw.DomainName;
  /** Route key -> throttle group, as set on the stage (infra/route-throttles.ts). */
  readonly throttleGroups: Record<string, ThrottleGroup> = {};
  private readonly routeSettings: Record<
    string,
    { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
  > = {};

  constructor(scope: Construct, id: string, props: HttpApiProps) {
    super(scope, id);
    this.api = new apigw.HttpApi(this, 'Api', {
      description: 'Rahmenvereinbarung Inklusion API (served through CloudFront)',
      createDefaultStage: false,
      // HTTP APIs take neither WAF nor resource policies: with a custom domain the API is served
      // only under that name, which CloudFront uses as its origin.
      disableExecuteApiEndpoint: props.customDomain !== undefined,
    });
    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
    // Per-route throttles (the L2 stage has only the stage-wide one). CfnStage.routeSettings is
    // untyped JSON, passed to CloudFormation as is: hence the PascalCase keys. The stage must be created
    // after its routes, or CloudFormation does not find the route keys named in the settings.
    (this.stage.node.defaultChild as apigw.CfnStage).routeSettings = this.routeSettings;
    if (props.customDomain) {
      this.customDomain = new apigw.DomainName(this, 'Domain', {
        domainName: props.customDomain.domainName,
        certificate: acm.Certificate.fromCertificateArn(
          this,
          'Certificate',
          props.customDomain.certificateArn,
        ),
        endpointType: apigw.EndpointType.REGIONAL,
        securityPolicy: apigw.SecurityPolicy.TLS_1_2,
      });
      new apigw.ApiMapping(this, 'Mapping', {
        api: this.api,
        domainName: this.customDomain,
        stage: this.stage,
      });
      this.domainName = props.customDomain.domainName;
    } else {
      Annotations.of(this).addWarningV2(
        EXECUTE_API_WARNING,
        "The HTTP API's execute-api endpoint stays reachable: direct callers bypass the WAF of " +
          'CloudFront (the origin-verify secret still makes the functions answer 403) and use up the ' +
          'per-route throttles shared with everyone. Set apiDomainName and apiCertificateArn to disable it.',
      );
      // https://<id>.execute-api.<region>.amazonaws.com -> <id>.execute-api.<region>.amazonaws.com
      this.domainName = Fn.select(2, Fn.split('/', this.api.apiEndpoint));
    }
  }

  /**
   * One route of ROUTES, created in `scope` (the nested stack of the route's feature, beside its
   * function: route, integration and invoke permission stay out of this stack). The JWT
   * authorizer binds to the API itself, so all routes share the one authorizer of this stack.
   */
  addRoute(
    scope: Construct,
    def: RouteDef,
    fn: lambda.IFunction,
    authorizer: IHttpRouteAuthorizer,
  ): apigw.HttpRoute {
    const publicReason = WITHOUT_AUTHORIZER.includes(def.access)
      ? (def.publicReason ?? PUBLIC_ROUTE_REASONS[def.id])
      : undefined;
    if (WITHOUT_AUTHORIZER.includes(def.access) && !publicReason) {
      throw new Error(
        `Route "${def.id}" is ${def.access} (no JWT authorizer): give it a publicReason in ` +
          'functions/api/routes.ts or add it to PUBLIC_ROUTE_REASONS in infra/constructs/http-api.ts',
      );
    }
    const route = new apigw.HttpRoute(scope, `Route-${def.id}`, {
      httpApi: this.api,
      routeKey: apigw.HttpRouteKey.with(def.path, apigw.HttpMethod[def.method]),
      integration: new HttpLambdaIntegration(`${def.id}-Integration`, fn, {
        payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
      }),
      ...(publicReason ? {} : { authorizer }),
    });
    const group = throttleGroupOf(def);
    const routeKey = `${def.method} ${def.path}`;
    this.throttleGroups[routeKey] = group;
    this.routeSettings[routeKey] = {
      ThrottlingRateLimit: THROTTLES[group].rateLimit,
      ThrottlingBurstLimit: THROTTLES[group].burstLimit,
    };
    this.stage.node.addDependency(route);
    if (publicReason) acknowledge(route, 'AwsSolutions-APIG4', `${def.method} ${def.path}: ${publicReason}`);
    return route;
  }
}
