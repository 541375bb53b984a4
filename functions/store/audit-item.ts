import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { AuditEvent } from '../shared/audit';
import { isConditionFailure, type TableContext } from './dynamo-shared';
import { keys } from './table-design';

/** An audit event as a table item (validated); written with `attribute_not_exists(pk)`. */
export const auditItem = (a: AuditEvent) => ({
  ...keys.audit(a.subject, a.at, a.id),
  ...keys.auditList(a.at, a.id),
  entity: 'AUDIT',
  ...AuditEvent.parse(a),
});

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** The put of an audit event, as one item of the transaction of the change it records. */
export const auditPut = (tableName: string, audit: AuditEvent): TransactItem => ({
  Put: { TableName: tableName, Item: auditItem(audit), ConditionExpression: 'attribute_not_exists(pk)' },
});

/**
 * A change and its audit event in one transaction: no change without its record. A failed
 * condition becomes the error `onConditionFailure` makes of it (else it is thrown as it is).
 */
export const transactWithAudit = async (
  { doc, tableName }: TableContext,
  change: TransactItem,
  audit: AuditEvent,
  onConditionFailure?: (cause: unknown) => Error,
): Promise<void> => {
  try {
    await doc.send(new TransactWriteCommand({ TransactItems: [change, auditPut(tableName, audit)] }));
  } catch (e) {
    if (onConditionFailure && isConditionFailure(e)) throw onConditionFailure(e);
    throw e;
  }
};
