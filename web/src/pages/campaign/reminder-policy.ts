import type { CampaignOverview } from '../../api/schemas';

/** `[a, b, c]` → `a, b und c`. */
const germanList = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

const days = (values: number[]) =>
  `${germanList(values.map(String))} ${values.length === 1 && values[0] === 1 ? 'Tag' : 'Tage'}`;

/** The reminder policy in words, e.g. "14 und 3 Tage vor der Frist, 1 und 7 Tage danach; höchstens 4; …". */
export const describeReminderPolicy = (policy: CampaignOverview['campaign']['reminders']): string => {
  const offsets = [...policy.offsetsDays].sort((a, b) => a - b);
  const before = offsets.filter((o) => o < 0).map((o) => -o);
  const after = offsets.filter((o) => o > 0);
  const when = [
    before.length > 0 ? `${days(before)} vor der Frist` : '',
    offsets.includes(0) ? 'am Tag der Frist' : '',
    after.length > 0
      ? `${days(after)} ${before.length > 0 || offsets.includes(0) ? 'danach' : 'nach der Frist'}`
      : '',
  ].filter(Boolean);
  if (when.length === 0 || policy.maxReminders === 0) return 'Keine automatischen Erinnerungen';
  const { startHour, endHour } = policy.officeHours;
  return `${when.join(', ')}; höchstens ${policy.maxReminders}; Abstand mind. ${policy.minGapHours} Stunden; werktags ${startHour}–${endHour} Uhr`;
};
