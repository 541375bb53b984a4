import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isDynamoDbLocal,
  isRunning,
  killStaleDynamoDbLocal,
  writeChildRecord,
} from '../../local/child-record';
import { PortInUseError, reservePort } from '../../local/ports';
import { localDynamoClient, startDynamoDbLocal } from '../../local/services';

const CHILD = resolve(import.meta.dirname, 'dynamodb-child.ts');
const dir = mkdtempSync(join(tmpdir(), 'inklusion-lifecycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts DynamoDB Local in a child Node process (as `npm start` does) and waits for "ready". */
const startInChild = async (port: number, pidFile: string, mode = 'idle') => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, String(port), pidFile, mode],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready')) ready();
    });
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => fail(new Error(`child exited with ${code}: ${out}`)));
  });
  return child;
};

/** Pids of running DynamoDB Local processes on `port`, read from /proc. */
const dynamoDbLocalsOn = (port: number): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return isDynamoDbLocal(cmd, port) && isRunning(Number(pid));
      } catch {
        return false;
      }
    })
    .map(Number);

const portTaken = (port: number) =>
  reservePort(port, 'DynamoDB Local', 'DYNAMODB_PORT').then(
    () => false,
    (e: unknown) => e instanceof PortInUseError,
  );

const waitUntilFree = async (port: number, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!(await portTaken(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
};

describe('DynamoDB Local dies with its parent', () => {
  it('after the parent was SIGKILLed, the next start on the same port ends the orphan by its recorded pid', async () => {
    const port = await reservePort(0, 'DynamoDB Local', 'DYNAMODB_PORT');
    const pidFile = join(dir, 'sigkill', 'dynamodb-local.pid');
    const parent = await startInChild(port, pidFile);
    const { pid: javaPid } = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number };
    parent.kill('SIGKILL');
    await new Promise((r) => parent.once('exit', r));

    // The orphan still holds the port; the message names the variable that moves it.
    const blocked = await reservePort(port, 'DynamoDB Local', 'DYNAMODB_PORT').catch((e: Error) => e);
    expect(blocked).toBeInstanceOf(PortInUseError);
    expect((blocked as Error).message).toContain(`DYNAMODB_PORT=${port + 10} npm start`);
    expect(isRunning(javaPid)).toBe(true);

    const db = await startDynamoDbLocal({ port, pidFile });
    try {
      expect(isRunning(javaPid)).toBe(false);
      const client = localDynamoClient(db.endpoint);
      await expect(client.send(new ListTablesCommand({}))).resolves.toBeDefined();
      client.destroy();
      expect(existsSync(pidFile)).toBe(true);
    } finally {
      await db.stop();
    }
    expect(existsSync(pidFile)).toBe(false);
  }, 180_000);

  it('an uncaught exception in the parent takes DynamoDB Local down with it', async () => {
    const port = await reservePort(0, 'DynamoDB Local', 'DYNAMODB_PORT');
    const pidFile = join(dir, 'crash', 'dynamodb-local.pid');
    const parent = await startInChild(port, pidFile, 'throw');
    const { pid: javaPid } = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number };
    await new Promise((r) => parent.once('exit', r));
    expect(await waitUntilFree(port, 10_000)).toBe(true);
    expect(isRunning(javaPid)).toBe(false);
  }, 180_000);

  it('a start that does not become ready in time leaves no Java process behind', async () => {
    const port = await reservePort(0, 'DynamoDB Local', 'DYNAMODB_PORT');
    const pidFile = join(dir, 'slow', 'dynamodb-local.pid');
    await expect(startDynamoDbLocal({ port, pidFile, readyTimeoutMs: 1 })).rejects.toThrow(
      'DynamoDB Local did not become ready within',
    );
    const deadline = Date.now() + 10_000;
    // Killed on the failed start: gone from the process list, and its exit removed the record.
    const left = () => dynamoDbLocalsOn(port).length > 0 || existsSync(pidFile);
    while (left() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(dynamoDbLocalsOn(port)).toEqual([]);
    expect(existsSync(pidFile)).toBe(false);
  }, 60_000);

  it('never kills a recorded pid that is not a DynamoDB Local process', async () => {
    const pidFile = join(dir, 'reused', 'dynamodb-local.pid');
    writeChildRecord(pidFile, { pid: process.pid, port: 8000 });
    expect(await killStaleDynamoDbLocal(pidFile)).toBe('not-ours');
    expect(existsSync(pidFile)).toBe(false);
    expect(await killStaleDynamoDbLocal(pidFile)).toBe('none');
  });
});
