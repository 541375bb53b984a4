import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyTransition, countStatuses } from '../../functions/campaigns/campaign-summary';
import { transitions } from '../../functions/campaigns/invitation';
import type { Store } from '../../functions/shared/ports';
import { seedCampaign } from '../campaign-seed';
import { freshTable } from './helpers';

/**
 * DynamoDB refuses a transaction that names one item twice, and so does DynamoDB Local. A
 * transaction that moves two invitations of one campaign therefore updates its summary once.
 */
describe('one operation per item and transaction', () => {
  let store: Store;
  let doc: DynamoDBDocumentClient;
  let tableName: string;

  beforeAll(async () => {
    const table = await freshTable();
    ({ store, tableName } = table);
    doc = DynamoDBDocumentClient.from(table.client);
  });

  it('DynamoDB Local refuses two updates of one item in one transaction, as DynamoDB does', async () => {
    const add = {
      Update: {
        TableName: tableName,
        Key: { pk: 'PROBE', sk: 'PROBE' },
        UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
    };
    await expect(doc.send(new TransactWriteCommand({ TransactItems: [add, add] }))).rejects.toThrow(
      /multiple operations on one item/,
    );
  });

  it('records an accession and a mail’s transition of the same campaign with one summary update', async () => {
    const { id, invitations } = await seedCampaign({ store, doc, tableName }, 10);
    // Jobcenter 7 has submitted (confirmed now), Jobcenter 5 has a draft (submits in the same write).
    const [confirmed, drafted] = [invitations[7], invitations[5]];
    if (confirmed?.progress !== 'submitted' || drafted?.progress !== 'draft') throw new Error('seed changed');
    const at = '2027-03-10T09:00:00.000Z';
    const confirm = transitions.confirm(at);
    const submit = transitions.submit(at, 1);
    await store.recordAccession(
      {
        accession: {
          jobcenterId: confirmed.jobcenterId,
          source: 'online',
          accededOn: '2027-03-10',
          campaignId: id,
          submissionVersion: 1,
          confirmedAt: at,
          confirmedBy: 'admin@mags.example.org',
          publicListing: false,
        },
        measureSets: [],
        audit: {
          id: `audit-${id}`,
          at,
          actor: { sub: 'admin-1' },
          action: 'accession.confirmed',
          subject: `JOBCENTER#${confirmed.jobcenterId}`,
          detail: {},
        },
        invitation: { campaignId: id, transition: confirm, before: confirmed },
      },
      {
        invitations: [
          { campaignId: id, jobcenterId: drafted.jobcenterId, transition: submit, before: drafted },
        ],
      },
    );
    const after = invitations.map((i) =>
      i === confirmed ? applyTransition(i, confirm) : i === drafted ? applyTransition(i, submit) : i,
    );
    const summary = await store.getCampaignSummary(id);
    expect(summary?.counts).toEqual(countStatuses(after));
    expect(summary?.changes).toBe(1);
    expect((await store.getInvitation(id, confirmed.jobcenterId))?.progress).toBe('confirmed');
    expect((await store.getInvitation(id, drafted.jobcenterId))?.progress).toBe('submitted');
  });
});
