import { AuditEvent } from '../shared/audit';
import { keys } from './table-design';

/** An audit event as a table item (validated); written with `attribute_not_exists(pk)`. */
export const auditItem = (a: AuditEvent) => ({
  ...keys.audit(a.subject, a.at, a.id),
  ...keys.auditList(a.at, a.id),
  entity: 'AUDIT',
  ...AuditEvent.parse(a),
});
