import { makeOutboxStore } from '../store/outbox-store';
import { store, table } from './core';

/**
 * The outbox, for table-only handlers that commit mail for the send queue (functions/wiring/queue.ts)
 * and render none themselves; they spread it beside their area's store.
 */
export const outboxStore = { ...store, ...makeOutboxStore(table) };
