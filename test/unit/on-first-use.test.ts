import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../functions/shared/on-first-use';

describe('onFirstUse', () => {
  it('loads nothing until the first call, then loads once and passes every call through', async () => {
    let loads = 0;
    const double = onFirstUse(async () => {
      loads += 1;
      return async (n: number) => n * 2;
    });
    expect(loads).toBe(0);
    // Two calls at once (two requests of a fresh instance) share the one load.
    expect(await Promise.all([double(1), double(2)])).toEqual([2, 4]);
    expect(await double(5)).toBe(10);
    expect(loads).toBe(1);
  });

  it('tries a failed load again on the next call instead of failing for the life of the instance', async () => {
    let loads = 0;
    const double = onFirstUse(async () => {
      loads += 1;
      if (loads === 1) throw new Error('module failed to load');
      return async (n: number) => n * 2;
    });
    await expect(double(1)).rejects.toThrow('module failed to load');
    expect(await double(3)).toBe(6);
    expect(loads).toBe(2);
  });
});
