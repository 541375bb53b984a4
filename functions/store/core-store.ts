import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AuditEvent } from '../shared/audit';
import type { AuditStore, RegistryStore, SchedulerStore, StoreHealth } from '../shared/ports';
import { auditItem } from './audit-item';
import {
  isConditionFailure,
  queryListByKind,
  type TableContext,
  toJobcenter,
  withoutKeys,
} from './dynamo-shared';
import { KIND, keys } from './table-design';

/**
 * What almost every handler needs: the Jobcenters, the audit trail, the scheduler runs and the
 * table's health. Every other area's store is composed beside it only in the handlers that use it
 * (functions/wiring/), so a handler bundles the store code it calls and no more.
 */
export type CoreStore = Pick<RegistryStore, 'listJobcenters' | 'getJobcenter'> &
  AuditStore &
  SchedulerStore &
  StoreHealth;

export const makeCoreStore = ({
  client,
  ...context
}: TableContext & { client: DynamoDBClient }): CoreStore => {
  const { doc, tableName } = context;
  return {
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
