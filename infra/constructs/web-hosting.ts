import * as fs from 'node:fs';
import * as path from 'node:path';
import { Annotations, Duration, Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { FORMULAR_HTML, FORMULAR_PATH } from '../../web/prerender/formular-entry';
import { acknowledge, acknowledgeWildcards } from '../nag';
import { REPO_ROOT } from '../paths';
import { contentSecurityPolicy, PERMISSIONS_POLICY } from '../web-headers';

/** Paths CloudFront sends to the HTTP API instead of the bucket. */
export const API_PATH_PATTERNS = ['/api/*', '/health'] as const;

export type WebHostingProps = {
  /** Host name of the HTTP API: its custom domain, or else its execute-api endpoint. */
  apiDomainName: string;
  /** https origin of the Cognito hosted UI, allowed in the CSP for the token exchange. */
  cognitoBaseUrl: string;
  geoAllowlist: string[];
  /** ARN of the WAFv2 web ACL (scope CLOUDFRONT, us-east-1). */
  webAclArn: string;
  /** Secret header CloudFront adds to every API request (checked by the HTTP handlers). */
  originVerify: { header: string; value: string };
  customDomain?: { domainName: string; certificateArn: string };
  logRetention: logs.RetentionDays;
};

/**
 * Single-page-app fallback: any path without a file extension is a client-side route and gets
 * /index.html; exactly /formular gets its prerendered page (web/prerender/formular-entry.ts).
 * Done at the viewer-request stage of the default (S3) behaviour only. Distribution error
 * responses (403/404 -> /index.html) would also rewrite the API's JSON 403/404 answers.
 */
export const SPA_REWRITE = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (request.uri === '${FORMULAR_PATH}') request.uri = '/${FORMULAR_HTML}';
  else if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/**
 * The web frontend: a private bucket served by CloudFront through origin access control, with
 * /api/* and /health forwarded to the HTTP API uncached. Both share security headers and TLS 1.2.
 */
export class WebHosting extends Construct {
  readonly bucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);

    this.logBucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with an ACL grant to the log delivery account.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    acknowledge(
      this.logBucket,
      'AwsSolutions-S1',
      'This bucket receives the access logs of the web bucket and of CloudFront; logging it into ' +
        'itself would loop, and a second log bucket would only move the problem.',
    );

    this.bucket = new s3.Bucket(this, 'Site', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3-site/',
    });

    const securityHeaders = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Inklusion: security headers for the SPA and the API',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy([props.cognitoBaseUrl]),
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true }],
      },
    });

    const spaRewrite = new cloudfront.Function(this, 'SpaRewrite', {
      comment: 'SPA fallback to /index.html for client-side routes',
      code: cloudfront.FunctionCode.fromInline(SPA_REWRITE),
      runtime: cloudfront.FunctionRuntime.JS_2_0,
    });

    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(props.apiDomainName, {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
        customHeaders: { [props.originVerify.header]: props.originVerify.value },
      }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      // All viewer headers but Host (API Gateway routes by its own host name), plus CloudFront's
      // headers, among them CloudFront-Viewer-Address: the viewer's IP and port, which the link-check
      // limiter keys on (functions/shared/http/client-address.ts). CloudFront sets it itself; a
      // viewer cannot supply it.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: securityHeaders,
      compress: true,
    };

    const certificate = props.customDomain
      ? acm.Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn)
      : undefined;

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Rahmenvereinbarung Inklusion web app and API',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [
          { function: spaRewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
        compress: true,
      },
      additionalBehaviors: Object.fromEntries(API_PATH_PATTERNS.map((p) => [p, apiBehavior])),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      // TLS 1.2+ to the viewer needs a custom certificate (see the CFR4 acknowledgement below).
      ...(certificate && props.customDomain
        ? {
            certificate,
            domainNames: [props.customDomain.domainName],
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      geoRestriction:
        props.geoAllowlist.length > 0
          ? cloudfront.GeoRestriction.allowlist(...props.geoAllowlist)
          : undefined,
      // The web ACL of infra/edge-stack.ts (or a central one from context): never without.
      webAclId: props.webAclArn,
    });

    if (!certificate) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'No custom domain yet: with the default *.cloudfront.net certificate CloudFront fixes the viewer ' +
          'security policy and ignores minimumProtocolVersion. Setting webDomainName and ' +
          'webCertificateArn in cdk.json switches to SNI with TLSv1.2_2021.',
      );
    }
    if (props.geoAllowlist.length === 0) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR1',
        'geoAllowlist is empty in cdk.json on purpose for this deployment: staff data needs a Cognito ' +
          'sign-in and a Jobcenter form a personal link; the WAF web ACL (rate rules, IP reputation list) ' +
          'filters abuse from anywhere.',
      );
    }
  }

  /**
   * Deploy the built web app (if `webDistDir` exists) and `config.json`. Hashed assets are cached
   * for a year; index.html and config.json must be revalidated so a deployment shows at once.
   */
  deploy(distDir: string, runtimeConfig: Record<string, string>, logRetention: logs.RetentionDays): void {
    const logGroup = new logs.LogGroup(this, 'DeploymentLogs', { retention: logRetention });
    const webDistDir = path.resolve(REPO_ROOT, distDir);
    const hasBuild = fs.existsSync(path.join(webDistDir, 'index.html'));
    // The entry pages are revalidated like index.html: they name the hashed assets of their build.
    const entryPages = ['index.html', FORMULAR_HTML].filter((f) => fs.existsSync(path.join(webDistDir, f)));
    if (hasBuild) {
      new s3deploy.BucketDeployment(this, 'Assets', {
        destinationBucket: this.bucket,
        // .vite holds the build manifest, for the tests only.
        sources: [s3deploy.Source.asset(webDistDir, { exclude: [...entryPages, 'config.json', '.vite'] })],
        prune: false,
        cacheControl: [s3deploy.CacheControl.fromString('public, max-age=31536000, immutable')],
        logGroup,
        memoryLimit: 512,
      });
    } else {
      Annotations.of(this).addInfo(
        `${distDir} has no index.html at synth time: only config.json is deployed to the web bucket. ` +
          'Run `npm run build:web` before `cdk deploy` to ship the frontend.',
      );
    }
    new s3deploy.BucketDeployment(this, 'Entry', {
      destinationBucket: this.bucket,
      sources: [
        ...(hasBuild
          ? entryPages.map((f) => s3deploy.Source.data(f, fs.readFileSync(path.join(webDistDir, f), 'utf8')))
          : []),
        s3deploy.Source.jsonData('config.json', runtimeConfig),
      ],
      prune: false,
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: [
        '/index.html',
        '/config.json',
        ...(hasBuild && entryPages.includes(FORMULAR_HTML) ? [`/${FORMULAR_HTML}`] : []),
      ],
      logGroup,
      memoryLimit: 512,
    });

    this.acknowledgeDeploymentHandler();
  }

  /** The BucketDeployment handler is a CDK-provided singleton function at stack level. */
  private acknowledgeDeploymentHandler(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) return;
    acknowledge(
      handler,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK-provided BucketDeployment handler (a singleton CDK creates at stack level, runs only during ' +
        'deployments): AWSLambdaBasicExecutionRole grants logs:CreateLogGroup/CreateLogStream/PutLogEvents ' +
        'on every log group of the account; the handler has no other log access and writes only logs.',
    );
    acknowledge(
      handler,
      'AwsSolutions-L1',
      'The BucketDeployment handler runtime is chosen and updated by aws-cdk-lib, not by this app; ' +
        'it runs only during deployments.',
    );
    acknowledgeWildcards(handler, [
      {
        finding: /^Action::s3:(GetBucket|GetObject|List|DeleteObject|Abort)\*$/,
        reason:
          'CDK BucketDeployment grants read on the CDK asset object and read/write on the site bucket ' +
          'so it can copy the web build; the actions are limited to those two buckets.',
      },
      {
        finding: /^Resource::(<.+\.Arn>|arn:[^:]+:s3:::cdk-[a-z0-9]+-assets-.+)\/\*$/,
        reason:
          'Objects of the site bucket (written by the deployment) and of the CDK asset bucket (the ' +
          'zipped web build) only.',
      },
      {
        finding: /^Resource::\*$/,
        reason:
          'cloudfront:CreateInvalidation/GetInvalidation, which CDK grants without a resource, so the ' +
          'handler can invalidate /index.html and /config.json after each deployment.',
      },
    ]);
  }
}
