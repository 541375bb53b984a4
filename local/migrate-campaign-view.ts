import { makeMigrateCampaignView } from '../functions/campaigns/use-cases/migrate-campaign-view';
import { makeDynamoClient } from '../functions/store/dynamo-client';
import { makeDynamoStore } from '../functions/store/dynamo-store';
import { TABLE_NAME } from './system';

/**
 * `npm run migrate:campaign-view [-- <campaignId> …]`: gives campaigns written before the campaign
 * page's summary their index attributes, reminder facts and summary
 * (functions/campaigns/use-cases/migrate-campaign-view.ts; idempotent). Without ids every campaign;
 * with ids only those (a recount of one campaign). Locally it needs the running system
 * (`npm start`) or DynamoDB Local on DYNAMODB_PORT; against AWS set `TABLE_NAME` and `AWS_REGION`,
 * pass `--aws` and run it with credentials that may query and update the table.
 */
const aws = process.argv.includes('--aws');
const ids = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const tableName = process.env.TABLE_NAME ?? (aws ? '' : TABLE_NAME);
if (!tableName) throw new Error('TABLE_NAME is required with --aws.');
const client = makeDynamoClient({
  AWS_REGION: process.env.AWS_REGION ?? 'eu-central-1',
  DYNAMODB_ENDPOINT: aws ? undefined : `http://127.0.0.1:${process.env.DYNAMODB_PORT ?? 8000}`,
});
const migrate = makeMigrateCampaignView({ store: makeDynamoStore({ client, tableName }) });
const r = await migrate(ids);
console.log(
  `${tableName}: ${r.campaigns} campaigns, ${r.invitations} invitations; ${r.indexed} indexed, ` +
    `${r.facts} reminder facts written, ${r.recounted} summaries recounted.`,
);
client.destroy();
