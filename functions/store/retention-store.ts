import { DeleteCommand, paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RetainedItem } from '../privacy/retention-rules';
import type { RetentionStore } from '../shared/ports';
import { isConditionFailure, type TableContext, updateExpression } from './dynamo-shared';

/**
 * The retention job's reads and writes. It scans: a nightly batch over the whole table, never on a
 * request path; the filter and projection keep what travels small. Writes are conditional on the
 * item still existing, so a concurrent delete or a rerun is a no-op, never a resurrection.
 */
export const makeRetentionStore = ({ doc, tableName }: TableContext): RetentionStore => ({
  async *retainedItems(entities) {
    const values = Object.fromEntries(entities.map((e, i) => [`:e${i}`, e]));
    const pages = paginateScan(
      { client: doc, pageSize: 500 },
      {
        TableName: tableName,
        FilterExpression: `#entity IN (${Object.keys(values).join(', ')})`,
        ExpressionAttributeNames: { '#entity': 'entity' },
        ExpressionAttributeValues: values,
      },
    );
    for await (const page of pages) yield (page.Items ?? []) as RetainedItem[];
  },

  async deleteRetained(item) {
    try {
      await doc.send(
        new DeleteCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },

  async rewriteIfUnchanged(item, set) {
    const update = updateExpression(set);
    // Each rewritten attribute must still hold what the verdict was made from: a concurrent change
    // (a saved draft, a corrected contact) fails the write instead of being overwritten.
    const names: Record<string, string> = { ...update.names };
    const values: Record<string, unknown> = { ...update.values };
    const conditions = ['attribute_exists(pk)'];
    for (const [i, k] of Object.keys(set).entries()) {
      names[`#c${i}`] = k;
      if (item[k] === undefined) conditions.push(`attribute_not_exists(#c${i})`);
      else {
        values[`:c${i}`] = item[k];
        conditions.push(`#c${i} = :c${i}`);
      }
    }
    try {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: update.expression,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ConditionExpression: conditions.join(' AND '),
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },

  async anonymiseRetained(item, set) {
    const update = updateExpression(set);
    try {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: update.expression,
          ExpressionAttributeNames: update.names,
          ExpressionAttributeValues: update.values,
          ConditionExpression: 'attribute_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },
});
