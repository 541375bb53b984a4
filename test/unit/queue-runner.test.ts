import type { Context, SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { SEND_QUEUE_MAX_RECEIVES } from '../../functions/api/routes';
import { SEND_BATCH_SIZE } from '../../functions/campaigns/send-job';
import { inProcessQueue } from '../../functions/queue/in-process-queue';
import type { SendJob } from '../../functions/shared/ports';
import { startQueueRunner } from '../../local/queue-runner';

const jobs = (n: number): SendJob[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'invitation',
    campaignId: 'c-1',
    jobcenterId: `jc-${i}`,
    sendKey: 'invitation#1',
  }));

/**
 * The local queue runner stands in for SQS and the Lambda event source: batches of SEND_BATCH_SIZE,
 * at most `concurrency` at once, each concurrent sender an execution environment of its own (its
 * own log stream, as the send handler keys its pacer by it).
 */
describe('local queue runner', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  const recordingConsumer = (holdMs: number) => {
    const seen = { batches: [] as { stream: string; size: number }[], delivered: [] as string[], peak: 0 };
    let running = 0;
    const handler = async (event: SQSEvent, context: Context) => {
      running++;
      seen.peak = Math.max(seen.peak, running);
      seen.batches.push({ stream: context.logStreamName, size: event.Records.length });
      for (const r of event.Records)
        seen.delivered.push((JSON.parse(r.body) as { jobcenterId: string }).jobcenterId);
      await new Promise((r) => setTimeout(r, holdMs));
      running--;
      return { batchItemFailures: [] };
    };
    return { seen, load: async () => handler };
  };

  it('runs as many senders at once as configured, each in its own environment, every job once', async () => {
    const { seen, load } = recordingConsumer(20);
    const runner = startQueueRunner('.', { concurrency: 2, load });
    stop = runner.stop;
    await inProcessQueue.enqueue(jobs(23));
    await runner.idle();
    expect(seen.delivered.sort()).toEqual(
      jobs(23)
        .map((j) => (j.type === 'invitation' ? j.jobcenterId : ''))
        .sort(),
    );
    expect(seen.batches.every((b) => b.size <= SEND_BATCH_SIZE)).toBe(true);
    expect(seen.peak).toBe(2);
    expect(new Set(seen.batches.map((b) => b.stream))).toEqual(new Set(['local-sender-1', 'local-sender-2']));
  });

  it('starts no second sender for work that fits one batch', async () => {
    const { seen, load } = recordingConsumer(5);
    const runner = startQueueRunner('.', { concurrency: 2, load });
    stop = runner.stop;
    await inProcessQueue.enqueue(jobs(SEND_BATCH_SIZE));
    await runner.idle();
    expect(seen.batches).toEqual([{ stream: 'local-sender-1', size: SEND_BATCH_SIZE }]);
  });

  it('with concurrency 1 handles one batch after the other', async () => {
    const { seen, load } = recordingConsumer(5);
    const runner = startQueueRunner('.', { load });
    stop = runner.stop;
    await inProcessQueue.enqueue(jobs(3 * SEND_BATCH_SIZE));
    await runner.idle();
    expect(seen.peak).toBe(1);
    expect(seen.batches).toHaveLength(3);
  });

  it('parks a failing job after as many receives as the send queue in AWS (SEND_QUEUE_MAX_RECEIVES)', async () => {
    const receives: number[] = [];
    const failing = async (event: SQSEvent) => {
      for (const r of event.Records) receives.push(Number(r.attributes.ApproximateReceiveCount));
      return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    };
    const runner = startQueueRunner('.', { retryDelayMs: 1, load: async () => failing });
    stop = runner.stop;
    const job: SendJob = { type: 'mail', campaignId: 'c-1', outboxId: 'o-1' };
    await inProcessQueue.enqueue([job]);
    await expect.poll(() => runner.deadLetters.length).toBe(1);
    await new Promise((r) => setTimeout(r, 50)); // no receive after it was parked
    expect(receives).toEqual(Array.from({ length: SEND_QUEUE_MAX_RECEIVES }, (_, i) => i + 1));
    expect(runner.deadLetters).toEqual([job]);
  });
});
