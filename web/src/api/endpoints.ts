import { z } from 'zod';
import { Principal } from '../../../functions/auth/principal';
import { HealthReport } from '../../../functions/health/get-health';
import { JobcenterList } from '../../../functions/registry/api-schemas';
import { Jobcenter, type JobcenterFilter } from '../../../functions/registry/jobcenter';
import { RegistryImportResult } from '../../../functions/registry/registry-csv';
import { apiFetch, getJson, parseJson } from './client';

/** Typed calls to the API (functions/api/routes.ts); responses are checked with the same schemas. */

const LocalLoginResult = z.object({ token: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });
export type LocalLoginResult = z.infer<typeof LocalLoginResult>;

const filterQuery = (filter: JobcenterFilter): string => {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.landschaftsverband) params.set('landschaftsverband', filter.landschaftsverband);
  if (filter.regierungsbezirk) params.set('regierungsbezirk', filter.regierungsbezirk);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** `attachment; filename="jobcenter-verzeichnis-2025-01-31.csv"` → the file name. */
export const filenameFromDisposition = (header: string | null): string | undefined => {
  const match = /filename="?([\w.-]+)"?/i.exec(header ?? '');
  return match?.[1];
};

export const api = {
  health: (signal?: AbortSignal) =>
    getJson('/health', HealthReport, { auth: false, okStatuses: [503], ...(signal ? { signal } : {}) }),

  localLogin: async (username: string, password: string) =>
    parseJson(
      await apiFetch('/api/auth/local/login', {
        method: 'POST',
        auth: false,
        contentType: 'application/json',
        body: JSON.stringify({ username, password }),
      }),
      LocalLoginResult,
    ),

  me: (signal?: AbortSignal) => getJson('/api/me', Principal, signal ? { signal } : {}),

  listJobcenters: (filter: JobcenterFilter, signal?: AbortSignal) =>
    getJson(`/api/jobcenters${filterQuery(filter)}`, JobcenterList, signal ? { signal } : {}),

  getJobcenter: (id: string, signal?: AbortSignal) =>
    getJson(`/api/jobcenters/${encodeURIComponent(id)}`, Jobcenter, signal ? { signal } : {}),

  exportRegistry: async (): Promise<{ blob: Blob; filename: string }> => {
    const response = await apiFetch('/api/registry/export', { accept: 'text/csv' });
    const filename =
      filenameFromDisposition(response.headers.get('content-disposition')) ??
      `jobcenter-verzeichnis-${new Date().toISOString().slice(0, 10)}.csv`;
    return { blob: await response.blob(), filename };
  },

  importRegistry: async (csv: string, dryRun: boolean) =>
    parseJson(
      await apiFetch(`/api/registry/import?dryRun=${dryRun}`, {
        method: 'POST',
        contentType: 'text/csv; charset=utf-8',
        body: csv,
      }),
      RegistryImportResult,
    ),
};
