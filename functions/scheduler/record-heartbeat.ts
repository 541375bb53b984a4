import type { Clock, SchedulerStore } from '../shared/ports';

export const HEARTBEAT_JOB = 'heartbeat';

/** The scheduled heartbeat proves that EventBridge (or the local ticker) reaches our handlers. */
export const makeRecordHeartbeat =
  ({ store, clock }: { store: Pick<SchedulerStore, 'recordSchedulerRun'>; clock: Clock }) =>
  async (): Promise<{ job: string; at: string }> => {
    const at = clock.now().toISOString();
    await store.recordSchedulerRun(HEARTBEAT_JOB, at);
    return { job: HEARTBEAT_JOB, at };
  };
