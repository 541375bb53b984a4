import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  countStatuses,
  mayChangeStatus,
  narrowTo,
  type StatusChange,
  statusChange,
} from '../campaigns/campaign-summary';
import {
  type DisplayStatus,
  displayStatus,
  Invitation,
  type InvitationCondition,
  type InvitationTransition,
} from '../campaigns/invitation';
import { type TableContext, updateExpression, withoutKeys } from './dynamo-shared';
import { keys, pendingSendKind, TABLE } from './table-design';

/**
 * How an invitation and its campaign's summary are written together: the invitation item with its
 * index entries, the conditional update of a transition, and the summary counters that change with
 * it in the same transaction. docs/data-model.md ("Campaign summary") explains the design.
 */

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** Condition expression for InvitationCondition; names/values are merged into the update's. */
export const invitationCondition = (when: InvitationCondition) => {
  const names: Record<string, string> = { '#pk': 'pk' };
  const values: Record<string, unknown> = {};
  const parts = ['attribute_exists(#pk)'];
  const inList = (attribute: string, prefix: string, list: readonly string[]) => {
    names[`#${prefix}`] = attribute;
    return `#${prefix} IN (${list
      .map((v, i) => {
        values[`:${prefix}${i}`] = v;
        return `:${prefix}${i}`;
      })
      .join(', ')})`;
  };
  if (when.deliveryIn?.length) {
    let part = inList('delivery', 'dl', when.deliveryIn);
    if (when.orLeaseExpiredBefore) {
      names['#lease'] = 'leaseUntil';
      values[':sending'] = 'sending';
      values[':now'] = when.orLeaseExpiredBefore;
      part = `(${part} OR (#dl = :sending AND #lease < :now))`;
    }
    parts.push(part);
  }
  if (when.progressIn?.length) parts.push(inList('progress', 'pg', when.progressIn));
  if (when.sendKey) {
    names['#sendKey'] = 'sendKey';
    values[':sendKey'] = when.sendKey;
    parts.push('#sendKey = :sendKey');
  }
  return { condition: parts.join(' AND '), names, values };
};

const isPending = (delivery: Invitation['delivery']) => delivery === 'queued' || delivery === 'sending';
const { partitionKey: LIST_KIND, sortKey: LIST_SORT } = TABLE.indexes.listByKind;
const STATUS_KEY = TABLE.indexes.byCampaignStatus.partitionKey;

/**
 * Keeps the sparse pending-send index entry (its campaign's partition) in step with `delivery`:
 * set (sorted by `queuedAt`) when a transition moves the invitation to queued or sending, removed
 * when it leaves them.
 */
const pendingSendIndex = (campaignId: string, set: Partial<Invitation>) => {
  if (set.delivery === undefined) return { sets: [], remove: [], names: {}, values: {} };
  if (!isPending(set.delivery)) return { sets: [], remove: [LIST_KIND, LIST_SORT], names: {}, values: {} };
  const names: Record<string, string> = { '#pendingKind': LIST_KIND, '#pendingSort': LIST_SORT };
  const values: Record<string, unknown> = { ':pendingKind': pendingSendKind(campaignId) };
  let sort = '#pendingQueuedAt';
  if (set.queuedAt) {
    values[':pendingQueuedAt'] = set.queuedAt;
    sort = ':pendingQueuedAt';
  } else names['#pendingQueuedAt'] = 'queuedAt';
  return { sets: ['#pendingKind = :pendingKind', `#pendingSort = ${sort}`], remove: [], names, values };
};

/**
 * The update part of an invitation transition, including the version bump. With `status` (the
 * new status key), the invitation also moves to that partition of `byCampaignStatus`.
 */
export const invitationUpdate = (
  campaignId: string,
  when: InvitationCondition,
  set: Partial<Invitation>,
  remove: readonly string[] = [],
  status?: string,
) => {
  const { version: _ignored, ...fields } = set;
  const pending = pendingSendIndex(campaignId, set);
  const statusSet = status ? ['#statusKey = :statusKey'] : [];
  const update = updateExpression(
    fields,
    [...remove, ...pending.remove],
    ['#version = #version + :one', ...pending.sets, ...statusSet],
  );
  const cond = invitationCondition(when);
  return {
    UpdateExpression: update.expression,
    ConditionExpression: cond.condition,
    ExpressionAttributeNames: {
      ...update.names,
      ...cond.names,
      ...pending.names,
      '#version': 'version',
      ...(status ? { '#statusKey': STATUS_KEY } : {}),
    },
    ExpressionAttributeValues: {
      ...update.values,
      ...cond.values,
      ...pending.values,
      ':one': 1,
      ...(status ? { ':statusKey': status } : {}),
    },
  };
};

export const invitationItem = (invitation: Invitation) => ({
  ...keys.invitation(invitation.campaignId, invitation.jobcenterId),
  ...keys.invitationOfJobcenter(invitation.jobcenterId, invitation.campaignId),
  ...keys.invitationByStatus(invitation.campaignId, displayStatus(invitation)),
  ...keys.invitationNameSort(invitation.jobcenterName, invitation.jobcenterId),
  ...(isPending(invitation.delivery) ? keys.pendingSend(invitation.campaignId, invitation.queuedAt) : {}),
  entity: 'INVITATION',
  ...Invitation.parse(invitation),
});

export const COUNT_PREFIX = 'count_';

/** One update of a campaign summary: adds each delta to its status counter, counts the change. */
export const summaryAdd = (
  tableName: string,
  campaignId: string,
  deltas: Partial<Record<DisplayStatus, number>>,
): TransactItem => {
  const entries = Object.entries(deltas).filter(([, n]) => n !== 0);
  const names: Record<string, string> = { '#changes': 'changes', '#campaignId': 'campaignId' };
  const values: Record<string, unknown> = { ':one': 1, ':campaignId': campaignId };
  const adds = entries.map(([status, n], i) => {
    names[`#c${i}`] = `${COUNT_PREFIX}${status}`;
    values[`:c${i}`] = n;
    return `#c${i} :c${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: keys.campaignSummary(campaignId),
      UpdateExpression: `SET #campaignId = :campaignId ADD ${[...adds, '#changes :one'].join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

const changeDeltas = ({ from, to }: StatusChange) => ({ [from]: -1, [to]: 1 });

/** The summary counters a batch of new invitations adds (one update per campaign). */
export const createdDeltas = (tableName: string, invitations: readonly Invitation[]): TransactItem[] => {
  const byCampaign = new Map<string, Invitation[]>();
  for (const i of invitations) {
    const list = byCampaign.get(i.campaignId);
    if (list) list.push(i);
    else byCampaign.set(i.campaignId, [i]);
  }
  return [...byCampaign].map(([campaignId, list]) => summaryAdd(tableName, campaignId, countStatuses(list)));
};

/** One transition of one invitation; `before` (its delivery and progress) is needed if it may change the status. */
export type TransitionWrite = {
  campaignId: string;
  jobcenterId: string;
  transition: InvitationTransition;
  before?: Pick<Invitation, 'delivery' | 'progress'>;
  /** Set by withBefore when there is no such invitation (the write's condition then fails). */
  absent?: true;
};

/**
 * The transaction items of transitions: each invitation update (narrowed to the display status
 * read before, so the counter delta is exact) and one summary update per campaign whose counts
 * change. A transition that can never change the status is written as it is.
 */
export const transitionItems = (tableName: string, writes: readonly TransitionWrite[]): TransactItem[] => {
  const deltas = new Map<string, Record<string, number>>();
  const updates = writes.map(({ campaignId, jobcenterId, transition: t, before, absent }): TransactItem => {
    const Key = keys.invitation(campaignId, jobcenterId);
    // Without an item (withBefore found none) the condition fails as it always did.
    if (!mayChangeStatus(t) || absent)
      return {
        Update: { TableName: tableName, Key, ...invitationUpdate(campaignId, t.when, t.set, t.remove) },
      };
    if (!before) throw new Error(`transition of ${campaignId}/${jobcenterId}: state not read (withBefore)`);
    const when = narrowTo(t.when, displayStatus(before));
    const change = statusChange(before, t);
    if (change) {
      const sum = deltas.get(campaignId) ?? {};
      for (const [s, n] of Object.entries(changeDeltas(change))) sum[s] = (sum[s] ?? 0) + n;
      deltas.set(campaignId, sum);
    }
    const status = change ? keys.invitationByStatus(campaignId, change.to).campaignStatus : undefined;
    return {
      Update: { TableName: tableName, Key, ...invitationUpdate(campaignId, when, t.set, t.remove, status) },
    };
  });
  return [...updates, ...[...deltas].map(([campaignId, d]) => summaryAdd(tableName, campaignId, d))];
};

/** Reads the state of every write that needs it and has none (consistent reads). */
export const withBefore = async (
  { doc, tableName }: TableContext,
  writes: readonly TransitionWrite[],
): Promise<TransitionWrite[]> =>
  Promise.all(
    writes.map(async (w) => {
      if (w.before || !mayChangeStatus(w.transition)) return w;
      const { Item } = await doc.send(
        new GetCommand({
          TableName: tableName,
          Key: keys.invitation(w.campaignId, w.jobcenterId),
          ConsistentRead: true,
        }),
      );
      return Item ? { ...w, before: Invitation.parse(withoutKeys(Item)) } : { ...w, absent: true as const };
    }),
  );

/** MailWrites with the state of each invitation it moves (read where the caller gave none). */
export const withInvitationStates = async <W extends { invitations?: readonly TransitionWrite[] }>(
  context: TableContext,
  writes: W | undefined,
): Promise<W | undefined> =>
  writes?.invitations?.length
    ? { ...writes, invitations: await withBefore(context, writes.invitations) }
    : writes;

const isTransactionConflict = (e: unknown) =>
  e instanceof TransactionCanceledException &&
  (e.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');

/** The table and key an item of a transaction writes or checks. */
const itemKey = (item: TransactItem): string => {
  const op = item.Put ?? item.Update ?? item.Delete ?? item.ConditionCheck;
  const key = item.Put ? item.Put.Item : (item.Update ?? item.Delete ?? item.ConditionCheck)?.Key;
  return `${op?.TableName} ${String(key?.[TABLE.partitionKey])} ${String(key?.[TABLE.sortKey])}`;
};

/**
 * Refuses a transaction that names one item twice: DynamoDB rejects it as a whole
 * (ValidationException, "Transaction request cannot include multiple operations on one item"),
 * DynamoDB Local too (test/integration/transaction-keys.test.ts). Writes to one item, such as
 * the counters of one campaign summary, must be merged into one update before.
 */
export const assertDistinctKeys = (items: readonly TransactItem[]) => {
  const seen = new Set<string>();
  for (const item of items) {
    const key = itemKey(item);
    if (seen.has(key))
      throw new Error(
        `transaction writes the item ${key} twice: DynamoDB refuses it (ValidationException); merge the writes into one`,
      );
    seen.add(key);
  }
};

/**
 * A transaction that retries when it met another transaction on the same item (the campaign
 * summary is written by every counted transition): jittered backoff, at most `attempts` tries.
 * Refuses items with the same key (assertDistinctKeys) before it sends anything.
 */
export const transactWrite = async (
  doc: DynamoDBDocumentClient,
  TransactItems: TransactItem[],
  attempts = 8,
): Promise<void> => {
  assertDistinctKeys(TransactItems);
  for (let attempt = 1; ; attempt++) {
    try {
      await doc.send(new TransactWriteCommand({ TransactItems }));
      return;
    } catch (e) {
      if (!isTransactionConflict(e) || attempt >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
};
