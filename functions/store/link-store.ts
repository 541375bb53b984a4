import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Link, Session } from '../forms/records';
import type { LinkStore } from '../shared/ports';
import { epochSeconds, isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/** Links and sessions expire by TTL as well; reads still check `expiresAt` (TTL deletes lazily). */
export const makeLinkStore = ({ doc, tableName }: TableContext): LinkStore => ({
  async putLink(link) {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.link(link.hash),
          entity: 'LINK',
          ...Link.parse(link),
          expiresAtEpoch: epochSeconds(link.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },

  async getLink(hash) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.link(hash), ConsistentRead: true }),
    );
    return Item ? Link.parse(withoutKeys(Item)) : undefined;
  },

  async revokeLinks(hashes, at) {
    for (const hash of hashes)
      await doc
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.link(hash),
            UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': at },
          }),
        )
        .catch((e: unknown) => {
          if (!(e instanceof Error && e.name === 'ConditionalCheckFailedException')) throw e;
        });
  },

  async putSession(session) {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.session(session.hash),
          entity: 'SESSION',
          ...Session.parse(session),
          expiresAtEpoch: epochSeconds(session.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },

  async getSession(hash) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.session(hash), ConsistentRead: true }),
    );
    return Item ? Session.parse(withoutKeys(Item)) : undefined;
  },

  async touchSession(hash, at) {
    await doc
      .send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.session(hash),
          UpdateExpression: 'SET lastSeenAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      )
      .catch((e: unknown) => {
        if (!isConditionFailure(e)) throw e;
      });
  },

  async deleteSession(hash) {
    await doc.send(new DeleteCommand({ TableName: tableName, Key: keys.session(hash) }));
  },

  async countHit(key, windowSeconds, now) {
    const windowStart = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
    const { Attributes } = await doc.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.rateWindow(key, windowStart),
        UpdateExpression: 'ADD hits :one SET expiresAtEpoch = :ttl',
        ExpressionAttributeValues: { ':one': 1, ':ttl': windowStart + windowSeconds * 2 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.hits ?? 1);
  },
});
