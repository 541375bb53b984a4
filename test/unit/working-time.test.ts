import { describe, expect, it } from 'vitest';
import {
  berlinParts,
  easterSunday,
  isOfficeTime,
  isWorkingDay,
  nextWorkingDay,
  nrwHolidays,
} from '../../functions/reminders/working-time';

describe('NRW working time', () => {
  it('computes Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('knows the eleven NRW holidays, including Fronleichnam and Allerheiligen', () => {
    const h2027 = nrwHolidays(2027);
    expect(h2027.size).toBe(11);
    expect(h2027.get('2027-03-26')).toBe('Karfreitag');
    expect(h2027.get('2027-05-27')).toBe('Fronleichnam');
    expect(h2027.get('2027-11-01')).toBe('Allerheiligen');
  });

  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2027-03-29')).toBe(false); // Ostermontag
    expect(isWorkingDay('2027-03-27')).toBe(false); // Saturday
    expect(isWorkingDay('2027-03-30')).toBe(true);
    expect(nextWorkingDay('2027-03-26')).toBe('2027-03-30'); // Karfreitag → Tuesday after Easter
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-24');
    expect(nextWorkingDay('2026-12-25')).toBe('2026-12-28');
  });

  it('reads office hours in Berlin time across daylight saving', () => {
    expect(berlinParts(new Date('2027-01-12T08:30:00Z'))).toEqual({
      date: '2027-01-12',
      weekday: 2,
      hour: 9,
    });
    expect(isOfficeTime(new Date('2027-01-12T07:59:00Z'))).toBe(false); // 08:59 CET
    expect(isOfficeTime(new Date('2027-01-12T08:00:00Z'))).toBe(true); // 09:00 CET
    expect(isOfficeTime(new Date('2027-07-13T07:00:00Z'))).toBe(true); // 09:00 CEST
    expect(isOfficeTime(new Date('2027-07-13T14:00:00Z'))).toBe(false); // 16:00 CEST
    expect(isOfficeTime(new Date('2027-05-27T09:00:00Z'))).toBe(false); // Fronleichnam
  });
});
