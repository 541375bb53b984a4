/**
 * Paces sends to a fixed rate by their start times: the n-th send may start at `first + n × interval`.
 * Sends may overlap (a slow SES call does not delay the next start), so the achieved rate is the
 * configured one however long each call takes. One pacer per container: consecutive batches keep
 * the rate instead of bursting at each batch's start.
 */
export const makePacer = (
  intervalMs: number,
  now: () => number = Date.now,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
) => {
  let nextSlot = Number.NEGATIVE_INFINITY;
  return {
    /** Resolves when the next send may start. */
    async next(): Promise<void> {
      const at = now();
      const slot = Math.max(at, nextSlot);
      nextSlot = slot + intervalMs;
      if (slot > at) await sleep(slot - at);
    },
  };
};

/** Runs tasks with at most `limit` in flight; `drain` waits for the rest. */
export const makeInFlightLimit = (limit: number) => {
  const running = new Set<Promise<void>>();
  return {
    async start(task: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const p: Promise<void> = task().finally(() => running.delete(p));
      running.add(p);
    },
    drain: () => Promise.all(running).then(() => undefined),
  };
};
