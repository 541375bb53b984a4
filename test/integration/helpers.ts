import { randomBytes, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { makeDynamoStore } from '../../functions/store/dynamo-store';
import { ensureTable, localDynamoClient } from '../../local/services';

/** A fresh table per test file, so files run in parallel without seeing each other's data. */
export const freshTable = async () => {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `test-${randomUUID().slice(0, 8)}`;
  await ensureTable(endpoint, tableName);
  const client = localDynamoClient(endpoint);
  return { endpoint, tableName, client, store: makeDynamoStore({ client, tableName }) };
};

/** Sets the handler configuration (what CDK sets in AWS) before any handler module is imported. */
export const configureHandlers = (
  tableName: string,
  appBaseUrl = 'http://127.0.0.1:9',
  dynamodbEndpoint = inject('dynamodbEndpoint'),
) => {
  Object.assign(process.env, {
    STAGE: 'local',
    AWS_REGION: 'eu-central-1',
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: dynamodbEndpoint,
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: 'inklusion@mags.example.org',
    APP_BASE_URL: appBaseUrl,
    LOG_LEVEL: 'ERROR',
    LINK_KEY: randomBytes(32).toString('base64url'),
  });
};

export { campaignInput, validAnswers } from '../fixtures';
