import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { AuditEvent } from '../shared/audit';
import type { AuditFilter, AuditQueryStore } from '../shared/ports';
import { type TableContext, withoutKeys } from './dynamo-shared';
import { keys, TABLE } from './table-design';

/** Items read per DynamoDB page, and at most per request before a page is returned unfilled. */
const PAGE = 200;
const READ_BUDGET = 2_000;

const matches = (e: AuditEvent, f: AuditFilter): boolean => {
  if (f.action && e.action !== f.action) return false;
  if (f.to && e.at >= f.to) return false;
  if (f.actor) {
    const needle = f.actor.toLowerCase();
    if (!e.actor.sub.toLowerCase().includes(needle) && !(e.actor.email ?? '').toLowerCase().includes(needle))
      return false;
  }
  return true;
};

/**
 * The audit viewer's read: newest first, from the `listByKind` index (all subjects) or from one
 * subject's partition. The position is the sort key of the last event returned (`at#id`), so the
 * next page continues exactly there; filtered-out events cost reads but at most READ_BUDGET per
 * request, after which the page ends early with its position.
 */
export const makeAuditQueryStore = ({ doc, tableName }: TableContext): AuditQueryStore => ({
  async queryAudit(filter, limit, after) {
    const bySubject = filter.subject !== undefined;
    const [pkName, skName] = bySubject
      ? [TABLE.partitionKey, TABLE.sortKey]
      : [TABLE.indexes.listByKind.partitionKey, TABLE.indexes.listByKind.sortKey];
    const pk = bySubject ? keys.audit(filter.subject ?? '', '', '').pk : keys.auditList('', '').listKind;
    // Upper bound: before the position, or before the end of the period (`~` sorts after any ISO time).
    const upper = after ?? (filter.to ? filter.to : '~');
    const lower = filter.from ?? '0';
    const events: AuditEvent[] = [];
    let position: string | undefined;
    let read = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName: tableName,
          ...(bySubject ? {} : { IndexName: 'listByKind' }),
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lower AND :upper',
          ExpressionAttributeNames: { '#pk': pkName, '#sk': skName },
          ExpressionAttributeValues: { ':pk': pk, ':lower': lower, ':upper': upper },
          ScanIndexForward: false,
          Limit: PAGE,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const sort = String(item[skName]);
        if (sort === after) continue;
        read += 1;
        position = sort;
        const event = AuditEvent.parse(withoutKeys(item));
        if (matches(event, filter)) events.push(event);
        if (events.length === limit || read >= READ_BUDGET) {
          const more = Boolean(page.LastEvaluatedKey) || item !== page.Items?.at(-1);
          return { events, ...(more ? { after: position } : {}) };
        }
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { events };
  },
});
