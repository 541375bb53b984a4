import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../emails/_components/format';

/** What the e-mails showed for a calendar date before dates were written without `Intl`. */
const intl = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' });
const viaIntl = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return intl.format(new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0, 12)));
};
const iso = (instant: Date) => instant.toISOString().slice(0, 10);

describe('long German dates without Intl', () => {
  it('writes every calendar day from 1990 to 2100 as the de-DE long date format does', () => {
    // Prepare: every day, leap years and daylight-saving changes included.
    const days: string[] = [];
    for (let t = Date.UTC(1990, 0, 1, 12); t <= Date.UTC(2100, 11, 31, 12); t += 86_400_000)
      days.push(iso(new Date(t)));
    expect(days.length).toBeGreaterThan(40_000);

    // Act + Assess: the first mismatch, if any, is named.
    const mismatch = days.find((day) => formatDate(day) !== viaIntl(day));
    expect(
      mismatch && { day: mismatch, ours: formatDate(mismatch), intl: viaIntl(mismatch) },
    ).toBeUndefined();
  });

  it('writes odd dates (short years, overflowing days and months) as Intl does', () => {
    for (const day of [
      '0001-01-01',
      '0099-12-31',
      '0100-03-01',
      '0999-06-15',
      '9999-12-31',
      '2027-02-31',
      '2027-13-01',
      '2027-00-10',
      '2027-04-00',
    ])
      expect(formatDate(day), day).toBe(viaIntl(day));
  });

  it('still formats datetimes in Berlin time', () => {
    expect(formatDate('2027-12-31T23:30:00Z')).toBe('1. Januar 2028');
    expect(formatDateTime('2027-03-14')).toBe('14. März 2027');
  });
});
