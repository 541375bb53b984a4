import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { mapLimit } from '../shared/map-limit';
import type { Queue } from '../shared/ports';

/** Enqueues send jobs in batches of 10 (the SQS maximum); fails loudly if any entry is refused. */
export const makeSqsQueue = ({ client, queueUrl }: { client: SQSClient; queueUrl: string }): Queue => ({
  async enqueue(jobs) {
    const batches = Array.from({ length: Math.ceil(jobs.length / 10) }, (_, i) =>
      jobs.slice(i * 10, i * 10 + 10),
    );
    await mapLimit(batches, 10, async (batch) => {
      const out = await client.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((job, n) => ({ Id: String(n), MessageBody: JSON.stringify(job) })),
        }),
      );
      if (out.Failed?.length) throw new Error(`SQS refused ${out.Failed.length} send jobs`);
    });
  },
});
