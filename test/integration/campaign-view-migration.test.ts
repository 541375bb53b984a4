import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { CampaignInput } from '../../functions/campaigns/campaign';
import type { Invitation } from '../../functions/campaigns/invitation';
import { makeGetCampaignOverview } from '../../functions/campaigns/use-cases/campaign-overview';
import { makeMigrateCampaignView } from '../../functions/campaigns/use-cases/migrate-campaign-view';
import { SEED_JOBCENTERS } from '../../functions/registry/seed-jobcenters';
import type { ReminderRecord } from '../../functions/reminders/reminder-record';
import type { Store } from '../../functions/shared/ports';
import { KIND, keys, pendingSendKind } from '../../functions/store/table-design';
import { seededInvitation } from '../campaign-seed';
import { MADE } from '../invitation-states';
import { freshTable } from './helpers';

/**
 * A campaign written by the code before the campaign page's summary (invitations without status
 * index, name sort or Landschaftsverband, reminders without facts, no summary) shows wrong counts
 * and an empty status list; `npm run migrate:campaign-view` (the use case behind it) brings it up to
 * today's shape, and a second run writes nothing.
 */
const SIZE = 30;
const AT = '2027-03-02T09:00:00.000Z';

describe('campaign view migration', () => {
  let store: Store;
  let doc: DynamoDBDocumentClient;
  let tableName: string;
  let campaignId: string;
  let invitations: Invitation[];

  const put = (Item: Record<string, unknown>) => doc.send(new PutCommand({ TableName: tableName, Item }));
  /** Every item of the campaign's partition, as stored. */
  const partition = async () =>
    (
      await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.campaign(campaignId).pk },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];
  const overview = (query = {}) => makeGetCampaignOverview({ store })(campaignId, query);

  beforeAll(async () => {
    const table = await freshTable();
    ({ store, tableName } = table);
    doc = DynamoDBDocumentClient.from(table.client);
    await store.seedJobcenters(SEED_JOBCENTERS.slice(0, SIZE), AT);
    campaignId = randomUUID();
    const input = CampaignInput.parse({
      kind: 'beitritt',
      title: 'Vor der Zusammenfassung',
      deadline: '2027-03-31',
      senderName: 'MAGS NRW',
      replyTo: 'inklusion@mags.example.org',
      letter: { subject: `Alt ${campaignId}`, body: 'Sehr geehrte Damen und Herren' },
      recipients: { mode: 'alle-offenen' },
      reminders: { offsetsDays: [-7], maxReminders: 1 },
    });
    await store.putCampaign({
      ...input,
      id: campaignId,
      status: 'launched',
      createdAt: AT,
      createdBy: 'seed',
      launchedAt: AT,
      version: 1,
    });
    // The old shape: the invitation's own fields and keys, nothing for the page.
    invitations = SEED_JOBCENTERS.slice(0, SIZE).map((j, i) => {
      const { landschaftsverband: _lv, ...old } = seededInvitation(campaignId, i);
      return { ...old, jobcenterId: j.id, jobcenterName: j.name };
    });
    // One send still pending, listed in the shared partition all campaigns' pending sends had.
    const { bouncedAt: _b, sentAt: _s, messageId: _m, ...unsent } = invitations[4] as Invitation;
    invitations[4] = { ...unsent, delivery: 'queued', progress: 'none', queuedAt: AT };
    for (const i of invitations)
      await put({
        ...keys.invitation(campaignId, i.jobcenterId),
        ...(i.delivery === 'queued' ? { listKind: KIND.pendingSend, listSort: i.queuedAt } : {}),
        entity: 'INVITATION',
        ...i,
      });
    const reminder = (jobcenterId: string, status: ReminderRecord['status']): ReminderRecord => ({
      campaignId,
      jobcenterId,
      rule: 'T-7',
      status,
      at: AT,
      trigger: 'schedule',
    });
    for (const r of [
      reminder(SEED_JOBCENTERS[1]?.id ?? '', 'sent'),
      reminder(SEED_JOBCENTERS[3]?.id ?? '', 'skipped'),
    ])
      await put({ ...keys.reminder(campaignId, r.jobcenterId, r.rule), entity: 'REMINDER', ...r });
  });

  it('before: no counts, nothing in the status list, no reminders shown', async () => {
    const before = await overview();
    expect(before.summary.total).toBe(0);
    expect((await overview({ status: 'sent' })).invitations).toEqual([]);
    expect(before.invitations.every((row) => row.reminders.length === 0)).toBe(true);
  });

  it('after the migration: counts, status and LV filters and reminders are right; a rerun writes nothing', async () => {
    // A transition by today's code before the migration counts into a summary that lacks the rest.
    const moved = invitations[1] as Invitation;
    await store.updateInvitation(campaignId, moved.jobcenterId, MADE.markOpened);
    const migrate = makeMigrateCampaignView({ store });
    const first = await migrate();
    expect(first).toEqual({ campaigns: 1, invitations: SIZE, indexed: SIZE, facts: 1, recounted: 1 });

    const after = await overview();
    expect(after.summary.total).toBe(SIZE);
    // seededInvitation: even ones bounced; odd ones sent with progress none, opened, draft, …
    const bounced = invitations.filter((i) => i.delivery === 'bounced').length;
    expect(after.summary.counts.bounced).toBe(bounced);
    const opened = await overview({ status: 'opened' });
    expect(opened.invitations.map((r) => r.jobcenterId)).toContain(moved.jobcenterId);
    expect(opened.invitations).toHaveLength(after.summary.counts.opened);
    const lwl = SEED_JOBCENTERS.slice(0, SIZE).filter((j) => j.landschaftsverband === 'LWL');
    expect(
      (await overview({ landschaftsverband: 'LWL' })).invitations.map((r) => r.jobcenterId).sort(),
    ).toEqual(lwl.map((j) => j.id).sort());
    const row = (await overview({ status: 'opened' })).invitations.find(
      (r) => r.jobcenterId === moved.jobcenterId,
    );
    expect(row?.reminders).toEqual([{ rule: 'T-7', status: 'sent', at: AT, trigger: 'schedule' }]);
    expect(row?.needsAttention).toBe(true);

    // The pending send now sits in its campaign's own partition, found by the sweeper's query.
    const pendingOf = (kind: string) =>
      doc.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'listByKind',
          KeyConditionExpression: 'listKind = :k',
          ExpressionAttributeValues: { ':k': kind },
        }),
      );
    expect((await pendingOf(pendingSendKind(campaignId))).Items?.map((i) => i.jobcenterId)).toEqual([
      invitations[4]?.jobcenterId,
    ]);
    expect((await pendingOf(KIND.pendingSend)).Items).toEqual([]);
    expect(
      (await store.listPendingSends(campaignId, '2099-01-01T00:00:00.000Z')).map((i) => i.jobcenterId),
    ).toEqual([invitations[4]?.jobcenterId]);

    const stored = await partition();
    expect(await migrate([campaignId])).toEqual({
      campaigns: 1,
      invitations: SIZE,
      indexed: 0,
      facts: 0,
      recounted: 0,
    });
    expect(await partition()).toEqual(stored);
  });
});
