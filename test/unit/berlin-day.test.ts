import { describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/auth/principal';
import { makeCreateCampaign } from '../../functions/campaigns/use-cases/create-campaign';
import { addCalendarDays, berlinDate, endOfBerlinDay } from '../../functions/shared/berlin-day';
import { campaignInput } from '../fixtures';

describe('calendar days in Europe/Berlin', () => {
  it.each([
    // winter (CET, UTC+1)
    ['2027-01-15', '2027-01-15T22:59:59.000Z'],
    // the day of the switch to summer time (28 March 2027, 02:00 → 03:00) ends in CEST
    ['2027-03-27', '2027-03-27T22:59:59.000Z'],
    ['2027-03-28', '2027-03-28T21:59:59.000Z'],
    // summer (CEST, UTC+2)
    ['2027-07-01', '2027-07-01T21:59:59.000Z'],
    // the day of the switch to winter time (31 October 2027, 03:00 → 02:00) ends in CET
    ['2027-10-30', '2027-10-30T21:59:59.000Z'],
    ['2027-10-31', '2027-10-31T22:59:59.000Z'],
  ])('the day %s ends at 23:59:59 Berlin time = %s', (day, instant) => {
    const end = endOfBerlinDay(day);
    expect(end.toISOString()).toBe(instant);
    expect(berlinDate(end)).toBe(day);
    expect(berlinDate(new Date(end.getTime() + 1000))).toBe(addCalendarDays(day, 1));
  });

  it('names the Berlin day, not the UTC day, around midnight', () => {
    expect(berlinDate(new Date('2027-07-01T22:30:00Z'))).toBe('2027-07-02');
    expect(berlinDate(new Date('2027-01-01T23:30:00Z'))).toBe('2027-01-02');
    expect(berlinDate(new Date('2027-01-01T22:30:00Z'))).toBe('2027-01-01');
  });

  it('adds calendar days across month ends and the DST switch', () => {
    expect(addCalendarDays('2027-03-20', 14)).toBe('2027-04-03');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('"deadline in the future" is judged on the Berlin day', () => {
  const create = (now: string) =>
    makeCreateCampaign({
      store: { putCampaign: async () => {}, getCampaign: async () => undefined },
      clock: { now: () => new Date(now) },
    });
  const input = (deadline: string) => ({ ...campaignInput('frist'), deadline });
  const actor = { sub: 'staff', email: 'staff@mags.example.org' } as Principal;

  it('refuses today (Berlin) as deadline even while it is still yesterday in UTC', async () => {
    // 00:30 on 2 July in Berlin is 22:30 UTC on 1 July
    await expect(create('2027-07-01T22:30:00Z')(input('2027-07-02'), actor)).rejects.toMatchObject({
      fields: [{ field: 'deadline', message: 'Die Frist muss in der Zukunft liegen.' }],
    });
    await expect(create('2027-07-01T21:30:00Z')(input('2027-07-02'), actor)).resolves.toMatchObject({
      deadline: '2027-07-02',
    });
  });
});
