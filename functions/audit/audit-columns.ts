import type { AuditEvent } from '../shared/audit';
import { actionLabel } from './audit-actions';

/** One column of the audit viewer's table and CSV export: declared once for both. */
export type AuditColumn = {
  header: string;
  value: (e: AuditEvent) => string;
  /** Only in the CSV file; the web table shows the time in Berlin time and the action by name. */
  csvOnly?: true;
};

/** The detail as `key: value` pairs on one line (values JSON-encoded when not plain text). */
export const detailText = (detail: Record<string, unknown>): string =>
  Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');

export const AUDIT_COLUMNS: readonly AuditColumn[] = [
  { header: 'Zeitpunkt (UTC)', value: (e) => e.at, csvOnly: true },
  { header: 'Aktion', value: (e) => actionLabel(e.action) },
  { header: 'Aktion (technisch)', value: (e) => e.action, csvOnly: true },
  { header: 'Gegenstand', value: (e) => e.subject },
  { header: 'Akteur', value: (e) => e.actor.email ?? e.actor.sub },
  { header: 'Details', value: (e) => detailText(e.detail) },
];
