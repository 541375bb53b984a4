import * as z from 'zod';
import { HEARTBEAT_JOB } from '../scheduler/record-heartbeat';
import { ComponentHealth, probe } from '../shared/health';
import type { Mailer, SchedulerStore, StoreHealth } from '../shared/ports';

/** What the public /health says: the API answers. Nothing about components or data. */
export const Liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export type Liveness = z.infer<typeof Liveness>;

/** The detail (staff only, GET /api/health): components, SES quota, last scheduler run. */
export const HealthReport = z
  .object({
    status: z.enum(['ok', 'degraded', 'down']),
    checkedAt: z.iso.datetime(),
    components: z.object({ table: ComponentHealth, mailer: ComponentHealth }),
    scheduler: z.object({ lastRunAt: z.iso.datetime().nullable() }),
  })
  .meta({ id: 'HealthReport' });
export type HealthReport = z.infer<typeof HealthReport>;

export const makeGetHealth =
  ({
    store,
    mailer,
    clock,
  }: {
    store: StoreHealth & Pick<SchedulerStore, 'lastSchedulerRun'>;
    mailer: Pick<Mailer, 'health'>;
    clock: { now(): Date };
  }) =>
  async (): Promise<HealthReport> => {
    const [table, mail] = await Promise.all([probe(() => store.ping()), mailer.health()]);
    const lastRunAt = table.status === 'ok' ? ((await store.lastSchedulerRun(HEARTBEAT_JOB)) ?? null) : null;
    const statuses = [table.status, mail.status];
    const status = statuses.includes('down') ? 'down' : statuses.includes('degraded') ? 'degraded' : 'ok';
    return {
      status,
      checkedAt: clock.now().toISOString(),
      components: { table, mailer: mail },
      scheduler: { lastRunAt },
    };
  };
