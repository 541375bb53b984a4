/**
 * Calendar days in Europe/Berlin, the time zone of every date a user enters or reads (deadlines,
 * link expiry). One place for "which day is it" and "when does this day end", across CET/CEST.
 */
const TIME_ZONE = 'Europe/Berlin';

/**
 * The formats are made on first use, not at import: constructing an `Intl.DateTimeFormat` with a
 * time zone loads ICU's zone data (about 20 ms of CPU), which every handler importing this module
 * would otherwise pay in its cold start (docs/performance.md).
 */
let dateFormat: Intl.DateTimeFormat | undefined;
let offsetFormat: Intl.DateTimeFormat | undefined;

/** The calendar day (YYYY-MM-DD) in Berlin at an instant. */
export const berlinDate = (instant: Date): string => {
  dateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dateFormat.format(instant);
};

/** Berlin's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
const offsetMinutes = (instant: Date): number => {
  offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

/** The day `days` calendar days after `isoDate` (YYYY-MM-DD). */
export const addCalendarDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * 23:59:59 Berlin time on `isoDate`, as an instant. The DST switches happen at night (02:00/03:00),
 * so the offset in force at 21:00 UTC is the one at the end of that day.
 */
export const endOfBerlinDay = (isoDate: string): Date => {
  const local = new Date(`${isoDate}T23:59:59.000Z`);
  const offset = offsetMinutes(new Date(`${isoDate}T21:00:00.000Z`));
  return new Date(local.getTime() - offset * 60_000);
};

/** The instant Berlin's day `isoDate` (YYYY-MM-DD) begins (summer time switches at 01:00 UTC). */
export const berlinDayStart = (isoDate: string): Date => {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00.000Z`);
  return new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000);
};

/** The first instant after Berlin's day `isoDate`. */
export const berlinDayEnd = (isoDate: string): Date => berlinDayStart(addCalendarDays(isoDate, 1));
