import { berlinDayEnd, berlinDayStart } from '../../shared/berlin-day';
import type { AuditFilter, AuditQueryStore } from '../../shared/ports';
import type { AuditPage, AuditQuery } from '../api-schemas';

/** Events per page of the audit viewer. */
export const AUDIT_PAGE_SIZE = 50;

const encode = (position: string) => Buffer.from(position, 'utf8').toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** The viewer's filter as the store's: days in Berlin time become instants. */
export const auditFilter = (q: AuditQuery): AuditFilter => ({
  ...(q.von ? { from: berlinDayStart(q.von).toISOString() } : {}),
  ...(q.bis ? { to: berlinDayEnd(q.bis).toISOString() } : {}),
  ...(q.gegenstand ? { subject: q.gegenstand } : {}),
  ...(q.akteur ? { actor: q.akteur } : {}),
  ...(q.aktion ? { action: q.aktion } : {}),
});

/** One page of audited actions across the system, newest first (admins only, see route-access). */
export const makeListAudit =
  ({ store }: { store: Pick<AuditQueryStore, 'queryAudit'> }) =>
  async (q: AuditQuery): Promise<AuditPage> => {
    const page = await store.queryAudit(
      auditFilter(q),
      AUDIT_PAGE_SIZE,
      q.weiter ? decode(q.weiter) : undefined,
    );
    return { events: page.events, ...(page.after ? { weiter: encode(page.after) } : {}) };
  };
