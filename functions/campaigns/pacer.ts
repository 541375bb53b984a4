import type { Mailer } from '../shared/ports';

/**
 * How long a claim protects a send in progress (invitation or outbox mail) before another worker
 * may take it over. A job claimed but still waiting its turn at the pacer when the lease ends could
 * be sent twice, so the jobs claimed at once are bounded by `inFlightWithinLease`.
 */
export const SEND_LEASE_MS = 120_000;

/**
 * The slowest rate one sender may be given (sends per second): a batch (5, at most 10) then takes
 * at most 100 s (the consumer's timeout is 5 minutes) and `inFlightWithinLease` still allows 6 at once.
 * functions/config.ts and infra/config.ts refuse a SES_SEND_RATE / SENDER_CONCURRENCY below it.
 */
export const MIN_SENDER_RATE = 0.1;

/**
 * How many jobs may be claimed at once by a sender paced at `perSecond`: they queue at the pacer,
 * so the last one waits `inFlight / perSecond` seconds after its claim; that stays within half the
 * lease, leaving the other half for reads, rendering and the SES call. At least 1, at most `max`.
 */
export const inFlightWithinLease = (perSecond: number, max: number, leaseMs = SEND_LEASE_MS): number =>
  Math.max(1, Math.min(max, Math.floor((perSecond * leaseMs) / 2 / 1000)));

export type Pacer = { next(): Promise<void> };

/**
 * Paces sends to `perSecond` by their start times. Two rules:
 * - Schedule: the n-th send is due at `anchor + n × interval`. A send that started late (the gap
 *   between two queue batches, a slow DynamoDB call) does not move the schedule, so the sends after
 *   it catch up and the achieved rate stays the configured one. A schedule more than one window
 *   behind (nobody was sending) starts again from now: idle time earns no burst.
 * - Window: never more than `perSecond` (whole sends, at least one) start in any window of one
 *   second (for a rate below one per second: one per `1000 / perSecond` ms). Checked against the
 *   real start times, so a timer that fires late cannot squeeze the next window either.
 * Callers are served one at a time, in order. One pacer per container: consecutive batches keep the
 * rate instead of bursting at each batch's start.
 */
export const makePacer = (
  perSecond: number,
  now: () => number = Date.now,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Pacer => {
  const perWindow = Math.max(1, Math.floor(perSecond));
  const windowMs = perSecond >= 1 ? 1000 : 1000 / perSecond;
  const interval = windowMs / perWindow;
  /** The last `perWindow` start times, oldest first. */
  const starts: number[] = [];
  let due = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();

  const take = async () => {
    if (now() - due > windowMs) due = now();
    const windowFree = starts.length < perWindow ? 0 : (starts[0] ?? 0) + windowMs;
    const slot = Math.max(due, windowFree);
    // A timer may fire a little early: wait until the slot has really come.
    for (let at = now(); at < slot; at = now()) await sleep(slot - at);
    starts.push(now());
    if (starts.length > perWindow) starts.shift();
    due += interval;
  };

  return {
    /** Resolves when the next send may start. */
    next() {
      const turn = queue.then(take);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
};

/** The mailer with every SES call paced: the rate SES counts is the rate of these calls. */
export const pacedMailer = (mailer: Mailer, pacer: Pacer): Mailer => ({
  health: () => mailer.health(),
  async send(mail) {
    await pacer.next();
    return mailer.send(mail);
  },
});

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
