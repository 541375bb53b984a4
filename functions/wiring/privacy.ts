import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { makeDynamoClient } from '../store/dynamo-client';
import { makePrivacyRequestStore } from '../store/privacy-request-store';
import { config, store } from './core';

/**
 * The store of privacy requests, only in their handlers: kept out of the shared store so that no
 * other bundle carries it (budget in test/infra/bundle-budgets.test.ts).
 */
export const privacyStore = {
  ...store,
  ...makePrivacyRequestStore({
    doc: DynamoDBDocumentClient.from(makeDynamoClient(config), {
      marshallOptions: { removeUndefinedValues: true },
    }),
    tableName: config.TABLE_NAME,
  }),
};
