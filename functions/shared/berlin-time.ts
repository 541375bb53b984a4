/** Calendar days as people in NRW mean them: Europe/Berlin, with summer time. */
export const TIME_ZONE = 'Europe/Berlin';

/** Berlin's offset from UTC in minutes at `instant` (60 in winter, 120 in summer). */
export const berlinOffsetMinutes = (instant: Date): number => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
};

/**
 * The instant Berlin's day `isoDate` (YYYY-MM-DD) begins. The offset at 00:00 UTC of that day
 * equals the one at Berlin midnight: summer time switches at 01:00 UTC.
 */
export const berlinDayStart = (isoDate: string): Date => {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00.000Z`);
  return new Date(utcMidnight - berlinOffsetMinutes(new Date(utcMidnight)) * 60_000);
};

/** The first instant after Berlin's day `isoDate`. */
export const berlinDayEnd = (isoDate: string): Date => {
  const next = new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  return berlinDayStart(next);
};
