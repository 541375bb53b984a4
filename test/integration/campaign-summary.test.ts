import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatuses } from '../../functions/campaigns/campaign-summary';
import { makeRecountSummary } from '../../functions/campaigns/use-cases/recount-summary';
import { mapLimit } from '../../functions/shared/map-limit';
import type { Store } from '../../functions/shared/ports';
import { queuedInvitation } from '../fixtures';
import { MADE, TRANSITION_NAMES } from '../invitation-states';
import { freshTable } from './helpers';

/**
 * The summary stays exact on DynamoDB Local: after random sequences of every named transition,
 * applied concurrently (so transactions meet on the summary item and states move between read and
 * write), the counts equal a recount of the invitations.
 */
const SIZE = 12;
/** A small deterministic generator, so a failure repeats. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const invitation = (campaignId: string, i: number) =>
  queuedInvitation(campaignId, i, '2027-03-01T09:00:00.000Z');

describe('campaign summary on DynamoDB', () => {
  let store: Store;
  beforeAll(async () => {
    ({ store } = await freshTable());
  });

  it.each([1, 2, 3, 4])('random transition sequence %i: the summary equals a recount', async (seed) => {
    const campaignId = randomUUID();
    const next = random(seed);
    await store.createInvitations(Array.from({ length: SIZE }, (_, i) => invitation(campaignId, i)));
    const steps = Array.from({ length: 150 }, () => ({
      jobcenterId: `jc-${Math.floor(next() * SIZE)}`,
      transition: MADE[TRANSITION_NAMES[Math.floor(next() * TRANSITION_NAMES.length)] ?? 'claim'],
    }));
    // Eight at a time: the same summary item (and sometimes the same invitation) in parallel.
    await mapLimit(steps, 8, (s) => store.updateInvitation(campaignId, s.jobcenterId, s.transition));
    const invitations = await store.listInvitations(campaignId);
    expect((await store.getCampaignSummary(campaignId))?.counts).toEqual(countStatuses(invitations));
    // The status index agrees: every status page lists exactly the invitations in that status.
    for (const [status, n] of Object.entries(countStatuses(invitations)))
      expect(
        (await store.listInvitationPage(campaignId, { status: status as never, size: 50 })).items,
        status,
      ).toHaveLength(n);
  });

  it('the recount rebuilds a lost or wrong summary and is idempotent', async () => {
    const campaignId = randomUUID();
    await store.createInvitations(Array.from({ length: SIZE }, (_, i) => invitation(campaignId, i)));
    await store.updateInvitation(campaignId, 'jc-1', MADE.markOpened);
    const recount = makeRecountSummary({ store });
    expect(await recount(campaignId)).toEqual({ written: true, total: SIZE });
    expect(await recount(campaignId)).toEqual({ written: true, total: SIZE });
    const summary = await store.getCampaignSummary(campaignId);
    expect(summary?.counts).toMatchObject({ queued: SIZE - 1, opened: 1 });
    // A transition after the recount still counts.
    await store.updateInvitation(campaignId, 'jc-2', MADE.markDraft);
    expect((await store.getCampaignSummary(campaignId))?.counts).toMatchObject({
      queued: SIZE - 2,
      draft: 1,
    });
  });
});
