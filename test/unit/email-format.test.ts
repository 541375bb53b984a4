import { describe, expect, it } from 'vitest';
import {
  berlinDate,
  daysUntil,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthRange,
} from '../../emails/_components/format';

describe('German formatting', () => {
  it('formats dates, datetimes and months in Europe/Berlin', () => {
    expect(formatDate('2027-03-31')).toBe('31. März 2027');
    expect(formatDate('2027-01-01')).toBe('1. Januar 2027');
    expect(formatDate('2027-12-31T23:30:00Z')).toBe('1. Januar 2028');
    expect(formatDateTime('2027-03-14T09:30:00Z')).toBe('14. März 2027, 10:30 Uhr');
    expect(formatDateTime('2027-07-01T22:30:00Z')).toBe('2. Juli 2027, 00:30 Uhr');
    expect(formatDateTime('2027-03-14')).toBe('14. März 2027');
    expect(formatMonth('2027-03')).toBe('03/2027');
    expect(formatMonthRange('2027-03', '2027-12')).toBe('03/2027 bis 12/2027');
    expect(formatMonthRange('2027-03', '2027-03')).toBe('03/2027');
  });

  it('counts whole Berlin calendar days, across the daylight-saving changes', () => {
    expect(berlinDate('2027-03-27T23:30:00Z')).toBe('2027-03-28'); // 00:30 CET
    expect(berlinDate('2027-07-01T22:30:00Z')).toBe('2027-07-02'); // 00:30 CEST
    expect(berlinDate('2027-03-31')).toBe('2027-03-31');
    expect(berlinDate('bald')).toBeUndefined();
    // spring forward on 28 March 2027: the 23-hour day counts as one day
    expect(daysUntil('2027-03-31', '2027-03-27T23:30:00Z')).toBe(3);
    expect(daysUntil('2027-03-29', '2027-03-27T23:30:00Z')).toBe(1);
    // fall back on 31 October 2027: the 25-hour day counts as one day
    expect(daysUntil('2027-11-01', '2027-10-30T22:30:00Z')).toBe(1);
    expect(daysUntil('2027-11-01', '2027-10-31T23:30:00Z')).toBe(0);
    expect(daysUntil('2027-03-31', '2027-04-03T08:00:00Z')).toBe(-3);
    expect(daysUntil('2027-03-31', 'bald')).toBeUndefined();
  });

  it('returns unparseable input unchanged instead of "Invalid Date"', () => {
    expect(formatDate('bald')).toBe('bald');
    expect(formatDateTime('bald')).toBe('bald');
    expect(formatMonth('2027-13')).toBe('2027-13');
  });
});
