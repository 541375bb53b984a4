import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Role } from '../functions/auth/principal';
import { makeSeedRegistry } from '../functions/registry/use-cases/seed-registry';
import { localClock } from '../functions/shared/clock';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { killStaleDynamoDbLocal } from './child-record';
import { seedDemoAccessions } from './demo-accessions';
import { createLocalHttpServer } from './http-server';
import { openLocalAuth } from './local-auth';
import { localMailFrom } from './mail-from';
import { reservePort } from './ports';
import { startQueueRunner } from './queue-runner';
import { ensureTable, localDynamoClient, startDynamoDbLocal, startSesLocal } from './services';
import { createTicker } from './ticker';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const TABLE_NAME = 'inklusion-local';

export type LocalSystem = {
  urls: { app: string; mailViewer: string; dynamodb: string };
  /** Set only when the staff user was created by this start (first start or --fresh). */
  staff?: { username: string; password: string };
  /** Every login user created by this start, with its role (admin, viewer, regionaldirektion, lvr, lwl). */
  users: { username: string; password: string; roles: string[] }[];
  seeded: { created: number; total: number };
  /** Demo accessions created by this start (`demo`); 0 when they existed already. */
  demoAccessions: number;
  tableCreated: boolean;
  /** Signs a staff token as the local login would (tests: e.g. a viewer, whom the login page has no user for). */
  issueStaffToken(user: { sub: string; email: string; roles: Role[] }): string;
  fireSchedule(id: string): Promise<void>;
  /** Waits until the local send queue is empty. */
  queueIdle(): Promise<void>;
  stop(): Promise<void>;
};

export type LocalSystemOptions = {
  /** Where DynamoDB Local keeps its file and the local login keeps its key and users. */
  dataDir: string;
  /** Delete dataDir first: empty table, new staff user. */
  fresh?: boolean;
  /** Keep DynamoDB in memory (tests); dataDir still holds the auth file. */
  inMemory?: boolean;
  ports?: Partial<{ app: number; dynamodb: number; ses: number }>;
  ticker?: boolean;
  /**
   * Start the local clock on this day (YYYY-MM-DD, 10:00 Berlin time) instead of today, for
   * demos of the reminder schedule. It runs on from there; POST /local/clock moves it further.
   */
  today?: string;
  /** Also seed demo accessions (local/demo-accessions.ts), so a self-assessment can start at once. */
  demo?: boolean;
  log?: (line: string) => void;
};

/**
 * Starts the whole system on one machine: DynamoDB Local, the SES emulator, the table, the
 * 53 Jobcenters, a staff login, the HTTP server with every Lambda handler and the web build,
 * and the ticker for scheduled handlers. `npm start` and the browser tests both use it.
 */
export const startLocalSystem = async (options: LocalSystemOptions): Promise<LocalSystem> => {
  const dataDir = resolve(options.dataDir);
  if (options.today) localClock.moveTo(options.today);
  // Recorded by the last start, so a DynamoDB Local left by a hard-killed start is found and ended.
  const pidFile = join(dataDir, 'dynamodb-local.pid');
  await killStaleDynamoDbLocal(pidFile);
  if (options.fresh && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  const appPort = await reservePort(options.ports?.app ?? 0, 'web app and API', 'PORT');
  const stops: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
    stops.length = 0;
  };
  try {
    const dynamo = await startDynamoDbLocal({
      port: options.ports?.dynamodb ?? 0,
      pidFile,
      ...(options.inMemory ? {} : { dataDir: join(dataDir, 'dynamodb') }),
    });
    stops.push(dynamo.stop);
    const ses = await startSesLocal({ port: options.ports?.ses ?? 0 });
    stops.push(ses.stop);
    const appUrl = `http://127.0.0.1:${appPort}`;

    // The key that seals personal links for reminders (Secrets Manager in AWS), kept across restarts.
    const linkKeyFile = join(dataDir, 'link-key');
    if (!existsSync(linkKeyFile)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(linkKeyFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }

    // The configuration the handlers parse at cold start, as the CDK stack sets it in AWS.
    Object.assign(process.env, {
      STAGE: 'local',
      AWS_REGION: 'eu-central-1',
      TABLE_NAME,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SES_ENDPOINT: ses.endpoint,
      // As the stacks build it from cdk.json, so the local SES path refuses the senders IAM refuses.
      MAIL_FROM: localMailFrom(REPO_ROOT),
      SES_SEND_RATE: process.env.SES_SEND_RATE ?? '14',
      // One sender with the whole rate (AWS runs two with half each: `npm run bench -- send-deployed`).
      SENDER_CONCURRENCY: process.env.SENDER_CONCURRENCY ?? '1',
      LINK_KEY: readFileSync(linkKeyFile, 'utf8').trim(),
      APP_BASE_URL: appUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'WARN',
    });

    const tableCreated = (await ensureTable(dynamo.endpoint, TABLE_NAME)) === 'created';
    const client = localDynamoClient(dynamo.endpoint);
    const store = makeDynamoStore({ client, tableName: TABLE_NAME });
    const seeded = await makeSeedRegistry({ store, clock: localClock })();
    const demoAccessions = options.demo ? await seedDemoAccessions(store) : 0;
    client.destroy();

    const auth = openLocalAuth(join(dataDir, 'auth.json'));
    const ticker = createTicker(REPO_ROOT, options.log);
    const server: Server = createLocalHttpServer({
      root: REPO_ROOT,
      webDir: join(REPO_ROOT, 'web', 'dist'),
      auth,
      publicConfig: { auth: 'local', mailViewerUrl: ses.endpoint },
      sesEndpoint: ses.endpoint,
      onClockMoved: () => void ticker.fireAll(),
      ...(options.log ? { log: options.log } : {}),
    });
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(appPort, '127.0.0.1', () => resolveListen());
    });
    stops.push(
      () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    );
    const queueRunner = startQueueRunner(REPO_ROOT, {
      warm: true,
      concurrency: Number(process.env.SENDER_CONCURRENCY),
      ...(options.log ? { log: options.log } : {}),
    });
    stops.push(queueRunner.stop);
    if (options.ticker !== false) {
      ticker.start();
      stops.push(ticker.stop);
    }

    return {
      urls: { app: appUrl, mailViewer: ses.endpoint, dynamodb: dynamo.endpoint },
      ...(auth.createdUser ? { staff: auth.createdUser } : {}),
      users: auth.createdUsers,
      seeded,
      demoAccessions,
      tableCreated,
      issueStaffToken: (user) => auth.issue(user),
      fireSchedule: ticker.fire,
      queueIdle: queueRunner.idle,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
};
