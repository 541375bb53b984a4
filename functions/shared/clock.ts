/** Time comes from a port so that tests can travel in time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (iso: string): Clock & { set(iso: string): void; advance(ms: number): void } => {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
};

export type MovableClock = Clock & {
  /**
   * Jumps forward to 10:00 Berlin time on `day` (YYYY-MM-DD), inside the reminders' office
   * hours; from there the clock runs at real speed. Never backwards: records written at the
   * moved time stay in order.
   */
  moveTo(day: string): Date;
};

const berlinHour = (instant: Date): number =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(
      instant,
    ),
  );

/** 10:00 in Berlin on a calendar day (CET or CEST). */
const berlinMorning = (day: string): Date => {
  const winter = new Date(`${day}T09:00:00.000Z`);
  return berlinHour(winter) === 10 ? winter : new Date(`${day}T08:00:00.000Z`);
};

/** Real time moved forward by staff: the local system's clock for demos (see `localClock`). */
export const movableClock = (realNow: () => number = Date.now): MovableClock => {
  let offsetMs = 0;
  return {
    now: () => new Date(realNow() + offsetMs),
    moveTo: (day) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
        throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
      }
      const target = berlinMorning(day);
      const current = realNow() + offsetMs;
      if (target.getTime() <= current) {
        throw new RangeError(
          `The clock only moves forward: ${day} 10:00 is not after ${new Date(current).toISOString()}`,
        );
      }
      offsetMs = target.getTime() - realNow();
      return new Date(target);
    },
  };
};

/**
 * The clock of the local system, one per process: `npm start -- --today <day>` and
 * `POST /local/clock` move it; the handlers the local server and the ticker invoke read it through
 * functions/wiring/core.ts, which uses it only when STAGE is `local` (functions/config.ts refuses that
 * stage inside Lambda). So a campaign's reminder schedule can be watched in minutes.
 */
export const localClock: MovableClock = movableClock();
