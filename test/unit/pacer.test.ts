import { describe, expect, it } from 'vitest';
import {
  inFlightWithinLease,
  MIN_SENDER_RATE,
  makeInFlightLimit,
  makePacer,
  pacedMailer,
  SEND_LEASE_MS,
} from '../../functions/campaigns/pacer';
import { loadConfig } from '../../functions/config';
import type { Mailer } from '../../functions/shared/ports';

/** A fake clock whose sleeps advance it, each by the asked time plus a lateness of the test's choosing. */
const fakeClock = (late: () => number = () => 0) => {
  const clock = {
    now: 0,
    read: () => clock.now,
    sleep: async (ms: number) => {
      clock.now += ms + late();
    },
  };
  return clock;
};

/** The most starts in any half-open window [t, t + windowMs) (it suffices to start t at a start). */
const busiestWindow = (starts: number[], windowMs = 1000) =>
  Math.max(0, ...starts.map((t) => starts.filter((s) => s >= t && s < t + windowMs).length));

/** Deterministic pseudo-random numbers in [0, 1). */
const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('send pacer', () => {
  it('spaces starts by 1/rate and catches up after a late caller, never above the rate', async () => {
    const clock = fakeClock();
    const pacer = makePacer(10, clock.read, clock.sleep);
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      await pacer.next();
      starts.push(clock.now);
      clock.now += i === 2 ? 250 : 30; // the gap between two batches: the next sends catch up
    }
    expect(starts).toEqual([0, 100, 200, 450, 480, 510]);
    // …up to the schedule, no further: the sixth was due at 500 and the seventh is due at 600.
    await pacer.next();
    expect(clock.now).toBe(600);
  });

  it('earns no burst from idle time: after a pause it starts the schedule again', async () => {
    const clock = fakeClock();
    const pacer = makePacer(4, clock.read, clock.sleep);
    await pacer.next();
    clock.now = 60_000;
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pacer.next();
      starts.push(clock.now);
    }
    expect(starts).toEqual([60_000, 60_250, 60_500]);
  });

  it('never lets more than the rate start in any one-second window (concurrent callers, late timers, batch gaps)', async () => {
    for (const [rate, seed] of [
      [14, 1],
      [7, 2],
      [4.67, 3],
      [1, 4],
    ] as const) {
      const random = seeded(seed);
      const clock = fakeClock(() => (random() < 0.3 ? random() * 120 : 0));
      const pacer = makePacer(rate, clock.read, clock.sleep);
      const starts: number[] = [];
      // Batches of 10 callers at once, with gaps of 0–900 ms between batches.
      for (let batch = 0; batch < 12; batch++) {
        await Promise.all(
          Array.from({ length: 10 }, () => pacer.next().then(() => void starts.push(clock.now))),
        );
        clock.now += random() * 900;
      }
      expect(starts).toHaveLength(120);
      expect(busiestWindow(starts), `rate ${rate}`).toBeLessThanOrEqual(Math.floor(rate));
    }
  });

  it('for a share below one send per second spaces single sends by 1000 / rate', async () => {
    const clock = fakeClock();
    const pacer = makePacer(0.5, clock.read, clock.sleep);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) await pacer.next().then(() => starts.push(clock.now));
    expect(starts).toEqual([0, 2000, 4000]);
  });

  it('keeps the configured rate over a long run with short gaps between batches', async () => {
    const clock = fakeClock();
    const pacer = makePacer(14, clock.read, clock.sleep);
    const starts: number[] = [];
    for (let i = 0; i < 1000; i++) {
      await pacer.next();
      starts.push(clock.now);
      if (i % 10 === 9) clock.now += 150; // each batch ends with its slowest send's time
    }
    // 1,000 sends at 14/s: the last starts 999 intervals after the first, here within 1 %.
    const ideal = (999 * 1000) / 14;
    expect(clock.now).toBeGreaterThanOrEqual(ideal);
    expect(clock.now).toBeLessThan(ideal * 1.01);
    expect(busiestWindow(starts)).toBe(14);
  });

  it('paces the SES call of the mailer it wraps', async () => {
    const clock = fakeClock();
    const calls: number[] = [];
    const ses: Mailer = {
      send: async () => {
        calls.push(clock.now);
        return { messageId: String(calls.length) };
      },
      health: async () => ({ ok: true }) as never,
    };
    const mailer = pacedMailer(ses, makePacer(5, clock.read, clock.sleep));
    const mail = { from: 'a', to: ['b@example.org'], subject: 's', html: 'h', text: 't' };
    await Promise.all([mailer.send(mail), mailer.send(mail), mailer.send(mail)]);
    expect(calls).toEqual([0, 200, 400]);
  });

  it('never has more than the limit in flight and drains the rest', async () => {
    const limit = makeInFlightLimit(2);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    for (let i = 0; i < 6; i++)
      await limit.start(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5 + (i % 3)));
        running--;
        done.push(i);
      });
    await limit.drain();
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it.each([14, 7, 1, 0.5, 0.2, MIN_SENDER_RATE])(
    'at %s/s no job claimed together with others waits at the pacer past half its lease',
    async (perSecond) => {
      const clock = fakeClock();
      const pacer = makePacer(perSecond, clock.read, clock.sleep);
      const inFlight = inFlightWithinLease(perSecond, 10);
      // A whole batch claimed at 0 and queued at once; a previous send has just used the window.
      await pacer.next();
      const claimedAt = clock.now;
      const starts = [];
      for (let i = 0; i < inFlight; i++) {
        await pacer.next();
        starts.push(clock.now - claimedAt);
      }
      expect(Math.max(...starts)).toBeLessThanOrEqual(SEND_LEASE_MS / 2);
      expect(inFlight).toBeGreaterThanOrEqual(perSecond >= 1 ? 10 : 1);
    },
  );

  it('refuses a configuration that leaves a sender slower than the lease allows', () => {
    const env = {
      TABLE_NAME: 't',
      MAIL_FROM: 'inklusion@mags.example.org',
      APP_BASE_URL: 'http://127.0.0.1:3000',
    };
    expect(loadConfig({ ...env, SES_SEND_RATE: '1', SENDER_CONCURRENCY: '10' }).SENDER_CONCURRENCY).toBe(10);
    expect(() => loadConfig({ ...env, SES_SEND_RATE: '1', SENDER_CONCURRENCY: '11' })).toThrow(
      /SENDER_CONCURRENCY/,
    );
  });
});
