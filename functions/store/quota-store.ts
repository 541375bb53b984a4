import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { QuotaStore } from '../shared/ports';
import { isConditionFailure, type TableContext } from './dynamo-shared';
import { keys, TABLE } from './table-design';

/** Quotas as one conditional counter item per key and period; TTL removes old periods. */
export const makeQuotaStore = ({ doc, tableName }: TableContext): QuotaStore => ({
  async takeQuota(key, period, limit, expiresAtEpoch) {
    try {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.quota(key, period),
          UpdateExpression: 'ADD #taken :one SET #ttl = :ttl',
          ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :limit',
          ExpressionAttributeNames: { '#taken': 'taken', '#ttl': TABLE.ttlAttribute },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': expiresAtEpoch },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },
});
