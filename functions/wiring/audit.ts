import { makeAuditQueryStore } from '../store/audit-store';
import { store, table } from './core';

/** The audit viewer's filtered queries (the core store only appends and lists one subject). */
export const auditStore = { ...store, ...makeAuditQueryStore(table) };
