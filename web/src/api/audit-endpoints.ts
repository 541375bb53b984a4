import { AuditPage, type AuditQuery } from '../../../functions/audit/api-schemas';
import { apiFetch, getJson } from './client';
import { filenameFromDisposition } from './endpoints';

export type AuditParams = Omit<AuditQuery, 'weiter'>;

const queryString = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** Typed calls to the audit viewer's routes (admins only). */
export const auditApi = {
  list: (params: AuditParams, weiter: string | undefined, signal?: AbortSignal) =>
    getJson(`/api/audit${queryString({ ...params, weiter })}`, AuditPage, signal ? { signal } : {}),
  download: async (params: AuditParams): Promise<{ blob: Blob; filename: string }> => {
    const response = await apiFetch(`/api/audit/export${queryString(params)}`, {});
    const filename = filenameFromDisposition(response.headers.get('content-disposition')) ?? 'protokoll.csv';
    return { blob: await response.blob(), filename };
  },
};
