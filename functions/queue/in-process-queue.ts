import type { Queue, SendJob } from '../shared/ports';

type Consumer = (jobs: SendJob[]) => Promise<void>;

/**
 * The local stand-in for SQS: jobs go to whatever consumer the local runtime registered (it
 * invokes the same sender handler as the SQS event source in AWS). Jobs enqueued before a
 * consumer exists wait in memory.
 */
class InProcessQueue implements Queue {
  private consumer: Consumer | undefined;
  private readonly waiting: SendJob[] = [];

  async enqueue(jobs: readonly SendJob[]) {
    if (this.consumer) await this.consumer([...jobs]);
    else this.waiting.push(...jobs);
  }

  attach(consumer: Consumer) {
    this.consumer = consumer;
    const pending = this.waiting.splice(0);
    if (pending.length) void consumer(pending);
  }

  detach() {
    this.consumer = undefined;
  }
}

export const inProcessQueue = new InProcessQueue();
