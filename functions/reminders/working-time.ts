/**
 * Working days and office hours in North Rhine-Westphalia, in Europe/Berlin time. Pure functions
 * for the reminder schedule (issue 5): weekends and the NRW public holidays are not working days.
 */
const TIME_ZONE = 'Europe/Berlin';

/** Easter Sunday (Gregorian, Anonymous Gregorian algorithm) as YYYY-MM-DD. */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export const addDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The public holidays of NRW in a year, date → name. */
export const nrwHolidays = (year: number): Map<string, string> => {
  const easter = easterSunday(year);
  return new Map([
    [`${year}-01-01`, 'Neujahr'],
    [addDays(easter, -2), 'Karfreitag'],
    [addDays(easter, 1), 'Ostermontag'],
    [`${year}-05-01`, 'Tag der Arbeit'],
    [addDays(easter, 39), 'Christi Himmelfahrt'],
    [addDays(easter, 50), 'Pfingstmontag'],
    [addDays(easter, 60), 'Fronleichnam'],
    [`${year}-10-03`, 'Tag der Deutschen Einheit'],
    [`${year}-11-01`, 'Allerheiligen'],
    [`${year}-12-25`, '1. Weihnachtstag'],
    [`${year}-12-26`, '2. Weihnachtstag'],
  ]);
};

/** Calendar date, weekday (0 = Sunday) and hour of an instant in Berlin. */
export const berlinParts = (instant: Date): { date: string; weekday: number; hour: number } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      weekday: 'short',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: weekdays.indexOf(parts.weekday ?? ''),
    hour: Number(parts.hour),
  };
};

export const isWorkingDay = (isoDate: string): boolean => {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nrwHolidays(Number(isoDate.slice(0, 4))).has(isoDate);
};

/** The first working day on or after the date. */
export const nextWorkingDay = (isoDate: string): string => {
  let day = isoDate;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

export type OfficeHours = { startHour: number; endHour: number };
export const DEFAULT_OFFICE_HOURS: OfficeHours = { startHour: 9, endHour: 16 };

/** True on a working day in NRW between the start hour (inclusive) and end hour (exclusive), Berlin time. */
export const isOfficeTime = (instant: Date, hours: OfficeHours = DEFAULT_OFFICE_HOURS): boolean => {
  const { date, hour } = berlinParts(instant);
  return isWorkingDay(date) && hour >= hours.startHour && hour < hours.endHour;
};
