import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

/**
 * Baseline of the bundle and cold-init budgets: the smallest useful table handler, one GetItem
 * through the document client, nothing else. Bundled with the same options as every handler.
 */
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { pathParameters?: { id?: string } }) => {
  const { Item } = await doc.send(
    new GetCommand({
      TableName: process.env.TABLE_NAME,
      Key: { pk: `JOBCENTER#${event.pathParameters?.id ?? ''}`, sk: 'JOBCENTER' },
    }),
  );
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? null) };
};
