import { toCsv } from '../../registry/csv';
import { PayloadTooLargeError } from '../../shared/errors';
import type { AuditQueryStore, Clock } from '../../shared/ports';
import type { AuditQuery } from '../api-schemas';
import { AUDIT_COLUMNS } from '../audit-columns';
import { auditFilter } from './list-audit';

/** More events than this in one file: narrow the filter (the Lambda answer carries 6 MB at most). */
export const MAX_EXPORT_EVENTS = 20_000;

/** Every event the filter selects as CSV (UTF-8 with BOM, `;`, formula-like cells neutralised). */
export const makeExportAudit =
  ({ store, clock }: { store: Pick<AuditQueryStore, 'queryAudit'>; clock: Clock }) =>
  async (q: Omit<AuditQuery, 'weiter'>) => {
    const filter = auditFilter(q);
    const rows: string[][] = [];
    let after: string | undefined;
    do {
      const page = await store.queryAudit(filter, 1_000, after);
      rows.push(...page.events.map((e) => AUDIT_COLUMNS.map((c) => c.value(e))));
      if (rows.length > MAX_EXPORT_EVENTS)
        throw new PayloadTooLargeError(
          `Mehr als ${MAX_EXPORT_EVENTS.toLocaleString('de-DE')} Einträge. Bitte den Zeitraum eingrenzen.`,
        );
      after = page.after;
    } while (after);
    return {
      body: Buffer.from(toCsv([AUDIT_COLUMNS.map((c) => c.header), ...rows]), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      filename: `protokoll-${clock.now().toISOString().slice(0, 10)}.csv`,
    };
  };
