import { GetCommand, PutCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { CampaignSummary } from '../campaigns/campaign-summary';
import { DisplayStatus } from '../campaigns/invitation';
import { ValidationError } from '../shared/errors';
import type { CampaignViewStore, InvitationPageQuery } from '../shared/ports';
import { pendingSendsQuery, toInvitation } from './campaign-store';
import { makeCampaignViewBackfill } from './campaign-view-backfill';
import { isConditionFailure, type TableContext } from './dynamo-shared';
import { COUNT_PREFIX } from './invitation-writes';
import { reminderFactsOf } from './reminder-facts';
import { collationKey, keys, TABLE } from './table-design';

/**
 * The campaign page's bounded reads: the summary item, one page of invitations (a status
 * partition of `byCampaignStatus`, or the campaign's partition) with their reminders' facts kept on
 * each item (reminder-facts.ts), and the recount's conditional write. No read here grows with the
 * campaign. The migration's backfill (campaign-view-backfill.ts) is the one exception, never on a
 * request path.
 */

/** At most this many Query rounds per page: a filter that matches little returns a short page and a cursor. */
export const MAX_PAGE_ROUNDS = 4;
const { partitionKey: STATUS_KEY, sortKey: NAME_SORT } = TABLE.indexes.byCampaignStatus;

const badCursor = () =>
  new ValidationError([{ field: 'cursor', message: 'Diese Seite gibt es nicht (mehr). Bitte neu laden.' }]);

const encodeCursor = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** A cursor is a key of the partition the page reads, or it is refused. */
const decodeCursor = (cursor: string, expected: Record<string, string>, allowed: readonly string[]) => {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw badCursor();
  const entries = Object.entries(key);
  const valid =
    entries.every(([k, v]) => allowed.includes(k) && typeof v === 'string') &&
    Object.entries(expected).every(([k, v]) => (key as Record<string, unknown>)[k] === v);
  if (!valid) throw badCursor();
  return key as Record<string, string>;
};

const summaryOf = (item: Record<string, unknown>): CampaignSummary =>
  CampaignSummary.parse({
    campaignId: item.campaignId,
    counts: Object.fromEntries(
      DisplayStatus.options.map((s) => [s, Number(item[`${COUNT_PREFIX}${s}`] ?? 0)]),
    ),
    changes: Number(item.changes ?? 0),
    ...(item.recountedAt ? { recountedAt: item.recountedAt } : {}),
  });

export const makeCampaignViewStore = ({ doc, tableName }: TableContext): CampaignViewStore => ({
  backfillCampaignView: makeCampaignViewBackfill({ doc, tableName }),

  async getCampaignSummary(campaignId) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.campaignSummary(campaignId), ConsistentRead: true }),
    );
    return Item ? summaryOf(Item) : undefined;
  },

  async listInvitationPage(campaignId, query: InvitationPageQuery) {
    const pk = keys.campaign(campaignId).pk;
    const base: QueryCommandInput = query.status
      ? {
          TableName: tableName,
          IndexName: 'byCampaignStatus',
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': STATUS_KEY },
          ExpressionAttributeValues: {
            ':p': keys.invitationByStatus(campaignId, query.status).campaignStatus,
          },
        }
      : {
          TableName: tableName,
          KeyConditionExpression: '#p = :p AND begins_with(#s, :prefix)',
          ExpressionAttributeNames: { '#p': 'pk', '#s': 'sk' },
          ExpressionAttributeValues: { ':p': pk, ':prefix': keys.invitationPrefix },
        };
    const filters: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (query.landschaftsverband) {
      filters.push('#lv = :lv');
      names['#lv'] = 'landschaftsverband';
      values[':lv'] = query.landschaftsverband;
    }
    if (query.name) {
      filters.push('contains(#name, :name)');
      names['#name'] = NAME_SORT;
      values[':name'] = collationKey(query.name);
    }
    const expected: Record<string, string> = query.status
      ? { [STATUS_KEY]: String(base.ExpressionAttributeValues?.[':p']) }
      : { pk };
    const allowed = query.status ? ['pk', 'sk', STATUS_KEY, NAME_SORT] : ['pk', 'sk'];
    let start = query.cursor ? decodeCursor(query.cursor, expected, allowed) : undefined;
    const items: Record<string, unknown>[] = [];
    // Limit counts the items read, before the filter: every round reads at most what is missing.
    for (let round = 0; round < MAX_PAGE_ROUNDS && items.length < query.size; round++) {
      const { Items, LastEvaluatedKey } = await doc.send(
        new QueryCommand({
          ...base,
          ExpressionAttributeNames: { ...base.ExpressionAttributeNames, ...names },
          ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ...values },
          ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
          Limit: query.size - items.length,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(Items ?? []));
      start = LastEvaluatedKey as Record<string, string> | undefined;
      if (!start) break;
    }
    return {
      items: items.map((i) => ({ ...toInvitation(i), reminders: reminderFactsOf(i) })),
      ...(start ? { next: encodeCursor(start) } : {}),
    };
  },

  async listPendingSendsOf(campaignId, limit) {
    // The campaign's own pending-send partition: every unsent send whatever its progress (a resend
    // of an opened invitation keeps it), oldest first, no filter after the Limit.
    const { Items } = await doc.send(
      new QueryCommand({ ...pendingSendsQuery(tableName, campaignId), Limit: limit }),
    );
    return (Items ?? []).map(toInvitation);
  },

  async putRecountedSummary(summary, expectedChanges) {
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.campaignSummary(summary.campaignId),
            entity: 'CAMPAIGN_SUMMARY',
            campaignId: summary.campaignId,
            ...Object.fromEntries(Object.entries(summary.counts).map(([s, n]) => [`${COUNT_PREFIX}${s}`, n])),
            changes: expectedChanges,
            ...(summary.recountedAt ? { recountedAt: summary.recountedAt } : {}),
          },
          ConditionExpression:
            expectedChanges === 0 ? 'attribute_not_exists(pk) OR changes = :c' : 'changes = :c',
          ExpressionAttributeValues: { ':c': expectedChanges },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },
});
