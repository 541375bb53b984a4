import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, paginateQuery, type TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { OutboxMail } from '../outbox/outbox-mail';
import { ReminderRecord } from '../reminders/reminder-record';
import { ConflictError, QuotaExceededError } from '../shared/errors';
import type { MailWrites, OutboxStore } from '../shared/ports';
import { auditItem } from './audit-item';
import { isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import {
  type TransitionWrite,
  transactWrite,
  transitionItems,
  withInvitationStates,
} from './invitation-writes';
import { quotaUpdate } from './quota-store';
import { keepsFact, reminderFactUpdate } from './reminder-facts';
import { keys, TABLE } from './table-design';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const outboxItem = (mail: OutboxMail) => ({
  ...keys.outbox(mail.campaignId, mail.id),
  ...keys.outboxPendingList(mail.createdAt, mail.campaignId, mail.id),
  entity: 'OUTBOX',
  ...OutboxMail.parse(mail),
});

/**
 * The transaction items of `MailWrites`; the quota counter, if any, comes first. `moves`, the
 * caller's own invitation transitions (states read), are written with the mail's: one summary
 * update per campaign for all of them, as DynamoDB allows one operation per item.
 */
export const mailWriteItems = (
  tableName: string,
  writes: MailWrites = {},
  moves: readonly TransitionWrite[] = [],
): TransactItem[] => {
  const items: TransactItem[] = [];
  if (writes.quota) items.push({ Update: quotaUpdate(tableName, writes.quota) });
  for (const mail of writes.outbox ?? [])
    items.push({
      Put: { TableName: tableName, Item: outboxItem(mail), ConditionExpression: 'attribute_not_exists(pk)' },
    });
  // The invitations' transitions and the summary counters they change (states read before:
  // withInvitationStates).
  items.push(...transitionItems(tableName, [...moves, ...(writes.invitations ?? [])]));
  const revoke = writes.revokeLinks;
  for (const hash of revoke?.hashes ?? [])
    items.push({
      Update: {
        TableName: tableName,
        Key: keys.link(hash),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':at': revoke?.at },
      },
    });
  if (writes.audit)
    items.push({
      Put: {
        TableName: tableName,
        Item: auditItem(writes.audit),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  if (writes.reminder) {
    const r = ReminderRecord.parse(writes.reminder);
    items.push({
      Put: {
        TableName: tableName,
        Item: { ...keys.reminder(r.campaignId, r.jobcenterId, r.rule), entity: 'REMINDER', ...r },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    // Its fact on the invitation, for the campaign page (reminder-facts.ts).
    if (keepsFact(r)) items.push(reminderFactUpdate(tableName, r));
  }
  return items;
};

/**
 * Runs one transaction whose tail is `mailWriteItems(mail, moves)`. A used-up quota becomes
 * QuotaExceededError, any other failed condition ConflictError with `conflictMessage`.
 */
export const transactWithMail = async (
  { doc, tableName }: TableContext,
  items: TransactItem[],
  mail: MailWrites | undefined,
  conflictMessage: string,
  moves: readonly TransitionWrite[] = [],
) => {
  const all = [
    ...items,
    ...mailWriteItems(tableName, await withInvitationStates({ doc, tableName }, mail), moves),
  ];
  if (all.length > 100) throw new Error(`transaction of ${all.length} items exceeds DynamoDB's 100`);
  try {
    await transactWrite(doc, all);
  } catch (e) {
    if (
      mail?.quota &&
      e instanceof TransactionCanceledException &&
      e.CancellationReasons?.[items.length]?.Code === 'ConditionalCheckFailed'
    )
      throw new QuotaExceededError(mail.quota.message, { cause: e });
    if (isConditionFailure(e)) throw new ConflictError(conflictMessage, { cause: e });
    throw e;
  }
};

const ignoreConditionFailure = (e: unknown) => {
  if (!isConditionFailure(e)) throw e;
};

export const makeOutboxStore = (context: TableContext): OutboxStore => {
  const { doc, tableName } = context;
  return {
    async commitMail(writes) {
      await transactWithMail(context, [], writes, 'Diese Nachricht wurde bereits erfasst.');
    },

    async getOutbox(campaignId, id) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.outbox(campaignId, id), ConsistentRead: true }),
      );
      return Item ? OutboxMail.parse(withoutKeys(Item)) : undefined;
    },

    async claimOutbox(campaignId, id, now, leaseUntil) {
      try {
        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.outbox(campaignId, id),
            UpdateExpression: 'SET #s = :sending, leaseUntil = :lease ADD attempts :one',
            ConditionExpression:
              'attribute_exists(pk) AND (#s = :pending OR (#s = :sending AND leaseUntil < :now))',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: {
              ':sending': 'sending',
              ':pending': 'pending',
              ':lease': leaseUntil,
              ':now': now,
              ':one': 1,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return Attributes ? OutboxMail.parse(withoutKeys(Attributes)) : undefined;
      } catch (e) {
        ignoreConditionFailure(e);
        return undefined;
      }
    },

    async releaseOutbox(campaignId, id) {
      await doc
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.outbox(campaignId, id),
            UpdateExpression: 'SET #s = :pending REMOVE leaseUntil',
            ConditionExpression: '#s = :sending',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending', ':sending': 'sending' },
          }),
        )
        .catch(ignoreConditionFailure);
    },

    async markOutboxSent(campaignId, id, { sentAt, messageId }) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.outbox(campaignId, id),
          UpdateExpression:
            'SET #s = :sent, sentAt = :at, messageId = :m REMOVE leaseUntil, listKind, listSort',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':at': sentAt, ':m': messageId },
        }),
      );
    },

    async markOutboxFailed(campaignId, id, reason) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.outbox(campaignId, id),
          UpdateExpression: 'SET #s = :failed, reason = :r REMOVE leaseUntil, listKind, listSort',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed', ':r': reason },
        }),
      );
    },

    async listPendingOutbox(createdBefore) {
      const mails: OutboxMail[] = [];
      for await (const page of paginateQuery(
        { client: doc },
        {
          TableName: tableName,
          IndexName: 'listByKind',
          KeyConditionExpression: '#k = :k AND #s < :before',
          ExpressionAttributeNames: {
            '#k': TABLE.indexes.listByKind.partitionKey,
            '#s': TABLE.indexes.listByKind.sortKey,
          },
          ExpressionAttributeValues: {
            ':k': keys.outboxPendingList('', '', '').listKind,
            ':before': createdBefore,
          },
        },
      ))
        for (const i of page.Items ?? []) mails.push(OutboxMail.parse(withoutKeys(i)));
      return mails;
    },
  };
};
