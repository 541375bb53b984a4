import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoCall, startDynamoCallCounter } from '../../bench/dynamo-call-counter';
import { countStatuses } from '../../functions/campaigns/campaign-summary';
import type { Invitation } from '../../functions/campaigns/invitation';
import { makeGetCampaignOverview } from '../../functions/campaigns/use-cases/campaign-overview';
import { fixedClock } from '../../functions/shared/clock';
import type { Store } from '../../functions/shared/ports';
import { makeDynamoStore } from '../../functions/store/dynamo-store';
import { invitationItem } from '../../functions/store/invitation-writes';
import { localDynamoClient } from '../../local/services';
import { seedCampaign, seededInvitation } from '../campaign-seed';
import { freshTable } from './helpers';

/**
 * "Braucht Aufmerksamkeit" finds a campaign's stuck sends in its own pending-send partition, first
 * sends and resends alike: other campaigns' pending sends, however many and however old, neither
 * hide them nor cost reads.
 */
const NOW = '2027-03-01T12:00:00.000Z';
const minutesBefore = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();
const operations = (calls: readonly DynamoCall[]) => calls.map((c) => c.operation).sort();

const queued = (campaignId: string, i: number, queuedAt: string): Invitation => {
  const { bouncedAt: _b, sentAt: _s, messageId: _m, ...rest } = seededInvitation(campaignId, i);
  return {
    ...rest,
    delivery: i % 3 === 0 ? 'sending' : 'queued',
    progress: 'none',
    queuedAt,
    activeLinks: [],
  };
};

describe('stuck sends on the campaign page', () => {
  let store: Store;
  let counter: Awaited<ReturnType<typeof startDynamoCallCounter>>;
  let doc: DynamoDBDocumentClient;
  let tableName: string;

  const write = async (invitations: readonly Invitation[]) => {
    for (let b = 0; b < invitations.length; b += 25) {
      let requests = invitations.slice(b, b + 25).map((i) => ({ PutRequest: { Item: invitationItem(i) } }));
      while (requests.length) {
        const { UnprocessedItems } = await doc.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
      }
    }
  };

  beforeAll(async () => {
    const table = await freshTable();
    ({ tableName } = table);
    doc = DynamoDBDocumentClient.from(table.client);
    counter = await startDynamoCallCounter(table.endpoint);
    store = makeDynamoStore({ client: localDynamoClient(counter.endpoint), tableName });
    // Another campaign's 250 sends, all pending and queued earlier than this campaign's.
    const other = randomUUID();
    await write(Array.from({ length: 250 }, (_, i) => queued(other, i, minutesBefore(300))));
  }, 60_000);
  afterAll(async () => {
    await counter?.close();
  });

  it('lists the campaign’s stuck sends however many other campaigns have pending, in one bounded Query', async () => {
    const { id } = await seedCampaign(
      { store: makeDynamoStore({ client: doc, tableName }), doc, tableName },
      6,
    );
    const own = [
      queued(id, 101, minutesBefore(45)),
      queued(id, 102, minutesBefore(90)),
      queued(id, 103, minutesBefore(31)),
      // Queued a few minutes ago: not stuck yet.
      queued(id, 104, minutesBefore(5)),
      // A resend of an invitation already opened: it keeps its progress, so it is not counted as
      // queued, and it is stuck all the same.
      { ...queued(id, 105, minutesBefore(40)), progress: 'opened' as const },
    ];
    await write(own);
    const seeded = Array.from({ length: 6 }, (_, i) => seededInvitation(id, i));
    await store.putRecountedSummary(
      { campaignId: id, counts: countStatuses([...seeded, ...own]), changes: 0 },
      0,
    );

    const overview = makeGetCampaignOverview({ store, clock: fixedClock(NOW) });
    const { result, calls } = await counter.measure(() => overview(id));
    expect(
      result.attention
        .filter((a) => a.reason === 'stuck')
        .map((a) => a.jobcenterId)
        .sort(),
    ).toEqual(['jc-00101', 'jc-00102', 'jc-00103', 'jc-00105']);
    // Four stuck and the three bounced of the seeded six.
    expect(result.summary.needsAttention).toBe(7);
    // Campaign and summary; the page, the stuck ones, the bounced ones.
    expect(operations(calls)).toEqual(['GetItem', 'GetItem', 'Query', 'Query', 'Query']);
    // The other campaign's 250 pending sends, older than all of these, cost no read.
    const read = calls.flatMap((c) => c.itemsRead);
    expect(read.filter((key) => !key.includes(id))).toEqual([]);
  });
});
