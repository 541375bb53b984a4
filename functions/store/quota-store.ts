import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type DailyQuota, QUOTA_KEPT_DAYS } from '../shared/daily-quota';
import { QuotaExceededError } from '../shared/errors';
import type { QuotaStore } from '../shared/ports';
import { epochSeconds, isConditionFailure, type TableContext } from './dynamo-shared';
import { keys, TABLE } from './table-design';

/**
 * The one counter update of a daily quota, alone or as a transaction item: adds one unless `max`
 * were taken already; TTL deletes the item `QUOTA_KEPT_DAYS` after the start of its day.
 */
export const quotaUpdate = (tableName: string, q: DailyQuota) => ({
  TableName: tableName,
  Key: keys.quota(q.key, q.day),
  UpdateExpression: 'ADD #taken :one SET #ttl = if_not_exists(#ttl, :ttl)',
  ConditionExpression: 'attribute_not_exists(#taken) OR #taken < :max',
  ExpressionAttributeNames: { '#taken': 'taken', '#ttl': TABLE.ttlAttribute },
  ExpressionAttributeValues: {
    ':one': 1,
    ':max': q.max,
    ':ttl': epochSeconds(`${q.day}T00:00:00Z`) + QUOTA_KEPT_DAYS * 86_400,
  },
});

export const makeQuotaStore = ({ doc, tableName }: TableContext): QuotaStore => ({
  async takeQuota(quota) {
    try {
      await doc.send(new UpdateCommand(quotaUpdate(tableName, quota)));
    } catch (e) {
      if (isConditionFailure(e)) throw new QuotaExceededError(quota.message, { cause: e });
      throw e;
    }
  },
});
