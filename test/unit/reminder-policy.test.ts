import { describe, expect, it } from 'vitest';
import { dueDate, planReminder, ReminderPolicy, type ReminderState } from '../../functions/reminders/policy';

const policy = ReminderPolicy.parse({});
const DEADLINE = '2027-03-31'; // a Wednesday before Easter 2027

/** Runs the planner every hour from `from` to `to`, as the hourly schedule would. */
const simulate = (
  state: Omit<ReminderState, 'sent'>,
  from: string,
  to: string,
  changes: Record<string, Partial<ReminderState>> = {},
) => {
  const sent: { rule: string; at: string; toDeputy: boolean; wording: string }[] = [];
  let current: Omit<ReminderState, 'sent'> = state;
  for (let t = Date.parse(from); t <= Date.parse(to); t += 3600_000) {
    const now = new Date(t);
    const change = changes[now.toISOString()];
    if (change) current = { ...current, ...change };
    const planned = planReminder(policy, DEADLINE, { ...current, sent }, now);
    // Running twice at the same instant must not plan a second reminder for the same rule.
    if (planned) {
      sent.push({
        rule: planned.rule,
        at: now.toISOString(),
        toDeputy: planned.toDeputy,
        wording: planned.wording,
      });
      expect(planReminder(policy, DEADLINE, { ...current, sent }, now)).toBeUndefined();
    }
  }
  return sent;
};

describe('reminder planning (time travel over a whole campaign)', () => {
  const quiet = { progress: 'none' as const, paused: false, mainAddressUndeliverable: false };

  it('has sensible defaults', () => {
    expect(policy).toEqual({
      offsetsDays: [-14, -3, 1, 7],
      maxReminders: 4,
      minGapHours: 48,
      officeHours: { startHour: 9, endHour: 16 },
    });
  });

  it('moves due days off weekends and NRW holidays', () => {
    expect(dueDate(DEADLINE, -14)).toBe('2027-03-17');
    expect(dueDate(DEADLINE, -3)).toBe('2027-03-30'); // Sun 28 → Ostermontag 29 → Tue 30
    expect(dueDate(DEADLINE, 1)).toBe('2027-04-01');
    expect(dueDate(DEADLINE, 7)).toBe('2027-04-07');
  });

  it('sends exactly the four reminders at 09:00 Berlin on the due working days, the last to the deputy', () => {
    const sent = simulate(quiet, '2027-02-01T00:00:00Z', '2027-05-01T00:00:00Z');
    expect(sent).toEqual([
      { rule: 'T-14', at: '2027-03-17T08:00:00.000Z', toDeputy: false, wording: 'not-started' },
      { rule: 'T-3', at: '2027-03-30T07:00:00.000Z', toDeputy: false, wording: 'not-started' },
      { rule: 'T+1', at: '2027-04-01T07:00:00.000Z', toDeputy: false, wording: 'not-started' },
      { rule: 'T+7', at: '2027-04-07T07:00:00.000Z', toDeputy: true, wording: 'not-started' },
    ]);
  });

  it('keeps 48 hours between reminders: T+1 waits when T-3 was late', () => {
    const sent = simulate(quiet, '2027-03-30T00:00:00Z', '2027-04-10T00:00:00Z');
    // T-14 is outdated when the run starts; T-3 on Tue 30 March, T+1 on Thu 1 April ≥ 48 h later.
    expect(sent.map((s) => [s.rule, s.at])).toEqual([
      ['T-3', '2027-03-30T07:00:00.000Z'],
      ['T+1', '2027-04-01T07:00:00.000Z'],
      ['T+7', '2027-04-07T07:00:00.000Z'],
    ]);
  });

  it('sends nothing after the Jobcenter submitted, and a draft gets its own wording', () => {
    const sent = simulate(quiet, '2027-03-01T00:00:00Z', '2027-05-01T00:00:00Z', {
      '2027-03-20T10:00:00.000Z': { progress: 'draft' },
      '2027-03-31T10:00:00.000Z': { progress: 'submitted' },
    });
    expect(sent.map((s) => [s.rule, s.wording])).toEqual([
      ['T-14', 'not-started'],
      ['T-3', 'draft'],
    ]);
  });

  it('writes to the deputy once the main address bounced, and honours a pause', () => {
    const bounced = simulate(
      { ...quiet, mainAddressUndeliverable: true },
      '2027-03-16T00:00:00Z',
      '2027-03-18T00:00:00Z',
    );
    expect(bounced).toEqual([expect.objectContaining({ rule: 'T-14', toDeputy: true })]);
    expect(simulate({ ...quiet, paused: true }, '2027-02-01T00:00:00Z', '2027-05-01T00:00:00Z')).toEqual([]);
  });

  it('never exceeds the maximum', () => {
    const two = ReminderPolicy.parse({ maxReminders: 2 });
    let sent: { rule: string; at: string }[] = [];
    for (let t = Date.parse('2027-02-01T00:00:00Z'); t < Date.parse('2027-05-01T00:00:00Z'); t += 3600_000) {
      const planned = planReminder(two, DEADLINE, { ...quiet, sent }, new Date(t));
      if (planned) sent = [...sent, { rule: planned.rule, at: new Date(t).toISOString() }];
    }
    expect(sent.map((s) => s.rule)).toEqual(['T-14', 'T-3']);
  });
});
