import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  mayChangeStatus,
  narrowTo,
  statusChange,
} from '../../functions/campaigns/campaign-summary';
import { conditionHolds, displayStatus, type Invitation } from '../../functions/campaigns/invitation';
import { COUNT_PREFIX, transitionItems } from '../../functions/store/invitation-writes';
import { MADE, STATES, TRANSITION_NAMES } from '../invitation-states';

/** Every transition from every state it admits: the summary delta written with it is its status change. */
const invitation = (s: (typeof STATES)[number]): Invitation => ({
  campaignId: 'c1',
  jobcenterId: 'jc',
  jobcenterName: 'Jobcenter',
  sendCount: 1,
  queuedAt: '2027-03-01T09:00:00.000Z',
  activeLinks: [],
  version: 1,
  ...s,
});

const deltasOf = (items: ReturnType<typeof transitionItems>) => {
  const summary = items.find((i) => i.Update?.Key?.sk === 'SUMMARY')?.Update;
  if (!summary) return {};
  const names = summary.ExpressionAttributeNames ?? {};
  const values = summary.ExpressionAttributeValues ?? {};
  return Object.fromEntries(
    Object.keys(names)
      .filter((k) => /^#c\d+$/.test(k))
      .map((k) => [String(names[k]).slice(COUNT_PREFIX.length), values[`:${k.slice(1)}`]]),
  );
};

describe('campaign summary deltas', () => {
  it.each(TRANSITION_NAMES)(
    '%s: the delta is exactly the display status change, from every state',
    (name) => {
      const t = MADE[name];
      for (const s of STATES.filter((state) => conditionHolds(t.when, state))) {
        const before = invitation(s);
        const change = statusChange(before, t);
        const after = applyTransition(before, t);
        expect(change, `${name} from ${s.delivery}/${s.progress}`).toEqual(
          displayStatus(before) === displayStatus(after)
            ? undefined
            : { from: displayStatus(before), to: displayStatus(after) },
        );
        if (change) expect(mayChangeStatus(t)).toBe(true);
        const items = transitionItems('t', [{ campaignId: 'c1', jobcenterId: 'jc', transition: t, before }]);
        expect(deltasOf(items)).toEqual(change ? { [change.from]: -1, [change.to]: 1 } : {});
        // The narrowed condition still admits the state read before, and only states of its status.
        if (mayChangeStatus(t)) {
          const narrowed = narrowTo(t.when, displayStatus(before));
          expect(conditionHolds(narrowed, s)).toBe(true);
          for (const other of STATES.filter((o) => conditionHolds(narrowed, o)))
            expect(displayStatus(other)).toBe(displayStatus(before));
        }
      }
    },
  );

  it('transitions that never change the status are written without the summary', () => {
    expect(TRANSITION_NAMES.filter((n) => !mayChangeStatus(MADE[n])).sort()).toEqual(
      ['addLinks', 'claim', 'dropLinks', 'markSendFailed', 'releaseClaim', 'setRemindersPaused'].sort(),
    );
  });
});
