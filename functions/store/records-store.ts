import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { RecordsLink, RecordsSession } from '../records/records-link';
import { addressKey } from '../records/records-request';
import type { JobcenterInput } from '../registry/jobcenter';
import type { RecordsStore } from '../shared/ports';
import { epochSeconds, isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/** The lookup entries of a Jobcenter's contact addresses (main and deputy). */
export const contactEntries = (j: Pick<JobcenterInput, 'id' | 'mainContact' | 'deputyContact'>) =>
  [...new Set([addressKey(j.mainContact.email), addressKey(j.deputyContact.email)])].map((hash) => ({
    ...keys.contactAddress(hash, j.id),
    entity: 'CONTACT_ADDRESS',
    jobcenterId: j.id,
  }));

/**
 * Writes the lookup entries (idempotent puts, 25 per batch). Called before the profile is written,
 * so every address a profile holds has its entry; entries of addresses a profile no longer holds
 * are ignored and removed by the lookup.
 */
export const putContactEntries = async (
  { doc, tableName }: TableContext,
  jobcenters: readonly Pick<JobcenterInput, 'id' | 'mainContact' | 'deputyContact'>[],
) => {
  const items = jobcenters.flatMap(contactEntries);
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
      [tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
      if (attempt > 5) throw new Error('contact entries: unprocessed items after retries');
      const { UnprocessedItems } = await doc.send(new BatchWriteCommand({ RequestItems: request }));
      request = UnprocessedItems as typeof request;
    }
  }
};

export const makeRecordsStore = (context: TableContext): RecordsStore => {
  const { doc, tableName } = context;
  return {
    async jobcentersWithAddress(hash) {
      const { Items } = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.contactAddress(hash, '').pk },
          ConsistentRead: true,
        }),
      );
      return (Items ?? []).map((i) => String(i.jobcenterId));
    },

    async dropContactEntry(hash, jobcenterId) {
      await doc.send(
        new DeleteCommand({ TableName: tableName, Key: keys.contactAddress(hash, jobcenterId) }),
      );
    },

    async putRecordsLink(link) {
      const stored = RecordsLink.parse(link);
      const expiresAtEpoch = epochSeconds(link.expiresAt);
      // The link and its entry in the Jobcenter's partition together: a revocation finds every link.
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...keys.recordsLink(link.hash), entity: 'RECORDS_LINK', ...stored, expiresAtEpoch },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: tableName,
                Item: {
                  ...keys.recordsLinkOfJobcenter(link.jobcenterId, link.hash),
                  entity: 'RECORDS_LINK_ENTRY',
                  hash: link.hash,
                  expiresAtEpoch,
                },
              },
            },
          ],
        }),
      );
    },

    async getRecordsLink(hash) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.recordsLink(hash), ConsistentRead: true }),
      );
      return Item ? RecordsLink.parse(withoutKeys(Item)) : undefined;
    },

    async revokeRecordsLink(hash, at) {
      await doc
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.recordsLink(hash),
            UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': at },
          }),
        )
        .catch((e: unknown) => {
          if (!isConditionFailure(e)) throw e;
        });
    },

    async revokeRecordsLinksOf(jobcenterId, at) {
      const { Items } = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
          ExpressionAttributeValues: {
            ':pk': keys.recordsLinkOfJobcenter(jobcenterId, '').pk,
            ':p': keys.recordsLinkOfJobcenterPrefix,
          },
          ConsistentRead: true,
        }),
      );
      let revoked = 0;
      for (const entry of Items ?? []) {
        try {
          await doc.send(
            new UpdateCommand({
              TableName: tableName,
              Key: keys.recordsLink(String(entry.hash)),
              UpdateExpression: 'SET revokedAt = :at',
              // Only links that still work count; a rerun or an expired link changes nothing.
              ConditionExpression:
                'attribute_exists(pk) AND jobcenterId = :jc AND attribute_not_exists(revokedAt) AND expiresAt > :at',
              ExpressionAttributeValues: { ':at': at, ':jc': jobcenterId },
            }),
          );
          revoked += 1;
        } catch (e) {
          if (!isConditionFailure(e)) throw e;
        }
      }
      return revoked;
    },

    async putRecordsSession(session) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.recordsSession(session.hash),
            entity: 'RECORDS_SESSION',
            ...RecordsSession.parse(session),
            expiresAtEpoch: epochSeconds(session.expiresAt),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async getRecordsSession(hash) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.recordsSession(hash), ConsistentRead: true }),
      );
      return Item ? RecordsSession.parse(withoutKeys(Item)) : undefined;
    },
  };
};
