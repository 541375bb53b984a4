import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { Jobcenter } from '../registry/jobcenter';
import { TABLE } from './table-design';

export type TableContext = { doc: DynamoDBDocumentClient; tableName: string };

export const isConditionFailure = (e: unknown): boolean =>
  (e instanceof Error && e.name === 'ConditionalCheckFailedException') ||
  (e instanceof TransactionCanceledException &&
    (e.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed'));

const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'listKind',
  'listSort',
  'jobcenterPk',
  'jobcenterSk',
  'campaignSort',
  'campaignStatus',
  'entity',
  'expiresAtEpoch',
];

/** Drops key and index attributes so the entity schema sees only its own fields. */
export const withoutKeys = (item: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.includes(k)));

/** Builds `SET a = :a, b = :b REMOVE c` with safe attribute names; `extraSets` are raw clauses. */
export const updateExpression = (
  set: Record<string, unknown>,
  remove: readonly string[] = [],
  extraSets: readonly string[] = [],
) => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set)
    .filter(([, v]) => v !== undefined)
    .map(([k, v], i) => {
      names[`#s${i}`] = k;
      values[`:s${i}`] = v;
      return `#s${i} = :s${i}`;
    });
  const removes = remove.map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  const allSets = [...extraSets, ...sets];
  const expression = [
    allSets.length ? `SET ${allSets.join(', ')}` : '',
    removes.length ? `REMOVE ${removes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { expression, names, values };
};

export const epochSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/** Every item of one kind from the `listByKind` index, all pages, in sort-key order. */
export const queryListByKind = async (
  { doc, tableName }: TableContext,
  kind: string,
  options: { newestFirst?: boolean } = {},
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery(
    { client: doc },
    {
      TableName: tableName,
      IndexName: 'listByKind',
      KeyConditionExpression: '#k = :k',
      ExpressionAttributeNames: { '#k': TABLE.indexes.listByKind.partitionKey },
      ExpressionAttributeValues: { ':k': kind },
      ScanIndexForward: !options.newestFirst,
    },
  ))
    items.push(...(page.Items ?? []));
  return items;
};

/**
 * Every item of one partition whose sort key starts with `prefix` (the whole partition when it is
 * empty), all pages, read consistently.
 */
export const queryPartition = async (
  { doc, tableName }: TableContext,
  pk: string,
  prefix: string,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery(
    { client: doc },
    {
      TableName: tableName,
      KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :p)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk, ...(prefix ? { ':p': prefix } : {}) },
      ConsistentRead: true,
    },
  ))
    items.push(...(page.Items ?? []));
  return items;
};

/** Strips key attributes and validates what comes back, so a corrupt item fails loudly. */
export const toJobcenter = (item: Record<string, unknown>): Jobcenter => Jobcenter.parse(withoutKeys(item));
