import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSystem } from '../local/system';

/**
 * The local system every bench measures against: a fresh in-memory DynamoDB Local and SES emulator
 * in a temporary data directory, no ticker (nothing runs unless the bench asks). `demo` adds the
 * demo accessions.
 */
export const startBenchSystem = (options: { demo?: boolean } = {}) =>
  startLocalSystem({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-')),
    fresh: true,
    inMemory: true,
    ticker: false,
    ...(options.demo ? { demo: true } : {}),
  });
