import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { makeDynamoClient } from '../functions/store/dynamo-client';
import { migrateNames } from '../functions/store/migrate-names';
import { TABLE_NAME } from './system';

/**
 * `npm run migrate:names`: rewrites items stored under the names before the naming rule
 * (functions/store/migrate-names.ts; idempotent). Locally it needs the running system (`npm start`)
 * or DynamoDB Local on DYNAMODB_PORT; against AWS set `TABLE_NAME` and `AWS_REGION`, pass `--aws`
 * and run it with credentials that may scan and update the table.
 */
const aws = process.argv.includes('--aws');
const tableName = process.env.TABLE_NAME ?? (aws ? '' : TABLE_NAME);
if (!tableName) throw new Error('TABLE_NAME is required with --aws.');
const client = makeDynamoClient({
  AWS_REGION: process.env.AWS_REGION ?? 'eu-central-1',
  DYNAMODB_ENDPOINT: aws ? undefined : `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`,
});
const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
const { scanned, rewritten } = await migrateNames({ doc, tableName });
console.log(`${tableName}: ${scanned} items read, ${rewritten} rewritten to today's names.`);
client.destroy();
