import { SEND_BATCH_SIZE } from '../campaigns/send-job';
import type { RouteDef } from './route-def';
import { CAMPAIGN_ROUTES } from './routes-campaigns';
import { EVALUATION_ROUTES } from './routes-evaluation';
import { JOBCENTER_ROUTES } from './routes-jobcenters';
import { REGISTRY_ROUTES } from './routes-registry';

export type { RouteDef } from './route-def';

/**
 * Every HTTP route, once: the CDK stateless stack makes one Lambda and one API Gateway route
 * from each entry, the local server mounts the same handler files, and docs/openapi.json is
 * generated from the schemas named there. The entries live in four files by area (routes-*.ts),
 * spread here in one order.
 */
export const ROUTES = [
  ...REGISTRY_ROUTES,
  ...EVALUATION_ROUTES,
  ...CAMPAIGN_ROUTES,
  ...JOBCENTER_ROUTES,
] as const satisfies readonly RouteDef[];

/** Queue consumers: an SQS event source in AWS, the in-process queue locally. */
export type ConsumerDef = {
  id: string;
  entry: string;
  /** Messages per invocation. */
  batchSize: number;
  grants: RouteDef['grants'];
};

export const CONSUMERS = [
  {
    id: 'sendInvitations',
    entry: 'functions/campaigns/handlers/send-invitations.ts',
    batchSize: SEND_BATCH_SIZE,
    grants: { table: 'readWrite', sendMail: true, linkKey: true },
  },
] as const satisfies readonly ConsumerDef[];

/**
 * Receives of one send job before it is parked in the dead-letter queue: the send queue's redrive
 * policy in AWS (infra/constructs/send-queue.ts) and the local queue runner (local/queue-runner.ts).
 */
export const SEND_QUEUE_MAX_RECEIVES = 5;

/** SNS subscribers: the SES configuration set's event topic in AWS, the dev tools locally. */
export type SubscriberDef = { id: string; entry: string; topic: 'sesEvents'; grants: RouteDef['grants'] };

export const SUBSCRIBERS = [
  {
    id: 'sesEvents',
    entry: 'functions/delivery/handlers/ses-events.ts',
    topic: 'sesEvents',
    grants: { table: 'readWrite', sendMail: false },
  },
] as const satisfies readonly SubscriberDef[];

/** Scheduled jobs: EventBridge Scheduler in AWS, the local ticker on one machine. */
export type ScheduleDef = {
  id: string;
  entry: string;
  /** EventBridge Scheduler expression. */
  expression: string;
  /** How often the local ticker fires it. */
  localEverySeconds: number;
  grants: RouteDef['grants'];
};

export const SCHEDULES = [
  {
    id: 'heartbeat',
    entry: 'functions/scheduler/heartbeat-handler.ts',
    expression: 'rate(15 minutes)',
    localEverySeconds: 60,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'reminders',
    entry: 'functions/reminders/handlers/run-reminders.ts',
    expression: 'rate(1 hour)',
    localEverySeconds: 60,
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
  },
  {
    id: 'retention',
    entry: 'functions/privacy/handlers/run-retention.ts',
    // Daily at 03:15 Berlin time (the schedules run in Europe/Berlin).
    expression: 'cron(15 3 * * ? *)',
    localEverySeconds: 3600,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'privacyRequests',
    entry: 'functions/privacy/handlers/run-privacy-requests.ts',
    // Searches and erasures staff asked for: a full table read, so never on a request path.
    expression: 'rate(1 minute)',
    localEverySeconds: 10,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'sweepSends',
    entry: 'functions/campaigns/handlers/sweep-sends.ts',
    expression: 'rate(5 minutes)',
    localEverySeconds: 60,
    grants: { table: 'read', sendMail: false, enqueue: true },
  },
] as const satisfies readonly ScheduleDef[];
