import { BatchGetCommand, GetCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { PrivacyRequest } from '../privacy/privacy-request';
import { dataClass } from '../privacy/retention-policy';
import type { RetainedItem } from '../privacy/retention-rules';
import { ConflictError } from '../shared/errors';
import type { PrivacyRequestStore } from '../shared/ports';
import { transactWithAudit } from './audit-item';
import { epochSeconds, queryListByKind, type TableContext, withoutKeys } from './dynamo-shared';
import { KIND, keys } from './table-design';

const DAY_MS = 86_400_000;

/** The stored item: keys, list entry and the TTL of the data class `privacy-requests`. */
const requestItem = (r: PrivacyRequest) => ({
  ...keys.privacyRequest(r.id),
  ...keys.privacyRequestList(r.createdAt, r.id),
  entity: KIND.privacyRequest,
  ...r,
  expiresAtEpoch: epochSeconds(
    new Date(Date.parse(r.createdAt) + (dataClass('privacy-requests').days ?? 0) * DAY_MS).toISOString(),
  ),
});

const toRequest = (item: Record<string, unknown>): PrivacyRequest => PrivacyRequest.parse(withoutKeys(item));

/**
 * Privacy requests and the full read their job needs. `allItems` scans the whole table: only the
 * job (functions/privacy/use-cases/run-privacy-requests.ts) calls it, never a request path.
 */
export const makePrivacyRequestStore = (context: TableContext): PrivacyRequestStore => {
  const { doc, tableName } = context;
  const requestPut = (request: PrivacyRequest, condition: Record<string, unknown>) => ({
    TableName: tableName,
    Item: requestItem(request),
    ...condition,
  });
  return {
    async createPrivacyRequest(request, audit) {
      await transactWithAudit(
        context,
        { Put: requestPut(request, { ConditionExpression: 'attribute_not_exists(pk)' }) },
        audit,
      );
    },

    async getPrivacyRequest(id) {
      const { Item } = await doc.send(
        new GetCommand({ TableName: tableName, Key: keys.privacyRequest(id), ConsistentRead: true }),
      );
      return Item ? toRequest(Item) : undefined;
    },

    async listPrivacyRequests() {
      return (await queryListByKind(context, KIND.privacyRequest, { newestFirst: true })).map(toRequest);
    },

    async updatePrivacyRequest(request, expectedVersion, audit) {
      await transactWithAudit(
        context,
        {
          Put: requestPut(request, {
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          }),
        },
        audit,
        (cause) =>
          new ConflictError('Die Anfrage wurde inzwischen geändert. Bitte laden Sie die Seite neu.', {
            cause,
          }),
      );
    },

    async *allItems() {
      const pages = paginateScan({ client: doc, pageSize: 500 }, { TableName: tableName });
      for await (const page of pages) yield (page.Items ?? []) as RetainedItem[];
    },

    async getItems(itemKeys) {
      if (itemKeys.length === 0) return [];
      const { Responses, UnprocessedKeys } = await doc.send(
        new BatchGetCommand({
          RequestItems: { [tableName]: { Keys: itemKeys.map(({ pk, sk }) => ({ pk, sk })) } },
        }),
      );
      const found = (Responses?.[tableName] ?? []) as RetainedItem[];
      // Rare (throttling): the rest one by one rather than a retry loop.
      for (const key of UnprocessedKeys?.[tableName]?.Keys ?? []) {
        const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: key }));
        if (Item) found.push(Item as RetainedItem);
      }
      return found;
    },
  };
};
