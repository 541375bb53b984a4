import { describe, expect, it } from 'vitest';
import { makeInFlightLimit, makePacer } from '../../functions/campaigns/pacer';

describe('send pacer', () => {
  it('spaces starts by the interval and never bursts to catch up', async () => {
    let now = 1_000;
    const starts: number[] = [];
    const pacer = makePacer(
      100,
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    for (let i = 0; i < 5; i++) {
      await pacer.next();
      starts.push(now);
      now += i === 2 ? 250 : 30; // a late caller starts at once; no catch-up burst after it
    }
    expect(starts).toEqual([1_000, 1_100, 1_200, 1_450, 1_550]);
  });

  it('keeps the rate across batches instead of bursting at each start', async () => {
    let now = 0;
    const pacer = makePacer(
      50,
      () => now,
      async (ms) => {
        now += ms;
      },
    );
    await pacer.next();
    await pacer.next(); // second batch right after the first: still waits for its slot
    expect(now).toBe(50);
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
});
