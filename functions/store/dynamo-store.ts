import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { JobcenterInput } from '../registry/jobcenter';
import { AuditEvent } from '../shared/audit';
import type { JobcenterWrite, Store } from '../shared/ports';
import { makeAccessionStore } from './accession-store';
import { auditItem } from './audit-item';
import { makeAuditQueryStore } from './audit-store';
import { makeCampaignStore } from './campaign-store';
import { makeCampaignViewStore } from './campaign-view-store';
import { makeConsentStore } from './consent-store';
import { makeDeliveryStore } from './delivery-store';
import { makeDocumentClient } from './dynamo-client';
import { isConditionFailure, queryListByKind, toJobcenter, withoutKeys } from './dynamo-shared';
import { makeEvaluationStore } from './evaluation-store';
import { makeFormRecordStore } from './form-records-store';
import { makeLinkStore } from './link-store';
import { makeOutboxStore, transactWithMail } from './outbox-store';
import { makeQuotaStore } from './quota-store';
import { makeRecordsStore, putContactEntries } from './records-store';
import { makeReminderStore } from './reminder-store';
import { makeRetentionStore } from './retention-store';
import { makeSubmissionStore } from './submission-store';
import { KIND, keys } from './table-design';

const jobcenterItem = (j: JobcenterInput, version: number, at: string) => ({
  ...keys.jobcenter(j.id),
  ...keys.jobcenterList(j.name),
  entity: KIND.jobcenter,
  ...j,
  version,
  updatedAt: at,
});

export const makeDynamoStore = ({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: string;
}): Store => {
  const doc = makeDocumentClient(client);

  const context = { doc, tableName };
  return {
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

    async putAudit(event) {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: auditItem(event),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async listJobcenters() {
      return (await queryListByKind(context, KIND.jobcenter)).map(toJobcenter);
    },

    async getJobcenter(id) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.jobcenter(id), ConsistentRead: true }),
      );
      return Item ? toJobcenter(Item) : undefined;
    },

    async writeJobcenters(writes: readonly JobcenterWrite[], audit, at, mail) {
      // Lookup entries of the addresses first: a profile never holds an address without one.
      await putContactEntries(
        context,
        writes.map((w) => w.jobcenter),
      );
      await transactWithMail(
        context,
        [
          ...writes.map((w) => ({
            Put: {
              TableName: tableName,
              Item: jobcenterItem(w.jobcenter, w.op === 'create' ? 1 : w.expectedVersion + 1, at),
              ...(w.op === 'create'
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : {
                    ConditionExpression: 'version = :v',
                    ExpressionAttributeValues: { ':v': w.expectedVersion },
                  }),
            },
          })),
          {
            Put: {
              TableName: tableName,
              Item: auditItem(audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        // Contact correction: the invitations' links and the re-sent invitations, atomically.
        mail,
        'Das Verzeichnis wurde inzwischen geändert. Bitte exportieren Sie es neu und wiederholen Sie den Import.',
      );
    },

    async seedJobcenters(jobcenters, at) {
      let created = 0;
      for (const j of jobcenters) {
        try {
          await doc.send(
            new PutCommand({
              TableName: tableName,
              Item: jobcenterItem(j, 1, at),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
          created++;
        } catch (e) {
          if (!isConditionFailure(e)) throw e;
        }
      }
      // Lookup entries of every stored profile (also those stored before the entries existed).
      await putContactEntries(context, (await queryListByKind(context, KIND.jobcenter)).map(toJobcenter));
      return created;
    },

    async listAudit(subject, limit) {
      const { Items } = await doc.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.audit(subject, '', '').pk },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => AuditEvent.parse(withoutKeys(item)));
    },

    async recordSchedulerRun(job, at) {
      await doc
        .send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.schedulerRun(job), entity: KIND.schedulerRun, job, at },
            // Runs may arrive out of order (retries): never move the timestamp backwards.
            ConditionExpression: 'attribute_not_exists(pk) OR #at < :at',
            ExpressionAttributeNames: { '#at': 'at' },
            ExpressionAttributeValues: { ':at': at },
          }),
        )
        .catch((e: unknown) => {
          if (!isConditionFailure(e)) throw e;
        });
    },

    async lastSchedulerRun(job) {
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: keys.schedulerRun(job) }));
      return typeof Item?.at === 'string' ? Item.at : undefined;
    },

    async ping() {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus !== 'ACTIVE') throw new Error(`table status ${Table?.TableStatus}`);
      return undefined;
    },
  };
};
