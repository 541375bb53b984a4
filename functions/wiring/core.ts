import { getConfig } from '../config';
import { localClock, systemClock } from '../shared/clock';
import { logger } from '../shared/logger';
import { makeDynamoClient } from '../store/dynamo-client';
import { makeDynamoStore } from '../store/dynamo-store';

/**
 * Composition root, table part: config, the DynamoDB client and the store are built once per cold
 * start (module scope) and shared by the handlers of this bundle. Use cases receive them as ports.
 *
 * Kept apart from `mail.ts` and `queue.ts` on purpose: a handler imports only the parts it uses,
 * so a handler that sends no mail bundles neither React nor the SES client (budget in
 * test/infra/bundle-budgets.test.ts).
 */
export const config = getConfig();
logger.setLogLevel(config.LOG_LEVEL);
/** One DynamoDB client per cold start, shared by the store and any feature store composed beside it. */
export const dynamoClient = makeDynamoClient(config);
export const store = makeDynamoStore({ client: dynamoClient, tableName: config.TABLE_NAME });
/** Locally a clock staff can move forward for demos (functions/shared/clock.ts). */
export const clock = config.STAGE === 'local' ? localClock : systemClock;
