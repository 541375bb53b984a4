import { SCHEDULES } from '../functions/api/routes';
import { lambdaContext } from './api-gateway-event';
import { loadHandler } from './handlers';

/**
 * Local stand-in for EventBridge Scheduler: invokes each scheduled handler file with the event
 * the schedule sends in AWS (the target input `{}`): once at start, then at its local interval.
 * A run never overlaps with the previous run of the same job. The handlers read the local clock
 * (functions/shared/clock.ts `localClock`), which staff may move forward for demos.
 */
export const createTicker = (root: string, log: (line: string) => void = () => {}) => {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  const fire = async (schedule: (typeof SCHEDULES)[number]) => {
    if (running.has(schedule.id)) return;
    running.add(schedule.id);
    try {
      const handler = await loadHandler(root, schedule.entry);
      await handler({}, lambdaContext(schedule.id, 15 * 60_000));
    } catch (e) {
      log(`schedule ${schedule.id} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      running.delete(schedule.id);
    }
  };
  return {
    start: () => {
      for (const schedule of SCHEDULES) {
        void fire(schedule);
        timers.push(setInterval(() => void fire(schedule), schedule.localEverySeconds * 1000));
      }
    },
    /** Runs every schedule now, e.g. after the local clock moved (reminders due that day). */
    fireAll: () => Promise.all(SCHEDULES.map((schedule) => fire(schedule))).then(() => undefined),
    fire: (id: string) => {
      const schedule = SCHEDULES.find((s) => s.id === id);
      if (!schedule) throw new Error(`unknown schedule ${id}`);
      return fire(schedule);
    },
    stop: () => {
      for (const t of timers) clearInterval(t);
    },
  };
};
