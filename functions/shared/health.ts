import * as z from 'zod';

export const ComponentHealth = z
  .object({
    status: z.enum(['ok', 'degraded', 'down']),
    latencyMs: z.number().nonnegative(),
    detail: z.string().optional(),
  })
  .meta({ id: 'ComponentHealth' });
export type ComponentHealth = z.infer<typeof ComponentHealth>;

/** Runs a probe, measures it and turns a failure into `down` without leaking internals. */
export const probe = async (
  fn: () => Promise<string | undefined>,
  now: () => number = performance.now.bind(performance),
): Promise<ComponentHealth> => {
  const start = now();
  try {
    const detail = await fn();
    return { status: 'ok', latencyMs: Math.round(now() - start), ...(detail ? { detail } : {}) };
  } catch {
    return { status: 'down', latencyMs: Math.round(now() - start) };
  }
};
