import { getConfig } from '../config';
import { localClock, systemClock } from '../shared/clock';
import { logger } from '../shared/logger';
import { makeCoreStore } from '../store/core-store';
import { makeDocumentClient, makeDynamoClient } from '../store/dynamo-client';
import type { TableContext } from '../store/dynamo-shared';

/**
 * Composition root, table part: config, the DynamoDB client and the core store are built once per
 * cold start (module scope) and shared by the handlers of this bundle. Use cases receive them as
 * ports.
 *
 * The core store holds only what almost every handler needs (Jobcenters, audit, scheduler runs,
 * health). An area's store (campaigns, forms, consent, records, evaluation, …) is composed beside
 * it in that area's wiring module, which only the area's handlers import; `mail.ts` and `queue.ts`
 * are apart for the same reason: a handler bundles only what it uses, so a handler that sends no
 * mail bundles neither React nor the SES client (budgets in test/infra/bundle-budgets.test.ts).
 */
export const config = getConfig();
logger.setLogLevel(config.LOG_LEVEL);
/** One DynamoDB client per cold start, shared by the core store and every store composed beside it. */
export const dynamoClient = makeDynamoClient(config);
/** The table every area's store is made from: one document client over `dynamoClient`. */
export const table: TableContext = { doc: makeDocumentClient(dynamoClient), tableName: config.TABLE_NAME };
export const store = makeCoreStore({ client: dynamoClient, ...table });
/** Locally a clock staff can move forward for demos (functions/shared/clock.ts). */
export const clock = config.STAGE === 'local' ? localClock : systemClock;
