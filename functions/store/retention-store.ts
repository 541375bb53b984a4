import { DeleteCommand, paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RetainedItem } from '../privacy/retention-rules';
import type { RetentionStore } from '../shared/ports';
import { isConditionFailure, type TableContext, updateExpression } from './dynamo-shared';

/** A conditional write: false where the condition failed (the item is gone or has changed). */
const conditionally = async (write: () => Promise<unknown>): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (e) {
    if (isConditionFailure(e)) return false;
    throw e;
  }
};

/**
 * The retention job's reads and writes. It scans: a nightly batch over the whole table, never on a
 * request path; the filter and projection keep what travels small. Writes are conditional on the
 * item still existing, so a concurrent delete or a rerun is a no-op, never a resurrection.
 */
export const makeRetentionStore = ({ doc, tableName }: TableContext): RetentionStore => {
  /** Sets `set` on the item if it still exists and `guard` (more conditions on `#c…`/`:c…`) holds. */
  const update = (
    item: RetainedItem,
    set: Record<string, unknown>,
    guard: { names: Record<string, string>; values: Record<string, unknown>; conditions: string[] },
  ) => {
    const expr = updateExpression(set);
    return conditionally(() =>
      doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: expr.expression,
          ExpressionAttributeNames: { ...expr.names, ...guard.names },
          ExpressionAttributeValues: { ...expr.values, ...guard.values },
          ConditionExpression: ['attribute_exists(pk)', ...guard.conditions].join(' AND '),
        }),
      ),
    );
  };

  return {
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

    deleteRetained: (item) =>
      conditionally(() =>
        doc.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { pk: item.pk, sk: item.sk },
            ConditionExpression: 'attribute_exists(pk)',
          }),
        ),
      ),

    rewriteIfUnchanged(item, set) {
      // Each rewritten attribute must still hold what the verdict was made from: a concurrent change
      // (a saved draft, a corrected contact) fails the write instead of being overwritten.
      const guard = {
        names: {} as Record<string, string>,
        values: {} as Record<string, unknown>,
        conditions: [] as string[],
      };
      for (const [i, k] of Object.keys(set).entries()) {
        guard.names[`#c${i}`] = k;
        if (item[k] === undefined) guard.conditions.push(`attribute_not_exists(#c${i})`);
        else {
          guard.values[`:c${i}`] = item[k];
          guard.conditions.push(`#c${i} = :c${i}`);
        }
      }
      return update(item, set, guard);
    },

    anonymiseRetained: (item, set) => update(item, set, { names: {}, values: {}, conditions: [] }),
  };
};
