import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSUMERS, SEND_QUEUE_MAX_RECEIVES } from '../../functions/api/routes';
import { inProcessQueue } from '../../functions/queue/in-process-queue';
import type { SendJob } from '../../functions/shared/ports';
import { startQueueRunner } from '../../local/queue-runner';

/** A consumer that fails every message and records each receive count SQS would report. */
const FAILING_CONSUMER = `
export const handler = async (event) => {
  globalThis.receiveCounts ??= [];
  for (const r of event.Records) globalThis.receiveCounts.push(Number(r.attributes.ApproximateReceiveCount));
  return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
};
`;

describe('local queue runner', () => {
  const root = mkdtempSync(join(tmpdir(), 'queue-runner-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('parks a failing job after as many receives as the send queue in AWS (SEND_QUEUE_MAX_RECEIVES)', async () => {
    const entry = join(root, CONSUMERS[0].entry);
    mkdirSync(dirname(entry), { recursive: true });
    writeFileSync(entry, FAILING_CONSUMER);
    const runner = startQueueRunner(root, { retryDelayMs: 1 });
    const job: SendJob = { type: 'mail', campaignId: 'c-1', outboxId: 'o-1' };
    try {
      await inProcessQueue.enqueue([job]);
      await expect.poll(() => runner.deadLetters.length).toBe(1);
      await new Promise((r) => setTimeout(r, 50)); // no receive after it was parked
      const counts = (globalThis as { receiveCounts?: number[] }).receiveCounts;
      expect(counts).toEqual(Array.from({ length: SEND_QUEUE_MAX_RECEIVES }, (_, i) => i + 1));
      expect(runner.deadLetters).toEqual([job]);
    } finally {
      runner.stop();
    }
  });
});
