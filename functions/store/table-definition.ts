import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { TABLE } from './table-design';

/** The table as DynamoDB Local needs it; the CDK stack builds the same from TABLE. */
export const localTableDefinition = (tableName: string): CreateTableCommandInput => {
  const indexes = Object.entries(TABLE.indexes);
  const attributes = new Set<string>([
    TABLE.partitionKey,
    TABLE.sortKey,
    ...indexes.flatMap(([, i]) => [i.partitionKey, i.sortKey]),
  ]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map(([IndexName, i]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
};
