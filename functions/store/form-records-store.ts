import { BatchGetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { Link, type Submission } from '../forms/records';
import type { FormItems, FormRecordStore } from '../shared/ports';
import { AccessionRecord } from './accession-record';
import { toCampaign, toInvitation } from './campaign-store';
import { type TableContext, toJobcenter, withoutKeys } from './dynamo-shared';
import { StoredDraft, StoredSubmission } from './legacy-names';
import { keys, TABLE } from './table-design';

/** BatchGetItem may leave keys unprocessed under load: retry those a few times, then fail. */
const MAX_BATCH_ATTEMPTS = 5;

/** The reads of a form request (functions/forms/form-records.ts), as few round trips as possible. */
export const makeFormRecordStore = ({ doc, tableName }: TableContext): FormRecordStore => ({
  async getFormItems({ linkHash, campaignId, jobcenterId }, options) {
    const wanted = {
      link: keys.link(linkHash),
      campaign: keys.campaign(campaignId),
      invitation: keys.invitation(campaignId, jobcenterId),
      jobcenter: keys.jobcenter(jobcenterId),
      accession: keys.accession(jobcenterId),
      ...(options.draft ? { draft: keys.draft(campaignId, jobcenterId) } : {}),
    };
    const found: Record<string, unknown>[] = [];
    let pending: Record<string, unknown>[] = Object.values(wanted);
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > MAX_BATCH_ATTEMPTS) throw new Error('BatchGetItem left keys unprocessed');
      if (attempt > 1) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
      const { Responses, UnprocessedKeys } = await doc.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      found.push(...(Responses?.[tableName] ?? []));
      pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
    const item = (key: { pk: string; sk: string }) => {
      const hit = found.find((i) => i[TABLE.partitionKey] === key.pk && i[TABLE.sortKey] === key.sk);
      return hit && withoutKeys(hit);
    };
    const records: FormItems = {};
    const link = item(wanted.link);
    if (link) records.link = Link.parse(link);
    const campaign = item(wanted.campaign);
    if (campaign) records.campaign = toCampaign(campaign);
    const invitation = item(wanted.invitation);
    if (invitation) records.invitation = toInvitation(invitation);
    const jobcenter = item(wanted.jobcenter);
    if (jobcenter) records.jobcenter = toJobcenter(jobcenter);
    const draft = wanted.draft && item(wanted.draft);
    if (draft) records.draft = StoredDraft.parse(draft);
    const accession = item(wanted.accession);
    if (accession) records.accession = AccessionRecord.parse(accession);
    return records;
  },

  async listSubmissionsOfJobcenter(jobcenterId, exceptCampaignId) {
    const submissions: Submission[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        IndexName: 'byJobcenter',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        FilterExpression: 'campaignId <> :except',
        ExpressionAttributeNames: {
          '#pk': TABLE.indexes.byJobcenter.partitionKey,
          '#sk': TABLE.indexes.byJobcenter.sortKey,
        },
        ExpressionAttributeValues: {
          ':pk': keys.submissionOfJobcenter(jobcenterId, '').jobcenterPk,
          ':prefix': keys.submissionPrefix,
          ':except': exceptCampaignId,
        },
      },
    ))
      for (const i of page.Items ?? []) submissions.push(StoredSubmission.parse(withoutKeys(i)));
    return submissions;
  },
});
