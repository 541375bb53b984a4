import * as z from 'zod';
import { MIN_SENDER_RATE } from './campaigns/pacer';

/**
 * Runtime configuration, parsed once per cold start. The only place that reads process.env.
 * In AWS the CDK stack sets these variables; locally `local/start.ts` and the test setup do.
 */
const ConfigFields = z.object({
  /** `local` switches on what only the local system may have (the movable demo clock). */
  STAGE: z.enum(['local', 'aws']).default('aws'),
  AWS_REGION: z.string().min(1).default('eu-central-1'),
  TABLE_NAME: z.string().min(1),
  /** Only set locally: DynamoDB Local and the SES emulator. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  MAIL_FROM: z.email(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** Sends per second allowed by the SES account; campaign fan-out paces itself by it. */
  SES_SEND_RATE: z.coerce.number().positive().max(1000).default(1),
  /** SQS queue of invitation sends (AWS). Locally unset: an in-process queue runs the same handler. */
  SEND_QUEUE_URL: z.url().optional(),
  /** How many sender functions run at once (SQS event source maximum concurrency). */
  SENDER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(2),
  /** Key that seals personal links for reminders: LINK_KEY (base64url, 32 bytes) locally, or the
   * ARN of a Secrets Manager secret holding it in AWS. */
  LINK_KEY: z.string().min(43).optional(),
  LINK_KEY_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** HTTP functions in AWS: the header value CloudFront adds (functions/shared/http/origin-guard.ts). */
  ORIGIN_VERIFY_SECRET: z.string().min(32).optional(),
  /** Public origin of the web frontend, used to build links in e-mails. */
  APP_BASE_URL: z.url(),
  LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
  /** Set by the Lambda runtime in every function. */
  AWS_LAMBDA_FUNCTION_NAME: z.string().min(1).optional(),
});
/** Inside Lambda the stage is never `local`, whatever the environment says. */
const notLocalInLambda = (c: { STAGE: string; AWS_LAMBDA_FUNCTION_NAME?: string | undefined }) =>
  !(c.STAGE === 'local' && c.AWS_LAMBDA_FUNCTION_NAME);
/** Each sender keeps SES_SEND_RATE / SENDER_CONCURRENCY; below MIN_SENDER_RATE a claim could outlive its lease. */
const senderRateHolds = (c: { SES_SEND_RATE: number; SENDER_CONCURRENCY: number }) =>
  c.SES_SEND_RATE / c.SENDER_CONCURRENCY >= MIN_SENDER_RATE;
const ConfigSchema = ConfigFields.refine(notLocalInLambda, { path: ['STAGE'] }).refine(senderRateHolds, {
  path: ['SENDER_CONCURRENCY'],
});
export type Config = z.infer<typeof ConfigSchema>;

/** What the HTTP edge (origin guard) needs; parsed on its own so it never depends on the rest. */
const EdgeConfigSchema = ConfigFields.pick({
  STAGE: true,
  ORIGIN_VERIFY_SECRET: true,
  AWS_LAMBDA_FUNCTION_NAME: true,
}).refine(notLocalInLambda, { path: ['STAGE'] });
export type EdgeConfig = z.infer<typeof EdgeConfigSchema>;

let cached: Config | undefined;

export const loadConfig = (env: Record<string, string | undefined>): Config => {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    // Names only: values may be secrets.
    const fields = result.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  return result.data;
};

export const getConfig = (): Config => {
  cached ??= loadConfig(process.env);
  return cached;
};

let cachedEdge: EdgeConfig | undefined;

export const getEdgeConfig = (): EdgeConfig => {
  if (!cachedEdge) {
    const result = EdgeConfigSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(
        `Invalid configuration: ${result.error.issues.map((i) => i.path.join('.')).join(', ')}`,
      );
    }
    cachedEdge = result.data;
  }
  return cachedEdge;
};
