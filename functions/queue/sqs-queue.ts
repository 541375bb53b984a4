import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from '../shared/ports';

/** Enqueues send jobs in batches of 10 (the SQS maximum); fails loudly if any entry is refused. */
export const makeSqsQueue = ({ client, queueUrl }: { client: SQSClient; queueUrl: string }): Queue => ({
  async enqueue(jobs) {
    for (let i = 0; i < jobs.length; i += 10) {
      const batch = jobs.slice(i, i + 10);
      const out = await client.send(
        new SendMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: batch.map((job, n) => ({ Id: String(n), MessageBody: JSON.stringify(job) })),
        }),
      );
      if (out.Failed?.length) throw new Error(`SQS refused ${out.Failed.length} send jobs`);
    }
  },
});
