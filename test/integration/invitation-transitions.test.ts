import { beforeAll, describe, expect, it } from 'vitest';
import { conditionHolds, type Invitation } from '../../functions/campaigns/invitation';
import { mapLimit } from '../../functions/shared/map-limit';
import type { Store } from '../../functions/shared/ports';
import { apply, EXPIRED, label, MADE, STATES, type State, TRANSITION_NAMES } from '../invitation-states';
import { freshTable } from './helpers';

/**
 * The named transitions on DynamoDB Local: from every state, each applies exactly when the pure
 * `conditionHolds` says so (the unit test checks that against the declared diagram), and then
 * sets and removes exactly its fields.
 */
const invitationIn = (campaignId: string, index: number, s: State): Invitation => ({
  campaignId,
  jobcenterId: `jc-${index}`,
  jobcenterName: `Jobcenter ${index}`,
  sendCount: 1,
  queuedAt: EXPIRED,
  activeLinks: ['h0'],
  sealedLink: 'sealed',
  bouncedAt: EXPIRED,
  version: 1,
  ...s,
});

describe('invitation transitions on DynamoDB', () => {
  let store: Store;

  beforeAll(async () => {
    ({ store } = await freshTable());
    await store.createInvitations(
      TRANSITION_NAMES.flatMap((name) => STATES.map((s, i) => invitationIn(`t-${name}`, i, s))),
    );
  });

  it.each(TRANSITION_NAMES)(
    '%s applies exactly where its condition holds, with exactly its changes',
    async (name) => {
      const transition = MADE[name];
      const outcomes = await mapLimit(
        STATES.map((s, i) => ({ s, i })),
        8,
        async ({ s, i }) => ({
          s,
          before: invitationIn(`t-${name}`, i, s),
          after: await store.updateInvitation(`t-${name}`, `jc-${i}`, transition),
        }),
      );
      const applied = outcomes.filter((o) => o.after).map((o) => label(o.s));
      expect(applied).toEqual(STATES.filter((s) => conditionHolds(transition.when, s)).map(label));
      for (const { before, after } of outcomes)
        if (after) expect(after).toEqual({ ...apply(before, transition), version: 2 });

      const untouched = (await store.listInvitations(`t-${name}`)).filter((i) => i.version === 1);
      expect(untouched).toHaveLength(STATES.length - applied.length);
    },
  );
});
