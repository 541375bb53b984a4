import * as z from 'zod';
import { addDays, berlinParts, DEFAULT_OFFICE_HOURS, isOfficeTime, nextWorkingDay } from './working-time';

/**
 * A campaign's reminder policy (issue 5), with the defaults MAGS may change before launch:
 * 14 and 3 days before the deadline, 1 and 7 days after it; at most 4; never two to the same
 * Jobcenter within 48 hours; only on NRW working days in office hours (Europe/Berlin).
 */
export const ReminderPolicy = z
  .object({
    offsetsDays: z.array(z.number().int().min(-90).max(90)).max(8).default([-14, -3, 1, 7]),
    maxReminders: z.number().int().min(0).max(8).default(4),
    minGapHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
    officeHours: z
      .object({ startHour: z.number().int().min(0).max(23), endHour: z.number().int().min(1).max(24) })
      .refine((h) => h.startHour < h.endHour, 'Der Beginn muss vor dem Ende liegen.')
      .default(DEFAULT_OFFICE_HOURS),
  })
  .strict()
  .meta({ id: 'ReminderPolicy' });
export type ReminderPolicy = z.infer<typeof ReminderPolicy>;

export const ruleId = (offsetDays: number) => `T${offsetDays < 0 ? '-' : '+'}${Math.abs(offsetDays)}`;

/** The working day on which a rule is due: deadline + offset, moved to the next working day. */
export const dueDate = (deadline: string, offsetDays: number): string =>
  nextWorkingDay(addDays(deadline, offsetDays));

export type ReminderState = {
  progress: 'none' | 'opened' | 'draft' | 'submitted' | 'returned' | 'confirmed';
  paused: boolean;
  mainAddressUndeliverable: boolean;
  /** Reminders already sent (or claimed) to this Jobcenter in this campaign. */
  sent: readonly { rule: string; at: string }[];
};

export type PlannedReminder = {
  rule: string;
  wording: 'not-started' | 'draft';
  /** After the last rule, or when the main address bounced, the deputy contact is addressed. */
  toDeputy: boolean;
};

/**
 * Decides whether a Jobcenter gets a reminder now, and which. Pure: the caller reads the state at
 * send time and claims the rule with a conditional write, so a reminder goes out at most once per
 * rule even if two runs overlap. Only the latest due rule is sent (no burst after a downtime).
 */
export const planReminder = (
  policy: ReminderPolicy,
  deadline: string,
  state: ReminderState,
  now: Date,
): PlannedReminder | undefined => {
  if (!isOfficeTime(now, policy.officeHours)) return undefined;
  if (state.paused || ['submitted', 'confirmed', 'returned'].includes(state.progress)) return undefined;
  if (state.sent.length >= policy.maxReminders) return undefined;
  // biome-ignore lint/complexity/useMathMinMax: ISO strings compare lexically; Math.max would give NaN
  const last = state.sent.reduce((max, s) => (s.at > max ? s.at : max), '');
  if (last && now.getTime() - Date.parse(last) < policy.minGapHours * 3600_000) return undefined;

  const today = berlinParts(now).date;
  const offsets = [...policy.offsetsDays].sort((a, b) => a - b);
  const sentRules = new Set(state.sent.map((s) => s.rule));
  // Only the latest due rule counts: an earlier one that was missed is outdated, not sent late.
  const candidate = offsets.filter((o) => dueDate(deadline, o) <= today).at(-1);
  if (candidate === undefined || sentRules.has(ruleId(candidate))) return undefined;
  return {
    rule: ruleId(candidate),
    wording: state.progress === 'draft' ? 'draft' : 'not-started',
    toDeputy: state.mainAddressUndeliverable || candidate === offsets.at(-1),
  };
};
