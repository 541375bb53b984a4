import type { Node } from 'constructs';
import { MIN_SENDER_RATE } from '../functions/campaigns/pacer';
import { DEFAULT_MAIL_FROM_LOCAL_PART } from '../functions/mailer/sending-identity';

/**
 * Deployment settings, read once from CDK context (cdk.json, or `-c key=value` on the command
 * line). Everything environment-specific lives here; the stacks take this object as a prop.
 */
export type InfraConfig = {
  /** Prefix of both stack names, e.g. `Inklusion` -> `Inklusion-Stateful`, `Inklusion-Stateless`. */
  stackPrefix: string;
  region: string;
  /** Domain verified in SES; e-mails are sent from `mailFromLocalPart@mailDomain`. */
  mailDomain: string;
  mailFromLocalPart: string;
  /** Prefix of the Cognito hosted domain `<prefix>.auth.<region>.amazoncognito.com` (globally unique). */
  cognitoDomainPrefix: string;
  /**
   * SES_SEND_RATE: the account's "maximum send rate" (messages per second; `aws sesv2 get-account`,
   * SendQuota.MaxSendRate). 14 after production access in eu-central-1; 1 in the sandbox. The sender
   * paces itself by it, so a value above the real rate makes SES throttle and messages retry.
   */
  sesSendRate: number;
  /**
   * SENDER_CONCURRENCY: at most this many sender functions run at once (the SQS event source's
   * maximum concurrency, 2 to 1000; functions/config.ts accepts up to 100). Each keeps 1/n of the rate,
   * above one per second rounded down to whole sends (functions/campaigns/pacer.ts): pick an n that
   * divides the rate.
   */
  senderConcurrency: number;
  /**
   * Required: the operators' address, subscribed by e-mail to the alarm topic (every alarm of
   * infra/constructs/alarms.ts). Pass it with `-c alarmEmail=...` (package.json `synth` does).
   */
  alarmEmail: string;
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /**
   * Public origin of the web app. Empty: the CloudFront URL (https://dxxxx.cloudfront.net) is used,
   * passed to the functions and the Cognito client as a deploy-time token.
   */
  appBaseUrl?: string;
  /** Optional custom domain for CloudFront, with an ACM certificate in us-east-1. Both or neither. */
  webDomainName?: string;
  webCertificateArn?: string;
  /**
   * Optional custom domain for the HTTP API, with an ACM certificate in the stack's region. Both or
   * neither. Given: the execute-api endpoint is disabled and CloudFront's API origin is this name
   * (the operators point it at the stack output `ApiDomainTarget`).
   */
  apiDomainName?: string;
  apiCertificateArn?: string;
  /** Optional ARN of an existing WAFv2 web ACL (scope CLOUDFRONT, us-east-1). */
  webAclArn?: string;
  /** ISO 3166-1 alpha-2 countries allowed by CloudFront; empty list: no geo restriction. */
  geoAllowlist: string[];
  /** Folder with the built web app; deployed to the bucket only if it exists at synth time. */
  webDistDir: string;
  /** Tests only: replace esbuild bundling by a tiny stub asset to keep synth fast. */
  skipBundling: boolean;
};

const str = (node: Node, key: string, fallback?: string): string => {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') {
    if (fallback === undefined) throw new Error(`Missing CDK context value "${key}" (see cdk.json)`);
    return fallback;
  }
  if (typeof value !== 'string') throw new Error(`CDK context value "${key}" must be a string`);
  return value;
};

const optional = (node: Node, key: string): string | undefined => {
  const value = str(node, key, '');
  return value === '' ? undefined : value;
};

const bool = (node: Node, key: string): boolean => {
  const value: unknown = node.tryGetContext(key);
  return value === true || value === 'true';
};

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;

/** The maximum send rate SES grants in eu-central-1 with production access. */
export const DEFAULT_SES_SEND_RATE = 14;
/** The smallest maximum concurrency an SQS event source allows. */
export const DEFAULT_SENDER_CONCURRENCY = 2;

export const readInfraConfig = (node: Node): InfraConfig => {
  const logLevel = str(node, 'logLevel', 'INFO');
  if (!LOG_LEVELS.includes(logLevel as InfraConfig['logLevel'])) {
    throw new Error(`CDK context "logLevel" must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const sesSendRate = Number(node.tryGetContext('sesSendRate') ?? DEFAULT_SES_SEND_RATE);
  // functions/config.ts accepts 0 < SES_SEND_RATE <= 1000.
  if (!Number.isFinite(sesSendRate) || sesSendRate <= 0 || sesSendRate > 1000) {
    throw new Error(
      'CDK context "sesSendRate" must be a number of messages per second, above 0, at most 1000',
    );
  }
  const senderConcurrency = Number(node.tryGetContext('senderConcurrency') ?? DEFAULT_SENDER_CONCURRENCY);
  // SQS event sources allow a maximum concurrency of 2..1000; functions/config.ts up to 100.
  if (!Number.isInteger(senderConcurrency) || senderConcurrency < 2 || senderConcurrency > 100) {
    throw new Error('CDK context "senderConcurrency" must be an integer from 2 (the SQS minimum) to 100');
  }
  // functions/config.ts refuses the same at cold start; here it fails the synth instead.
  if (sesSendRate / senderConcurrency < MIN_SENDER_RATE) {
    throw new Error(
      `CDK context "sesSendRate" / "senderConcurrency" must leave each sender at least ${MIN_SENDER_RATE} sends per second (a claimed send must not wait past its lease)`,
    );
  }
  const alarmEmail = optional(node, 'alarmEmail');
  if (!alarmEmail) {
    throw new Error(
      'CDK context "alarmEmail" is required: the address that receives the alarms ' +
        '(e.g. `cdk synth -c alarmEmail=betrieb@example.org`).',
    );
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) {
    throw new Error('CDK context "alarmEmail" must be an e-mail address');
  }
  const geo: unknown = node.tryGetContext('geoAllowlist') ?? [];
  const geoAllowlist = typeof geo === 'string' ? geo.split(',').filter(Boolean) : geo;
  if (
    !Array.isArray(geoAllowlist) ||
    !geoAllowlist.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c))
  ) {
    throw new Error('CDK context "geoAllowlist" must be a list of ISO country codes such as ["DE"]');
  }
  const webDomainName = optional(node, 'webDomainName');
  const webCertificateArn = optional(node, 'webCertificateArn');
  if (Boolean(webDomainName) !== Boolean(webCertificateArn)) {
    throw new Error('CDK context "webDomainName" and "webCertificateArn" must be set together');
  }
  const region = str(node, 'region', 'eu-central-1');
  const apiDomainName = optional(node, 'apiDomainName');
  const apiCertificateArn = optional(node, 'apiCertificateArn');
  if (Boolean(apiDomainName) !== Boolean(apiCertificateArn)) {
    throw new Error('CDK context "apiDomainName" and "apiCertificateArn" must be set together');
  }
  // A regional API Gateway domain takes a certificate of its own region only.
  if (apiCertificateArn && !new RegExp(`^arn:aws[a-z-]*:acm:${region}:`).test(apiCertificateArn)) {
    throw new Error(
      `CDK context "apiCertificateArn" must be an ACM certificate in ${region} (the stack's region)`,
    );
  }
  const appBaseUrl = optional(node, 'appBaseUrl') ?? (webDomainName ? `https://${webDomainName}` : undefined);
  if (appBaseUrl && !/^https:\/\/[^/]+$/.test(appBaseUrl)) {
    throw new Error('CDK context "appBaseUrl" must be an https origin without a trailing slash');
  }
  return {
    stackPrefix: str(node, 'stackPrefix', 'Inklusion'),
    region,
    mailDomain: str(node, 'mailDomain'),
    mailFromLocalPart: str(node, 'mailFromLocalPart', DEFAULT_MAIL_FROM_LOCAL_PART),
    cognitoDomainPrefix: str(node, 'cognitoDomainPrefix'),
    sesSendRate,
    senderConcurrency,
    alarmEmail,
    logLevel: logLevel as InfraConfig['logLevel'],
    appBaseUrl,
    webDomainName,
    webCertificateArn,
    apiDomainName,
    apiCertificateArn,
    webAclArn: optional(node, 'webAclArn'),
    geoAllowlist: geoAllowlist as string[],
    webDistDir: str(node, 'webDistDir', 'web/dist'),
    skipBundling: bool(node, 'skipBundling'),
  };
};
