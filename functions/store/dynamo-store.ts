import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Store } from '../shared/ports';
import { makeAccessionStore } from './accession-store';
import { makeAuditQueryStore } from './audit-store';
import { makeCampaignStore } from './campaign-store';
import { makeCampaignViewStore } from './campaign-view-store';
import { makeConsentStore } from './consent-store';
import { makeCoreStore } from './core-store';
import { makeDeliveryStore } from './delivery-store';
import { makeDocumentClient } from './dynamo-client';
import { makeEvaluationStore } from './evaluation-store';
import { makeFormRecordStore } from './form-records-store';
import { makeLinkStore } from './link-store';
import { makeOutboxStore } from './outbox-store';
import { makeQuotaStore } from './quota-store';
import { makeRecordsStore } from './records-store';
import { makeRegistryWrites } from './registry-writes';
import { makeReminderStore } from './reminder-store';
import { makeRetentionStore } from './retention-store';
import { makeSubmissionStore } from './submission-store';

/**
 * The whole `Store`: every area's store over one document client. For the handlers that render
 * e-mail (functions/wiring/mail.ts), the local system, benches and tests. Table-only handlers
 * compose the core store with only the areas they use (functions/wiring/).
 */
export const makeDynamoStore = ({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: string;
}): Store => {
  const context = { doc: makeDocumentClient(client), tableName };
  return {
    ...makeCoreStore({ client, ...context }),
    ...makeRegistryWrites(context),
    ...makeCampaignStore(context),
    ...makeCampaignViewStore(context),
    ...makeAccessionStore(context),
    ...makeConsentStore(context),
    ...makeEvaluationStore(context),
    ...makeReminderStore(context),
    ...makeDeliveryStore(context),
    ...makeLinkStore(context),
    ...makeOutboxStore(context),
    ...makeSubmissionStore(context),
    ...makeFormRecordStore(context),
    ...makeRetentionStore(context),
    ...makeAuditQueryStore(context),
    ...makeQuotaStore(context),
    ...makeRecordsStore(context),
  };
};
