import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

const sortedKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortedKeys)
    : v instanceof Set
      ? [...v].sort()
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])]),
          )
        : v;

/**
 * Every item of the table, sorted by key, as JSON lines. Left out, because answering a request
 * legitimately writes them: rate-limit windows (`RATE#`: every link check counts, even a refused
 * one) and form sessions (`SESSION#`: reading a session may record its last use for the idle
 * timeout). Neither holds campaign, form or registry data.
 */
export const dumpTable = async (client: DynamoDBClient, tableName: string): Promise<string[]> => {
  const doc = DynamoDBDocumentClient.from(client);
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(
      new ScanCommand({ TableName: tableName, ExclusiveStartKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items
    .filter((i) => !/^(RATE|SESSION)#/.test(String(i.pk)))
    .map((i) => JSON.stringify(sortedKeys(i)))
    .sort();
};
